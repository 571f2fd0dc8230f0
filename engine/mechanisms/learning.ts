import type { MunicipalityState, SimState } from '../state/sim-state.ts';
import { clamp } from './context.ts';

const ARCHETYPE_LEARNING = { npm: 0, relationeel: 0.4, lerend: 1 } as const;
const RHYTHM_LEARNING = { geen: 0, jaarlijks: 0.4, kwartaal: 1 } as const;
const ERVARING_LEARNING = { geen: 0, adviserend: 0.15, structureel: 1 } as const;

/**
 * M11: learning contracts, a reflection rhythm, structural ervaringskennis, reflection time and a
 * development fund build a learning stock slowly (002:604-793, 002:663-666, 001:2832-2847); advisory
 * ervaringskennis is mostly decor (001:2703).
 */
export const learningTarget = (st: SimState, m: MunicipalityState): number => {
  const d = m.effective;
  const fund = d.learningFundShare + st.regional.developmentFundShare;
  return clamp(
    0.35 * ARCHETYPE_LEARNING[d.archetype] +
      0.25 * RHYTHM_LEARNING[d.learningRhythm] +
      0.2 * ERVARING_LEARNING[d.ervaringskennis] * m.signalResponse +
      0.1 * Math.min(1, d.reflectionHours / 2) +
      0.1 * Math.min(1, fund / 0.01),
    0,
    1,
  );
};

/**
 * Pure accounting on indicators breeds gaming and defensive behaviour instead (000:73-77, 004:299-302):
 * NPM contracts, tight control and pay per product or trajectory raise it; learning brings it down.
 */
export const gamingTarget = (m: MunicipalityState): number => {
  const d = m.effective;
  const contract = d.archetype === 'npm' ? 0.35 : d.archetype === 'relationeel' ? 0.1 : 0;
  const control = d.accountability === 'strak' ? 0.2 : d.accountability === 'steekproef' ? 0.08 : 0;
  const pay = d.funding === 'per-traject' ? 0.3 : d.funding === 'per-product' ? 0.15 : 0;
  return clamp(contract + control + pay - 0.6 * m.learning, 0, 1);
};

export const updateLearning = (st: SimState, m: MunicipalityState): void => {
  m.learning += (learningTarget(st, m) - m.learning) / st.params.learningTauWeeks;
  m.gaming += (gamingTarget(m) - m.gaming) / st.params.gamingTauWeeks;
};
