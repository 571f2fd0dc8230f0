import { describe, it } from 'vitest';
import { expectEffect, flipDecisions, measureYears, npmTypisch, pairedRuns } from './support.ts';

/**
 * M12 prevention pays late (MODEL.md section 3, M12): cutting the sociale basis saves money now and raises
 * heavy care after a delay; investing first raises measured volume (more needs found early) and only later
 * lowers specialist inflow (001:676-718, 001:760-767). Engine: engine/mechanisms/onset.ts
 * (updateBasisStrength, weeklyOnsetRate, signalDelayMean).
 */
describe('M12 prevention pays late', () => {
  it('doubling the basis share: volume first rises (or holds), later fewer escalations and less care', () => {
    // Lever: budgetSplit aanval 0.08 -> 0.16 (from verdediging) when reporting starts.
    const runs = pairedRuns(npmTypisch(), {
      years: 5,
      at: 'after-warmup',
      flip: flipDecisions({ budgetSplit: { aanval: 0.16, middenveld: 0.07, verdediging: 0.77 } }),
    });
    // Year 1: better funded signalling finds needs earlier while onset has not fallen yet (basis strength
    // follows funding with a 2.5-year time constant): volume holds or rises by up to 15%.
    expectEffect(
      'youths in care (year 1)',
      measureYears(runs, (y) => y.youthInCare, [0]),
      { direction: 'up', relative: [0, 0.15], agree: 2 / 3 },
    );
    // Years 4-5: onset is lower and needs arrive lighter, so fewer needs outgrow ambulant care: escalations
    // fall by 5-60% and youths in care by 2-30%.
    expectEffect(
      'escalations (years 4-5)',
      measureYears(runs, (y) => y.escalations, [3, 4]),
      { direction: 'down', relative: [0.05, 0.6], agree: 2 / 3 },
    );
    expectEffect(
      'youths in care (years 4-5)',
      measureYears(runs, (y) => y.youthInCare, [3, 4]),
      { direction: 'down', relative: [0.02, 0.3] },
    );
  });

  it('cutting the basis share: volume first falls or holds, later more escalations and thuiszitters', () => {
    // Lever: budgetSplit aanval 0.08 -> 0.02 (to verdediging) when reporting starts.
    const runs = pairedRuns(npmTypisch(), {
      years: 5,
      at: 'after-warmup',
      flip: flipDecisions({ budgetSplit: { aanval: 0.02, middenveld: 0.07, verdediging: 0.91 } }),
    });
    // Year 1: fewer needs are noticed early, so measured volume holds or falls (up to -15%): the saving
    // looks like success.
    expectEffect(
      'youths in care (year 1)',
      measureYears(runs, (y) => y.youthInCare, [0]),
      { direction: 'down', relative: [0, 0.15], agree: 2 / 3 },
    );
    // Years 4-5: needs arrive later and heavier: escalations +10% to +150%, thuiszitters +5% to +100%.
    expectEffect(
      'escalations (years 4-5)',
      measureYears(runs, (y) => y.escalations, [3, 4]),
      { direction: 'up', relative: [0.1, 1.5] },
    );
    expectEffect(
      'thuiszitters (years 4-5)',
      measureYears(runs, (y) => y.thuiszitters, [3, 4]),
      { direction: 'up', relative: [0.05, 1] },
    );
  });
});
