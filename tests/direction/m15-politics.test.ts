import { describe, it } from 'vitest';
import {
  expectEffect,
  flipDecisions,
  measure,
  measureYears,
  npmTypisch,
  overYears,
  pairedRuns,
  readPreset,
} from './support.ts';

/**
 * M15 money and politics (MODEL.md section 3, M15): overspend raises political pressure, which pushes toward
 * cuts of the sociale basis and more control (the risk reflex), unless the team resists (001:389-400,
 * 001:676-693). Engine: engine/mechanisms/politics.ts (updatePolitics, effectiveDecisions).
 */
const budget = readPreset('npm-typisch').municipalities[0].budgetEur;

/** Share of the budget that actually went to the sociale basis (the effective aanval share). */
const aanvalShare = (years: number[]) => overYears((y) => y.spendByLine.aanval / y.budgetEur, years);

describe('M15 money and politics', () => {
  it('a 30% budget cut under the risk reflex: pressure rises and the basis share is cut', () => {
    // Lever: budgetEur -> 0.7 x the scenario budget when reporting starts (riskReflex 'volgen').
    const runs = pairedRuns(npmTypisch(), {
      years: 3,
      at: 'after-warmup',
      flip: flipDecisions({ budgetEur: 0.7 * budget }),
    });
    // Spend (mostly care as used) now exceeds the budget: the pressure builds over the years to between a
    // tenth and 2 in year 3, below the cap of 3 (measured: about 1.6).
    expectEffect(
      'political pressure (year 3, absolute)',
      measureYears(runs, (y) => y.politicalPressure, [2]),
      { direction: 'up', absolute: [0.1, 2] },
    );
    // The reflex cuts the basis share by 0.25 per unit of pressure: with the pressure bounded by 2 above,
    // 3-50% of the 8% in year 3.
    expectEffect('effective basis share (year 3)', measure(runs, aanvalShare([2])), {
      direction: 'down',
      relative: [0.03, 0.5],
    });
  });

  it('under the same cut, resisting the reflex keeps the basis share and its strength', () => {
    // Lever: riskReflex 'volgen' -> 'weerstaan', both arms with the 30% budget cut from the start.
    const runs = pairedRuns(npmTypisch({ decisions: { budgetEur: 0.7 * budget } }), {
      years: 3,
      flip: flipDecisions({ riskReflex: 'weerstaan' }),
    });
    // Following the reflex cuts 0.25 of the share per unit of pressure, and a lasting 30% gap drives the
    // pressure toward 2 (a cut of up to about 60%); resisting keeps the planned 8%: +3% to +150% in year 3.
    expectEffect('effective basis share (year 3)', measure(runs, aanvalShare([2])), {
      direction: 'up',
      relative: [0.03, 1.5],
    });
    // A kept basis keeps its strength (a slow stock): +1% to +40% by year 3.
    expectEffect(
      'basis strength (year 3)',
      measureYears(runs, (y) => y.basisStrength, [2]),
      { direction: 'up', relative: [0.01, 0.4] },
    );
  });
});
