import { describe, expect, it } from 'vitest';
import { bandOption, bandTable } from './band-option.ts';

const labels = { p10: 'P10', median: 'Mediaan', p90: 'P90', band: 'P10 tot P90', first: 'Eerste seed' };
const band = { years: [2026, 2027], first: [1, 2], p10: [-2, 0], p50: [0, 1], p90: [1, 5], n: 3 };

describe('band option', () => {
  it('stacks the band width on the P10 line, whatever the sign, and draws median and first seed', () => {
    const o = bandOption(band, labels, String);
    expect(o.series.map((s) => s.name)).toEqual(['p10', 'P10 tot P90', 'Mediaan', 'Eerste seed']);
    expect(o.series[1].data).toEqual([3, 5]);
    expect(o.series[0]).toMatchObject({ stack: 'band', stackStrategy: 'all' });
  });

  it('has no band for a single seed, and the same numbers in its table', () => {
    expect(bandOption({ ...band, n: 1, first: null }, labels, String).series.map((s) => s.name)).toEqual([
      'Mediaan',
    ]);
    expect(bandTable(band, labels).series.map((s) => s.values)).toEqual([
      [-2, 0],
      [0, 1],
      [1, 5],
      [1, 2],
    ]);
  });
});
