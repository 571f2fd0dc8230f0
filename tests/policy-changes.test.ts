import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  advance,
  applyDecisions,
  buildReport,
  createSimulation,
  deserializeState,
  parseScenario,
  type Scenario,
  type SimState,
  serializeState,
} from '../engine/index.ts';
import { loadPreset, scenariosDir } from './support/presets.ts';

/**
 * Scenario policy changes (issue 9, scenarios/README.md): a change for year Y leaves every earlier year
 * exactly as the baseline, applies from Y's first reported week as if a player had set the levers between
 * two years, and travels in the state so save/resume across Y stays bit-identical.
 */
const WARMUP = 52;
const base = loadPreset('npm-typisch', { warmupWeeks: WARMUP });
const { startYear } = base;
const CHANGE_YEAR = startYear + 2;
/** The first week of the change year, before it ran. */
const CHANGE_WEEK = WARMUP + 2 * 52;
const TOTAL = WARMUP + 3 * 52;
const municipality = base.municipalities[0].id;
/** A lever that acts at once (access) and one that starts a tender at the year start (number of providers). */
const patch = { access: 'direct', providerCount: 8 } as const;

const switched = loadPreset('npm-typisch', {
  warmupWeeks: WARMUP,
  policyChanges: [{ year: CHANGE_YEAR, municipality, decisions: patch }],
});
const SEED = 3;

const run = (scenario: Scenario, weeks: number): SimState => advance(createSimulation(scenario, SEED), weeks);

/** The state without the copy of the scheduled changes it carries, to compare with a run that has none. */
const stateText = (st: SimState): string => serializeState({ ...st, policyChanges: undefined } as SimState);
const reportText = (st: SimState): string => JSON.stringify(buildReport(st));

describe('scenario policy changes', () => {
  const baseline = run(base, TOTAL);
  const changed = run(switched, TOTAL);

  it('changes nothing before the change year: the whole state at its first week equals the baseline', () => {
    const a = run(base, CHANGE_WEEK);
    const b = run(switched, CHANGE_WEEK);
    expect(stateText(b)).toBe(stateText(a));
    expect(reportText(b)).toBe(reportText(a));
    // ... and the years before it are reported byte-identically in the full run.
    const years = (st: SimState) => JSON.stringify(buildReport(st).municipalities[0].years.slice(0, 2));
    expect(years(changed)).toBe(years(baseline));
    expect(changed.regionHistory[1].year).toBe(CHANGE_YEAR - 1);
    // A run without changes carries no trace of the feature in its state.
    expect(Object.keys(baseline)).not.toContain('policyChanges');
    expect(Object.keys(changed)).toContain('policyChanges');
  });

  it('applies from the change year: the decisions are the baseline ones with the patch merged on', () => {
    const firstWeek = run(switched, CHANGE_WEEK + 1);
    const m = firstWeek.municipalities[0];
    expect(m.decisions).toEqual({ ...base.municipalities[0].decisions, ...patch });
    expect(m.effective.access).toBe('direct');
    // The new number of providers started a tender at that year start.
    expect(m.yearsSinceTender).toBe(0);
    expect(changed.municipalities[0].decisions).toEqual(m.decisions);
    expect(baseline.municipalities[0].decisions).toEqual(base.municipalities[0].decisions);
    expect(changed.regionHistory[2].year).toBe(CHANGE_YEAR);
    expect(JSON.stringify(changed.regionHistory[2])).not.toBe(JSON.stringify(baseline.regionHistory[2]));
  });

  it('is the same as a player setting the same levers between the two years (applyDecisions)', () => {
    const byHand = run(base, CHANGE_WEEK);
    applyDecisions(byHand, municipality, { ...byHand.municipalities[0].decisions, ...patch });
    advance(byHand, TOTAL - CHANGE_WEEK);
    expect(stateText(changed)).toBe(stateText(byHand));
  });

  it('save and resume around the change year give the identical state and report', () => {
    const uninterrupted = serializeState(changed);
    const report = reportText(changed);
    // Mid-year before, exactly at the change year's first week (not yet run), and just after it.
    for (const split of [CHANGE_WEEK - 20, CHANGE_WEEK, CHANGE_WEEK + 1]) {
      const saved = serializeState(run(switched, split));
      const resumed = advance(deserializeState(JSON.stringify(JSON.parse(saved))), TOTAL - split);
      expect(serializeState(resumed), `split at week ${split}`).toBe(uninterrupted);
      expect(reportText(resumed)).toBe(report);
    }
  });

  it('a change for all municipalities and regional levers: later entries win, regional levers merge', () => {
    const region = loadPreset('regio-veenland', {
      warmupWeeks: 0,
      policyChanges: [
        { year: startYear + 1, decisions: { mandate: 0.8, access: 'direct' } },
        { year: startYear + 1, municipality: 'zandwijk', decisions: { mandate: 0.5 } },
        { year: startYear + 1, decisions: {}, regional: { placementCoordination: true } },
        { year: startYear + 2, municipality: 'marktstad', decisions: { mandate: 0.1 } },
      ],
    });
    const initial = loadPreset('regio-veenland', { warmupWeeks: 0 });
    const st = createSimulation(region, SEED);
    advance(st, 52);
    expect(st.municipalities.map((m) => m.decisions)).toEqual(initial.municipalities.map((m) => m.decisions));
    expect(st.regional).toEqual(initial.region.decisions);
    advance(st, 1);
    const expected = initial.municipalities.map((m) => ({
      ...m.decisions,
      mandate: m.id === 'zandwijk' ? 0.5 : 0.8,
      access: 'direct',
    }));
    expect(st.municipalities.map((m) => m.decisions)).toEqual(expected);
    expect(st.regional).toEqual({ ...initial.region.decisions, placementCoordination: true });
    // The next year's change names one municipality and leaves the others' levers where they were.
    advance(st, 52);
    expected[0] = { ...expected[0], mandate: 0.1 };
    expect(st.municipalities.map((m) => m.id)[0]).toBe('marktstad');
    expect(st.municipalities.map((m) => m.decisions)).toEqual(expected);
  });

  it('the example in scenarios/README.md is a valid scenario whose changes act in their years', () => {
    const readme = readFileSync(`${scenariosDir}README.md`, 'utf8');
    const block = /```json\n([\s\S]*?)\n```/.exec(readme);
    const parsed = parseScenario(JSON.parse(block?.[1] ?? 'null'));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    const st = createSimulation({ ...parsed.scenario, warmupWeeks: 0 }, SEED);
    advance(st, 2 * 52 + 1);
    expect(st.municipalities[0].decisions).toMatchObject({
      providerCount: 6,
      access: 'loket-intake-beschikking',
    });
    advance(st, 2 * 52);
    expect(st.municipalities[0].decisions).toMatchObject({ providerCount: 6, access: 'direct' });
    expect(st.regional.placementCoordination).toBe(true);
  });
});
