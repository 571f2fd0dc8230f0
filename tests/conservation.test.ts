import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  advance,
  createSimulation,
  moneyBalance,
  populationBalance,
  type SimState,
  type YearReport,
} from '../engine/index.ts';
import { advanceWithChanges, decisionChangesArb } from './support/decisions-arb.ts';
import { loadPreset, numericLeaves } from './support/presets.ts';

/**
 * MODEL.md section 5, conservation: population and money balance every week. Checked after every single
 * week (warm-up included) rather than at year ends, so a leak that is repaired later still shows.
 */

/** Problems with the state after a week, as readable strings (empty when all invariants hold). */
const violations = (st: SimState, checkedYears: { n: number }): string[] => {
  const problems: string[] = [];
  for (const b of populationBalance(st)) {
    if (b.healthy + b.inEpisodes !== b.youth) {
      problems.push(
        `week ${st.week} ${b.municipality}: healthy ${b.healthy} + in episodes ${b.inEpisodes} != ${b.youth}`,
      );
    }
    if (b.healthy < 0) problems.push(`week ${st.week} ${b.municipality}: healthy ${b.healthy} < 0`);
  }
  const money = moneyBalance(st);
  const scale = Math.max(1, Math.abs(money.paidByMunicipalities));
  if (Math.abs(money.paidByMunicipalities - money.receivedByProviders) > 1e-6 * scale) {
    problems.push(
      `week ${st.week}: paid ${money.paidByMunicipalities} != received ${money.receivedByProviders}`,
    );
  }
  // Each year is checked once, right after it closes.
  while (checkedYears.n < st.regionHistory.length) {
    const y = checkedYears.n++;
    const years: Array<[string, YearReport]> = [
      ['region', st.regionHistory[y]],
      ...st.history.map((h, i): [string, YearReport] => [st.municipalities[i].id, h[y]]),
    ];
    for (const [who, year] of years) problems.push(...yearProblems(`${who} ${year.year}`, year));
  }
  return problems;
};

/** Spend adds up over its lines (each rounded to whole euro, hence +-2) and nothing is negative or NaN. */
const yearProblems = (label: string, y: YearReport): string[] => {
  const problems: string[] = [];
  const lines = Object.values(y.spendByLine).reduce((a, b) => a + b, 0);
  if (Math.abs(y.spendEur - lines) > 2) problems.push(`${label}: spendEur ${y.spendEur} != lines ${lines}`);
  for (const [path, v] of numericLeaves(y)) {
    if (!Number.isFinite(v) || v < 0) problems.push(`${label}: ${path} = ${v}`);
  }
  return problems;
};

describe('conservation every week', () => {
  it.each(['npm-typisch', 'west-brabant-west'])('%s: 2 years, population and money balance', (id) => {
    const st = createSimulation(loadPreset(id, { warmupWeeks: 52 }), 3);
    const years = { n: 0 };
    const problems: string[] = [];
    for (let w = 0; w < 52 + 104; w++) {
      advance(st, 1);
      problems.push(...violations(st, years));
    }
    expect(years.n).toBe(2);
    // Only the first few, so a systematic leak does not flood the output.
    expect(problems.slice(0, 10)).toEqual([]);
  });

  it('random decision sequences keep every invariant (npm-typisch)', () => {
    const scenario = loadPreset('npm-typisch', { warmupWeeks: 52 });
    const weeks = 52 + 104;
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 32 - 1 }),
        decisionChangesArb(scenario.municipalities[0].budgetEur, weeks, 5),
        (seed, changes) => {
          const years = { n: 0 };
          const problems: string[] = [];
          advanceWithChanges(createSimulation(scenario, seed), weeks, changes, (st) => {
            if (problems.length < 10) problems.push(...violations(st, years));
          });
          expect(problems.slice(0, 10)).toEqual([]);
        },
      ),
      { numRuns: 8 },
    );
  });
});
