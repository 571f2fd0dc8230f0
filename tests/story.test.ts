import { describe, expect, it } from 'vitest';
import {
  advanceYears,
  buildReport,
  createSimulation,
  type Scenario,
  type YearReport,
} from '../engine/index.ts';
import { loadPreset } from './support/presets.ts';

/**
 * Story tests (MODEL.md section 5, issue "Model truth"): a practice preset that starts in its good state
 * proves little. Each test starts from the npm-typisch baseline, switches in 2027 (the second reported year)
 * to the practice's policy through the scenario's `policyChanges`, and checks the direction its source
 * reports over the following years, on common random numbers (same seeds with and without the switch). An
 * effect counts only when most seeds agree on its sign and it is larger than the seed spread (the P10-P90
 * width of the baseline figure over the seeds).
 */
const SEEDS = [3, 14, 25, 36, 47, 58, 69, 80, 91, 102];
const YEARS = 8;
const SWITCH_YEAR = 2027;

const baseline = loadPreset('npm-typisch', { namedFamilies: [] });

/** npm-typisch with the levers of a practice preset's (first) municipality from 2027 on. */
const switchedTo = (practice: string): Scenario => {
  const p = loadPreset(practice);
  const { budgetEur: _ownBudget, ...levers } = p.municipalities[0].decisions;
  const regional = p.region.decisions;
  const pooled = regional.jointContracting || regional.placementCoordination;
  const changes: Scenario['policyChanges'] = [
    { year: SWITCH_YEAR, decisions: levers, ...(pooled ? { regional: { ...regional } } : {}) },
  ];
  return loadPreset('npm-typisch', { namedFamilies: [], policyChanges: changes });
};

const years = (scenario: Scenario, seed: number): YearReport[] => {
  const st = createSimulation(scenario, seed);
  advanceYears(st, YEARS);
  return buildReport(st).region.years;
};

const baseRuns = SEEDS.map((seed) => years(baseline, seed));

/** A figure of one reported year; `previous` is the year before it (undefined for the first). */
type Figure = (y: YearReport, previous?: YearReport) => number;
type Window = readonly [first: number, last: number];
const index = (year: number) => year - baseline.startYear;
const windowMean = (run: YearReport[], f: Figure, [a, b]: Window): number => {
  let sum = 0;
  for (let y = a; y <= b; y++) sum += f(run[index(y)], run[index(y) - 1]);
  return sum / (b - a + 1);
};
const quantile = (xs: number[], q: number) => [...xs].sort((x, y) => x - y)[Math.round(q * (xs.length - 1))];

type Effect = { label: string; base: number; diff: number; spread: number; agree: number };

/**
 * The paired effect of the switch on one figure over a window of years: mean difference, the seed spread (the
 * P10-P90 width of the baseline figure over the seeds) and the share of seeds whose difference has the expected
 * sign. The P10-P90 width of the paired differences is printed beside it.
 */
const effect = (
  label: string,
  runs: YearReport[][],
  f: Figure,
  window: Window,
  direction: 'up' | 'down',
): Effect => {
  const base = baseRuns.map((r) => windowMean(r, f, window));
  const diffs = runs.map((r, i) => windowMean(r, f, window) - base[i]);
  const sign = direction === 'up' ? 1 : -1;
  const levelSpread = quantile(base, 0.9) - quantile(base, 0.1);
  const pairedSpread = quantile(diffs, 0.9) - quantile(diffs, 0.1);
  const result = {
    label: `${label} ${window[0]}-${window[1]} ${direction}`,
    base: base.reduce((a, b) => a + b, 0) / base.length,
    diff: diffs.reduce((a, b) => a + b, 0) / diffs.length,
    spread: levelSpread,
    agree: diffs.filter((d) => Math.sign(d) === sign).length / diffs.length,
  };
  console.log(
    `${result.label}: base ${result.base.toFixed(3)}, change ${result.diff.toFixed(3)}, seed spread of levels ${levelSpread.toFixed(3)}, of paired changes ${pairedSpread.toFixed(3)}, seeds agreeing ${result.agree}`,
  );
  expect.soft(sign * result.diff, `${result.label}: direction`).toBeGreaterThan(0);
  expect
    .soft(Math.abs(result.diff), `${result.label}: larger than the seed spread`)
    .toBeGreaterThan(result.spread);
  expect.soft(result.agree, `${result.label}: seeds agreeing`).toBeGreaterThanOrEqual(0.8);
  return result;
};

const waitMedian: Figure = (y) => y.weeksToFirstHelp.median;
const spend: Figure = (y) => y.spendEur;
/**
 * The year's change in spend. A transition is a step within a run: against the spread of how much a year's
 * spend moves in the baseline runs it is visible or not; the spread of spend levels between seeds (about
 * 8-12% of the budget under NPM, by where each seed's market settled) says nothing about a step in one run.
 */
