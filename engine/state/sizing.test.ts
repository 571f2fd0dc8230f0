import { describe, expect, it } from 'vitest';
import { loadPreset } from '../../tests/support/presets.ts';
import { buildReport } from '../report/build-report.ts';
import { advanceYears, createSimulation } from '../simulation.ts';
import { episodeCapacity } from './episodes.ts';
import { bucketIntsFor, episodeCapacityFor } from './sizing.ts';

describe('table sizes', () => {
  it('are powers of two within their bounds', () => {
    for (const youth of [0, 1, 900, 16_000, 65_000, 4_330_000]) {
      const e = episodeCapacityFor(youth);
      const b = bucketIntsFor(youth);
      expect(Number.isInteger(Math.log2(e)) && e >= 1024).toBe(true);
      expect(Number.isInteger(Math.log2(b)) && b >= 8 && b <= 16_384).toBe(true);
    }
  });

  it('do not change a run: a state started with the smallest tables gives the same report', () => {
    // Long enough for the old starting table to have to grow (about 1,400 open needs at the end).
    const scenario = loadPreset('npm-typisch', { warmupWeeks: 520 });
    const sized = createSimulation(scenario, 11);
    expect(episodeCapacity(sized.episodes)).toBe(episodeCapacityFor(16_000));
    const small = createSimulation(scenario, 11);
    // Shrink the fresh tables to the old fixed starting sizes (nothing is in them yet but the named families).
    const e = small.episodes as unknown as Record<string, unknown>;
    for (const [k, v] of Object.entries(e))
      if (ArrayBuffer.isView(v)) e[k] = (v as Int32Array).slice(0, 1024);
    small.calendar.buckets = small.calendar.buckets.map((b) => b.slice(0, 8));
    expect(small.calendar.pending).toBe(sized.calendar.pending);
    advanceYears(sized, 1);
    advanceYears(small, 1);
    expect(JSON.stringify(buildReport(small))).toBe(JSON.stringify(buildReport(sized)));
    expect(episodeCapacity(small.episodes)).toBeGreaterThan(1024);
  });
});
