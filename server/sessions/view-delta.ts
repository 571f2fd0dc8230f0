/**
 * Part-wise view deltas (issue 10): a delta replaces the parts of a view that changed, each at a path of one
 * or two keys (`team.drafts`, `teams.2`, `session`). Whole parts, never finer patches: a client applies one
 * by assignment, so nothing can drift, and the parts are the memoised projection parts that every seat of a
 * role in a team shares. A part whose object is new is compared by its JSON text (cached per object) before
 * it is sent, so a rebuilt but equal part costs nothing on the wire.
 */
export type ViewPath = [string] | [string, string | number];
export type ViewDelta = [ViewPath, unknown][];

type Container = Record<string, unknown> | unknown[];

const isContainer = (x: unknown): x is Container => typeof x === 'object' && x !== null;

const sameShape = (a: Container, b: Container): boolean => {
  if (Array.isArray(a) || Array.isArray(b))
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return ka.length === kb.length && ka.every((k, i) => k === kb[i]);
};

/** JSON text per part object, computed once however many connections compare it. */
export const createJsonCache = () => {
  const texts = new WeakMap<object, string>();
  return (x: unknown): string => {
    if (!isContainer(x)) return JSON.stringify(x) ?? 'undefined';
    let text = texts.get(x);
    if (text === undefined) {
      text = JSON.stringify(x);
      texts.set(x, text);
    }
    return text;
  };
};

const childKeys = (c: Container): (string | number)[] =>
  Array.isArray(c) ? c.map((_, i) => i) : Object.keys(c);

/** The parts of `next` that differ from `prev` (both views of one principal), or an empty list. */
export const diffViews = (
  prev: Record<string, unknown>,
  next: Record<string, unknown>,
  json: (x: unknown) => string,
): ViewDelta => {
  const out: ViewDelta = [];
  for (const key of Object.keys(next)) {
    const a = prev[key];
    const b = next[key];
    if (a === b) continue;
    if (isContainer(a) && isContainer(b) && sameShape(a, b)) {
      for (const child of childKeys(b)) {
        const ca = (a as Record<string | number, unknown>)[child];
        const cb = (b as Record<string | number, unknown>)[child];
        if (ca !== cb && json(ca) !== json(cb)) out.push([[key, child], cb]);
      }
    } else if (json(a) !== json(b)) out.push([[key], b]);
  }
  return out;
};
