import { describe, expect, it } from 'vitest';
import type { YearReport } from '../../engine/index.ts';
import type { TeamRun } from './evidence-types.ts';
import { yearMetrics } from './metrics.ts';

// Issue 15, defect 6: political pressure read "0,0 naar 1,2" in the debrief and "110%" on the dashboard.
describe('one unit per measure across screens', () => {
  it('writes political pressure in percent, as the wethouder dashboard does', () => {
    const pressure = yearMetrics.find((m) => m.id === 'pressure');
    if (!pressure) throw new Error('no pressure metric');
    const y = { politicalPressure: 1.1 } as YearReport;
    expect(pressure.value(y, {} as TeamRun)).toBeCloseTo(110, 9);
    for (const t of [pressure.across, pressure.overTime]) {
      expect(t.nl).toMatch(/\{(x|a)\}%/);
      expect(t.en).toMatch(/\{(x|a)\}%/);
    }
  });
});
