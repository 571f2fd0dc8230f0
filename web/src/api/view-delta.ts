/** A path of one or two keys into a view, and the part to put there (server/sessions/view-delta.ts). */
export type ViewDelta = [[string] | [string, string | number], unknown][];

const copyOf = (x: unknown): Record<string | number, unknown> =>
  (Array.isArray(x) ? [...x] : { ...(x as object) }) as Record<string | number, unknown>;

/** Applies a part-wise delta to a view without changing it: only the containers on a changed path are copied. */
export const applyViewDelta = <V extends object>(view: V, delta: ViewDelta): V => {
  const out = { ...view } as Record<string, unknown>;
  const copied = new Set<string>();
  for (const [path, value] of delta) {
    const [key, child] = path;
    if (path.length === 1 || child === undefined) {
      out[key] = value;
      copied.add(key);
      continue;
    }
    if (!copied.has(key)) {
      out[key] = copyOf(out[key]);
      copied.add(key);
    }
    (out[key] as Record<string | number, unknown>)[child] = value;
  }
  return out as V;
};
