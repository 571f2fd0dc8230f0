import type { Parameters } from '../scenario/parameters.ts';
import type { MunicipalityState, SimState } from '../state/sim-state.ts';
import { clamp } from './context.ts';

const ARCHETYPE_LEARNING = (p: Parameters) =>
  ({ npm: 0, relationeel: p.learningRelationeel, lerend: 1 }) as const;
const RHYTHM_LEARNING = (p: Parameters) =>
  ({ geen: 0, jaarlijks: p.learningJaarlijks, kwartaal: 1 }) as const;
const ERVARING_LEARNING = (p: Parameters) =>
  ({ geen: 0, adviserend: p.learningAdviserend, structureel: 1 }) as const;

/**
 * M11: learning contracts, a reflection rhythm, structural ervaringskennis, reflection time and a
 * development fund build a learning stock slowly (002:604-793, 002:663-666, 001:2832-2847); advisory
 * ervaringskennis is mostly decor (001:2703).
 */
export const learningTarget = (st: SimState, m: MunicipalityState): number => {
  const d = m.effective;
  const p = st.params;
  const fund = d.learningFundShare + st.regional.developmentFundShare;
  return clamp(
    p.learningWeightContract * ARCHETYPE_LEARNING(p)[d.archetype] +
      p.learningWeightRhythm * RHYTHM_LEARNING(p)[d.learningRhythm] +
      p.learningWeightErvaring * ERVARING_LEARNING(p)[d.ervaringskennis] * m.signalResponse +
      p.learningWeightReflection * Math.min(1, d.reflectionHours / p.reflectionHoursFull) +
      p.learningWeightFund * Math.min(1, fund / p.learningFundShareFull),
    0,
    1,
  );
};

/**
 * Pure accounting on indicators breeds gaming and defensive behaviour instead (000:73-77, 004:299-302):
 * NPM contracts, tight control and pay per product or trajectory raise it; learning brings it down.
 */
export const gamingTarget = (st: SimState, m: MunicipalityState): number => {
  const d = m.effective;
  const p = st.params;
  const contract =
    d.archetype === 'npm' ? p.gamingNpm : d.archetype === 'relationeel' ? p.gamingRelationeel : 0;
  const control =
    d.accountability === 'strak' ? p.gamingStrak : d.accountability === 'steekproef' ? p.gamingSteekproef : 0;
  const pay =
    d.funding === 'per-traject' ? p.gamingPerTraject : d.funding === 'per-product' ? p.gamingPerProduct : 0;
  return clamp(contract + control + pay - p.gamingLearningRelief * m.learning, 0, 1);
};

export const updateLearning = (st: SimState, m: MunicipalityState): void => {
  m.learning += (learningTarget(st, m) - m.learning) / st.params.learningTauWeeks;
  m.gaming += (gamingTarget(st, m) - m.gaming) / st.params.gamingTauWeeks;
};
