/**
 * Builds one part of a view, or hands back the part built before when its inputs are the same objects. The
 * game state is never changed in place (a rule returns new objects for what it changes and shares the rest),
 * except the engine state at a resolution, which also appends a round record: `state.rounds` stands for it.
 */
export type PartMemo = <T>(key: string, deps: readonly unknown[], build: () => T) => T;

/** No memory: every part is built anew (the projections' default, and the reference the cache is tested on). */
export const buildAlways: PartMemo = (_key, _deps, build) => build();

type Entry = { deps: readonly unknown[]; value: unknown; used: boolean };

const sameDeps = (a: readonly unknown[], b: readonly unknown[]) =>
  a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * A memory of parts for one session, shared by all its projections (so every student of one role in one team
 * gets the very same part objects). `sweep` forgets parts not asked for since the previous sweep.
 */
export const createPartMemo = () => {
  const entries = new Map<string, Entry>();
  const memo: PartMemo = <T>(key: string, deps: readonly unknown[], build: () => T): T => {
    const found = entries.get(key);
    if (found && sameDeps(found.deps, deps)) {
      found.used = true;
      return found.value as T;
    }
    const value = build();
    entries.set(key, { deps, value, used: true });
    return value;
  };
  const sweep = () => {
    for (const [key, entry] of entries) {
      if (!entry.used) entries.delete(key);
      else entry.used = false;
    }
  };
  return { memo, sweep, size: () => entries.size };
};
