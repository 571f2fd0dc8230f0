import { describe, expect, it } from 'vitest';
import { differenceBand, firstClearYear, outcomeBand } from './bands.ts';
import type { RunSeries } from './worker-protocol.ts';

const series = (values: number[]): RunSeries => ({
  years: values.map((_, i) => 2026 + i),
  outcomes: values.map((v) => [v, -v]),
  counters: values.map(() => []),
  families: [],
});

describe('bands', () => {
  it('are the same for the same runs in any arrival order, with the first seed as its own line', () => {
    const runs = [series([1, 2]), series([3, 4]), series([5, 9])];
    const a = outcomeBand(runs, 0);
    const b = outcomeBand([runs[0], runs[2], runs[1]], 0);
    expect(a).toEqual({ ...b, first: a?.first });
    expect(a).toMatchObject({
      years: [2026, 2027],
      first: [1, 2],
      p50: [3, 4],
      p10: [1, 2],
      p90: [5, 9],
      n: 3,
    });
  });

  it('grow as seeds arrive; no first line until seed 1 is in', () => {
    expect(outcomeBand([undefined, undefined], 0)).toBeNull();
    expect(outcomeBand([undefined, series([7, 8])], 1)).toMatchObject({ first: null, p50: [-7, -8], n: 1 });
  });

  it('compare per seed (common random numbers) and say when a difference stands out', () => {
    const base = [series([10, 10, 10]), series([20, 20, 20]), series([30, 30, 30])];
    const now = [series([10, 9, 5]), series([20, 21, 15]), series([30, 28, 25])];
    const d = differenceBand(now, base, 0);
    expect(d).toMatchObject({ p10: [0, -2, -5], p50: [0, -1, -5], p90: [0, 1, -5], n: 3 });
    expect(firstClearYear(d as NonNullable<typeof d>)).toBe(2028);
    expect(differenceBand([undefined], base, 0)).toBeNull();
  });
});
