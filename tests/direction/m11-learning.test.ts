import { describe, it } from 'vitest';
import { applyGameInputs } from '../../engine/index.ts';
import {
  expectEffect,
  flipDecisions,
  measure,
  measureYears,
  npmTypisch,
  overYears,
  pairedRuns,
} from './support.ts';

/**
 * M11 learning (MODEL.md section 3, M11): learning contracts, reflection and development tables build a
 * learning stock that slowly improves fit and cuts needless admin; pure accounting raises gaming instead
 * (000:73-77, 002:604-793, 004:454-456). Engine: engine/mechanisms/learning.ts (learningTarget,
 * gamingTarget, updateLearning), admin.ts (adminLearningRelief), care.ts (fitOf).
 */
describe('M11 learning', () => {
  it('a quarterly learning rhythm builds a stock that lowers gaming and admin over the years', () => {
    // Lever: learningRhythm 'geen' -> 'kwartaal', when reporting starts (the stock starts at zero).
    const runs = pairedRuns(npmTypisch(), {
      years: 5,
      at: 'after-warmup',
      flip: flipDecisions({ learningRhythm: 'kwartaal' }),
    });
    // The rhythm alone is a quarter of the full learning target; with a two-year time constant the stock
    // reaches 0.1-0.3 after five years (learning pays after years, 002:604-793).
    expectEffect(
      'learning stock (year 5)',
      measureYears(runs, (y) => y.learningStock, [4]),
      { direction: 'up', absolute: [0.1, 0.3] },
    );
    // Learning brings gaming down (0.6 per unit of stock): from 0.70 by 5-30% in year 5.
    expectEffect(
      'gaming level (year 5)',
      measureYears(runs, (y) => y.gamingLevel, [4]),
      { direction: 'down', relative: [0.05, 0.3] },
    );
    // A new rhythm is a transition (transition.ts): in year 1 old and new run side by side, so admin first
    // rises (6 points at the switch, running down over two years): 1-6 points above the baseline.
    expectEffect(
      'admin share (year 1, transition, absolute)',
      measureYears(runs, (y) => y.adminShare, [0]),
      { direction: 'up', absolute: [0.01, 0.06] },
    );
    // Then admin falls slowly: in year 5 by 0.5-3 points below the baseline (6 points at a full stock); from
    // year 1 to year 5 it falls by the transition's load plus the learning: 0.2-9 points.
    expectEffect(
      'admin share (year 5, absolute)',
      measureYears(runs, (y) => y.adminShare, [4]),
      { direction: 'down', absolute: [0.005, 0.03] },
    );
    const admin = (year: number) => overYears((y) => y.adminShare, [year]);
    expectEffect(
      'admin share change from year 1 to year 5 (absolute)',
      measure(runs, (st) => admin(4)(st) - admin(0)(st)),
      { direction: 'down', absolute: [0.002, 0.09] },
    );
  });

  it('structural ervaringskennis teaches only a team that acts on the signals (the game feeds the answer)', () => {
    // Lever: the game's signal response 1 (acts on every signal) -> 0 (ignores them), both arms with
    // structural ervaringskennis from the start (001:2832-2847); decor it is without answers (001:2703).
    const scenario = npmTypisch({ decisions: { ervaringskennis: 'structureel' } });
    const runs = pairedRuns(scenario, {
      years: 5,
      at: 'after-warmup',
      flip: (st) => {
        applyGameInputs(st, st.municipalities[0].id, { signalResponse: 0 });
      },
    });
    // The answered signals are 0.2 of the learning target; with a two-year time constant that is 0.05-0.25
    // less stock after five years.
    expectEffect(
      'learning stock (year 5)',
      measureYears(runs, (y) => y.learningStock, [4]),
      { direction: 'down', absolute: [0.05, 0.25] },
    );
  });
});
