/**
 * Powers `base ** n` of a base for whole n, computed once each and then read from a table: untreated severity
 * grows by a power of the weeks waited (context.ts currentSeverity), and that pow was about 3% of a regional
 * run. Each entry is computed by the same `**` as before, so results are bit-identical. Tables are kept per
 * base (a changed parameter, or other simulations in the same process, ask for another base), a few at most.
 */
export type PowerTable = { base: number; values: Float64Array; byBase: Map<number, Float64Array> };

const SIZE = 4096;
const MAX_BASES = 16;

export const createPowerTable = (): PowerTable => ({
  base: Number.NaN,
  values: new Float64Array(SIZE),
  byBase: new Map(),
});

const switchBase = (t: PowerTable, base: number): void => {
  let values = t.byBase.get(base);
  if (!values) {
    if (t.byBase.size >= MAX_BASES) t.byBase.clear();
    values = new Float64Array(SIZE);
    t.byBase.set(base, values);
  }
  t.base = base;
  t.values = values;
};

/** `base ** n` for a whole n >= 1. */
export const powerOf = (t: PowerTable, base: number, n: number): number => {
  if (base !== t.base) switchBase(t, base);
  if (n >= SIZE) return base ** n;
  let v = t.values[n];
  // 0 marks an entry not computed yet (a power that is truly 0 is merely computed again each time).
  if (v === 0) {
    v = base ** n;
    t.values[n] = v;
  }
  return v;
};
