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

/**
 * A switch starts a transition. `adminGap` is how much more admin the old arrangements cost than the new ones:
 * the old ones do not stop at once, so their admin runs down with the transition instead of vanishing at the
 * switch (before, a switch to lighter control and fewer product codes cut admin, and with it waits, in the
 * switch year itself, 004:587: the first tipping points show after about two years).
 */
export const startTransition = (m: MunicipalityState, adminGap: number): void => {
  m.transition = 1;
  m.transitionAdminGap = Math.max(0, adminGap);
};

/** One week of the transition running down. */
export const transitionWeek = (st: SimState, m: MunicipalityState): void => {
  if (m.transition > 0) m.transition = Math.max(0, m.transition - 1 / st.params.transitionWeeks);
};

/**
 * Admin share the transition adds on top of the new arrangements' share (M5): running old and new side by side
 * (transitionAdminLoad) and what is left of the old arrangements' extra admin, both running down with it.
 */
export const transitionAdmin = (st: SimState, m: MunicipalityState): number =>
  (st.params.transitionAdminLoad + m.transitionAdminGap) * m.transition;

/** Weekly double running costs of the transition, in euro (booked as transaction cost, M13). */
export const transitionCostWeek = (st: SimState, m: MunicipalityState): number =>
  (st.params.transitionCostShare * m.budgetEur * m.transition) / 52;
