import { describe, expect, it } from 'vitest';
import { chartOption } from './chart-data.ts';

describe('chartOption', () => {
  it('maps categories and series one to one, with larger type on the projector', () => {
    const data = {
      kind: 'bar' as const,
      categories: ['Oostdal', 'Westerveen'],
      series: [{ name: 'Wachtend', values: [3, null] }],
    };
    const o = chartOption(data, String, true);
    expect(o.xAxis.data).toEqual(['Oostdal', 'Westerveen']);
    expect(o.series).toEqual([{ name: 'Wachtend', type: 'bar', data: [3, null] }]);
    expect(o.textStyle.fontSize).toBeGreaterThan(chartOption(data, String).textStyle.fontSize);
    expect(o.aria.enabled).toBe(true);
  });
});
