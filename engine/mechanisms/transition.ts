import type { Decisions } from '../scenario/decisions.ts';
import type { MunicipalityState, SimState } from '../state/sim-state.ts';

/**
 * Transitions: changing how care is bought and reached costs time and money before it pays (004:587: the
 * first tipping points show after about two years; Veendam switched in 2021 and reports lower costs years
 * later, 004:331-347). A switch of procurement form, contract archetype, funding, access route, one plan and
 * one contact, or learning rhythm starts a transition that runs down linearly over transitionWeeks. While it
 * runs, old and new arrangements run side by side: extra admin for the professionals (new forms, new
 * partners, the old files still open) and double running costs for the municipality. Client transfers and new
 * partners still hiring come on top (market.ts), and the learning stock builds slowly (M11).
 */
const SYSTEM_LEVERS = [
  'procurement',
  'archetype',
  'funding',
  'access',
  'onePlanOneContact',
  'learningRhythm',
] as const satisfies readonly (keyof Decisions)[];

export const changesSystem = (before: Decisions, after: Decisions): boolean =>
  SYSTEM_LEVERS.some((lever) => before[lever] !== after[lever]);

export const startTransition = (m: MunicipalityState): void => {
  m.transition = 1;
};

/** One week of the transition running down. */
export const transitionWeek = (st: SimState, m: MunicipalityState): void => {
  if (m.transition > 0) m.transition = Math.max(0, m.transition - 1 / st.params.transitionWeeks);
};

/** Admin share the transition adds on top of the steady-state share (M5). */
export const transitionAdmin = (st: SimState, m: MunicipalityState): number =>
  st.params.transitionAdminLoad * m.transition;

/** Weekly double running costs of the transition, in euro (booked as transaction cost, M13). */
export const transitionCostWeek = (st: SimState, m: MunicipalityState): number =>
  (st.params.transitionCostShare * m.budgetEur * m.transition) / 52;
