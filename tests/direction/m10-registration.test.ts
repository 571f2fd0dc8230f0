import { describe, it } from 'vitest';
import type { SimState } from '../../engine/index.ts';
import { expectEffect, flipDecisions, measure, npmTypisch, overYears, pairedRuns } from './support.ts';

/**
 * M10 registration, meetbaar vs merkbaar (MODEL.md section 3, M10): with use-only registration the dashboard
 * records where children landed and next year's contracting follows it (002:29-53, 002:425-443); need
 * registration reveals the mismatch; registered waiting lists are inflated when families wait at several
 * providers. Engine: engine/mechanisms/providers.ts (followRegisteredDemand, residentialNeedShare),
 * municipality-week.ts (registrationsPerWaiting), care-routing.ts (chooseResidentialPool).
 */

/** Residential beds of the providers still open. */
const residentialBeds = (st: SimState): number =>
  st.providers.filter((p) => p.type === 3 && !p.bankrupt).reduce((a, p) => a + p.beds, 0);

/** How far the contracted bed mix is from the needed mix: sum over bed types of |bed share - need share|. */
const bedMixDistance = (st: SimState): number => {
  const beds = [0, 0, 0];
  for (const p of st.providers) if (p.type === 3 && !p.bankrupt) beds[p.bedType] += p.beds;
  const total = beds[0] + beds[1] + beds[2];
  const need = st.bedNeedMix;
  const needTotal = need[0] + need[1] + need[2];
  return beds.reduce((a, b, t) => a + Math.abs(b / total - need[t] / needTotal), 0);
};

/** How far the registered waiting list is from the true one: |registered / true - 1|. */
const waitingInflation = (st: SimState): number =>
  Math.abs(
    overYears((y) => y.dashboard.registeredWaiting)(st) / overYears((y) => y.dashboard.trueWaiting)(st) - 1,
  );

describe('M10 registration', () => {
  it('a shared ledger: the registered waiting list comes close to the true one', () => {
    // Lever: sharedLedger false -> true. Under NPM competition families sign up at up to three providers
    // (about 3x inflation with 40 contracts); a shared ledger counts each family once: the inflation falls
    // by 50-100%.
    const runs = pairedRuns(npmTypisch(), { years: 3, flip: flipDecisions({ sharedLedger: true }) });
    expectEffect('waiting-list inflation |registered/true - 1|', measure(runs, waitingInflation), {
      direction: 'down',
      relative: [0.5, 1],
    });
  });

  it('need registration: contracting follows need, so the bed mix moves to what children need', () => {
    // Lever: registration 'gebruik' -> 'behoefte', when reporting starts (both arms share the warm-up). The
    // contracted bed mix is skewed (60% open, 21% behandel, 19% gesloten vs a need of 50/35/15). With use
    // registration next year's beds follow where children landed, so the skew confirms itself; with need
    // registration each year's contracting moves toward the needed mix: after 5 years the distance between
    // the two mixes is 10-100% smaller, while the total number of beds stays within 30% of the use-driven one.
    // Idle beds of the wrong type are shed over about a year (idleMemoryQuarters), so the mix moves slowly and
    // twelve seeds left the sign to chance (7 of 12 at -16%): thirty seeds (measured -35%, 24 of 30).
    // The mismatch share itself is not asserted: in this model it also depends on how long a placer waits
    // for the right bed and on free beds during the reshuffle. Under NPM tariffs the area's last provider of
    // a bed type is kept open by the availability duty (M16), so both arms keep all three bed types.
    const runs = pairedRuns(npmTypisch(), {
      years: 5,
      at: 'after-warmup',
      flip: flipDecisions({ registration: 'behoefte' }),
      seeds: Array.from({ length: 30 }, (_, i) => 3 + 10 * i),
    });
    expectEffect('bed mix distance from the needed mix (end of year 5)', measure(runs, bedMixDistance), {
      direction: 'down',
      relative: [0.1, 1],
      agree: 2 / 3,
    });
    expectEffect('residential beds (end of year 5)', measure(runs, residentialBeds), {
      direction: 'up',
      relative: [-0.3, 0.3],
      agree: 0,
    });
  });
});