const spendStep: Figure = (y, previous) => y.spendEur - (previous?.spendEur ?? y.spendEur);
const placements: Figure = (y) => y.outOfHomePlacements;
const specialistReferrals: Figure = (y) => y.dashboard.trueNeed.specialist + y.dashboard.trueNeed.residential;

const TRANSITION: Window = [2027, 2027];
const AFTER: Window = [2030, 2033];

describe('story tests: from the NPM baseline to a practice, with a transition (MODEL.md section 5)', () => {
  it('veendam-jep (004:339-347): waits near zero, fewer specialist referrals and placements, costs down after the transition years', () => {
    const runs = SEEDS.map((seed) => years(switchedTo('veendam-jep'), seed));
    effect('median weeks to first help', runs, waitMedian, [2028, 2033], 'down');
    const medianAfter = quantile(
      runs.map((r) => windowMean(r, waitMedian, [2028, 2033])),
      0.5,
    );
    expect(medianAfter, 'waits near zero: median weeks to first help 2028-2033').toBeLessThanOrEqual(2);
    effect('specialist and residential need (client-weeks)', runs, specialistReferrals, AFTER, 'down');
    effect('out-of-home placements', runs, placements, AFTER, 'down');
    effect('spend step (transition year costs first)', runs, spendStep, TRANSITION, 'up');
    effect('spend', runs, spend, AFTER, 'down');
  }, 300_000);

  it('peel-en-maas-hendig (004:353-386, 004:470): sick leave under 2%, costs down after the transition', () => {
    const runs = SEEDS.map((seed) => years(switchedTo('peel-en-maas-hendig'), seed));
    effect('sick leave', runs, (y) => y.sickLeave, AFTER, 'down');
    const sickAfter = quantile(
      runs.map((r) => windowMean(r, (y) => y.sickLeave, AFTER)),
      0.5,
    );
    expect(sickAfter, 'sick leave 2030-2033 (median of seeds)').toBeLessThan(0.02);
    effect('spend step (transition year costs first)', runs, spendStep, TRANSITION, 'up');
    effect('spend', runs, spend, AFTER, 'down');
  }, 300_000);

  it('oss-proeftuin (004:390-408, 004:398): families rate the help higher', () => {
    const runs = SEEDS.map((seed) => years(switchedTo('oss-proeftuin'), seed));
    effect('family trust', runs, (y) => y.trust, [2029, 2033], 'up');
    effect('story told per family', runs, (y) => y.storyTellingsPerFamily, [2029, 2033], 'down');
  }, 300_000);

  it('west-brabant-west (003:247-409): the plan is the referral, so families tell their story less and wait less', () => {
    const runs = SEEDS.map((seed) => years(switchedTo('west-brabant-west'), seed));
    effect('story told per family', runs, (y) => y.storyTellingsPerFamily, [2029, 2033], 'down');
    effect('median weeks to first help', runs, waitMedian, [2029, 2033], 'down');
  }, 300_000);

  it('hollands-kroon (003:566-697): one strategic partner, shorter waits and no higher spend, after a harder year', () => {
    const runs = SEEDS.map((seed) => years(switchedTo('hollands-kroon'), seed));
    // Worse before better: in the switch year the clients move to the one partner while it hires, and the
    // old arrangements' admin runs on beside the new (transition.ts), so families wait longer first.
    effect('median weeks to first help (transition year)', runs, waitMedian, TRANSITION, 'up');
    effect('median weeks to first help', runs, waitMedian, [2029, 2033], 'down');
    effect('spend', runs, spend, AFTER, 'down');
  }, 300_000);

  it('utrecht (003:1253-1421): a long lump-sum partnership keeps specialist spend within the agreed sum', () => {
    const runs = SEEDS.map((seed) => years(switchedTo('utrecht'), seed));
    // Total spend falls too, by about the seed spread (-3.4 M against 3.5 M): not asserted as an effect.
    // The lump sum is the verdediging share of the budget (the nearby specialists are paid out of it): what
    // the municipality pays its partners stays within it, where per-use funding ran over.
    const overSum = runs.map((r) =>
      windowMean(
        r,
        (y) =>
          y.spendByLine.verdediging /
          (y.budgetEur * baseline.municipalities[0].decisions.budgetSplit.verdediging),
        AFTER,
      ),
    );
    expect(
      quantile(overSum, 0.5),
      'verdediging spend / agreed sum 2030-2033 (median of seeds)',
    ).toBeLessThanOrEqual(1.001);
  }, 300_000);
});
