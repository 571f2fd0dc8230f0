import { describe, expect, it } from 'vitest';
import { loadPreset } from '../../tests/support/presets.ts';
import { advance, advanceYears, createSimulation } from '../simulation.ts';
import { deserializeState, serializeState } from '../state/serialize.ts';
import { buildReport } from './build-report.ts';
import { beleidView, leefwereldView } from './lens-views.ts';

/**
 * Round 1 is not decided blind (issue 15, defect 11): the warm-up's last year is closed like a year, kept apart
 * from the reported years, and is what the lenses call "last year" until the first reported year exists.
 */
describe('the baseline year (the last warm-up year)', () => {
  const scenario = loadPreset('oss-proeftuin');

  it('is reported as year startYear - 1 beside the reported years, which stay empty', () => {
    const st = createSimulation(scenario, 3);
    advance(st, st.warmupWeeks);
    const r = buildReport(st);
    const base = r.baselineYear;
    expect(base?.region.year).toBe(scenario.startYear - 1);
    expect(base?.municipalities.map((y) => y.year)).toEqual(
      r.municipalities.map(() => scenario.startYear - 1),
    );
    expect(r.municipalities.every((m) => m.years.length === 0)).toBe(true);
    expect(r.region.years).toEqual([]);
    const sum = base?.municipalities.reduce((a, y) => a + y.youthInCare, 0);
    expect(base?.region.youthInCare).toBe(sum);
  });

  it('covers a whole year: its figures are on the scale of the first reported year', () => {
    const st = createSimulation(scenario, 3);
    advanceYears(st, 1);
    const r = buildReport(st);
    const base = r.baselineYear?.region;
    const first = r.region.years[0];
    expect(base).toBeDefined();
    if (!base) return;
    for (const k of ['youthInCare', 'spendEur', 'onsets'] as const) {
      expect(base[k]).toBeGreaterThan(first[k] / 2);
      expect(base[k]).toBeLessThan(first[k] * 2);
    }
  });

  it('is what the lenses show as last year until the first year is reported, then that year', () => {
    const st = createSimulation(scenario, 3);
    advance(st, st.warmupWeeks);
    const id = st.municipalities[0].id;
    const base = st.baseline?.municipalities[0];
    expect(beleidView(st, id).year).toBe(scenario.startYear - 1);
    expect(beleidView(st, id).dashboard).toEqual(base?.dashboard);
    expect(leefwereldView(st, id).weeksToFirstHelp).toEqual(base?.weeksToFirstHelp);
    advanceYears(st, 1);
    expect(beleidView(st, id).year).toBe(scenario.startYear);
    expect(st.baseline?.municipalities[0]).toEqual(base);
  });

  it('survives a stored state, and does not exist without a warm-up', () => {
    const st = createSimulation(scenario, 3);
    advance(st, st.warmupWeeks);
    expect(deserializeState(serializeState(st)).baseline).toEqual(st.baseline);
    const cold = createSimulation(loadPreset('oss-proeftuin', { warmupWeeks: 0 }), 3);
    advanceYears(cold, 1);
    expect(buildReport(cold).baselineYear).toBeUndefined();
  });
});
