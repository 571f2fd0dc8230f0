import { describe, expect, it } from 'vitest';
import type { SimState } from '../../engine/index.ts';
import {
  expectEffect,
  explain,
  flipDecisions,
  measure,
  measureYears,
  npmTypisch,
  pairedRuns,
  parseOrThrow,
  readPreset,
} from './support.ts';

/**
 * M9 market (MODEL.md section 3, M9 "Capacity belongs to the market"): contracts decide who delivers, not how
 * much care the area has. Veendam went from about 80 providers to 6 (004:329-351) and its partners took the
 * work over. Engine: engine/mechanisms/market.ts (updateMarketTargets, shiftMarketWeek), providers.ts
 * (leaveTheArea), contracting.ts (every kind covered).
 */

/** Staff at work (FTE minus vacancies) of the open ambulant and specialist providers. */
const outpatientStaff = (st: SimState): number =>
  st.providers
    .filter((p) => (p.type === 1 || p.type === 2) && !p.bankrupt)
    .reduce((a, p) => a + p.fteTarget - p.vacancies, 0);

const openOutpatientProviders = (st: SimState): number =>
  st.providers.filter((p) => (p.type === 1 || p.type === 2) && !p.bankrupt).length;

describe('M9 market', () => {
  it('8 contracted providers instead of 40: the partners take the work over; capacity stays, the transition costs waiting', () => {
    // Lever: providerCount 40 -> 8 when reporting starts (a tender at the first year start). Before capacity
    // belonged to the market this gave prevalence 3.6%, a 132-week wait and 45% less spend: the staff of
    // the 32 dropped providers vanished with their contracts.
    // From the preset's settled baseline (its 15-year warm-up, shared by both arms): after the short warm-up
    // of the other direction tests the market is still filling, waits rise by themselves, and the lever's
    // transition lands on a queue that is growing anyway.
    const runs = pairedRuns(
      npmTypisch({ warmupWeeks: parseOrThrow(readPreset('npm-typisch')).warmupWeeks }),
      {
        years: 3,
        at: 'after-warmup',
        flip: flipDecisions({ providerCount: 8 }),
      },
    );
    // The staff move to the partners (half-year time constant, hiring at the labour market's pace): after
    // three years the area keeps at least 80% of its outpatient staff.
    const staff = measure(runs, outpatientStaff);
    console.log(explain('outpatient staff at work (end of year 3)', staff));
    expect(staff.relative).toBeGreaterThan(-0.2);
    // The providers without a contract leave the area once their staff have moved (about a year): fewer
    // providers, though the re-tender every two years (35% churn) keeps recently dropped ones around.
    expectEffect(
      'open ambulant and specialist providers (end of year 3)',
      measure(runs, openOutpatientProviders),
      {
        direction: 'down',
        relative: [0.2, 1],
      },
    );
    // Youths still get care: the share in care stays within 10% of the baseline in years 2-3.
    const prevalence = measureYears(runs, (y) => y.prevalence, [1, 2]);
    console.log(explain('prevalence (years 2-3)', prevalence));
    expect(Math.abs(prevalence.relative)).toBeLessThan(0.1);
    // The transition costs first: clients move and the partners' new posts start vacant, so families wait
    // longer in the first year.
    expectEffect(
      'mean weeks to first help (year 1)',
      measureYears(runs, (y) => y.weeksToFirstHelp.mean, [0]),
      {
        direction: 'up',
        relative: [0.05, 5],
      },
    );
  });
});
