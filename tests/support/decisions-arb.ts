import fc from 'fast-check';
import { advance, applyDecisions, type SimState } from '../../engine/index.ts';
import {
  accessDesigns,
  accountabilityRegimes,
  contractArchetypes,
  type Decisions,
  ervaringskennisModes,
  fundingModels,
  learningRhythms,
  procurementForms,
  productCodeLevels,
  registrationModes,
  riskReflexModes,
} from '../../engine/scenario/decisions.ts';

/**
 * Any decisions a player can make: every enum from its exported options, numbers within decisionsSchema's
 * bounds. The budget split is drawn as two shares with the third the remainder, so it always adds up to 1.
 */
export const decisionsArb = (baseBudgetEur: number): fc.Arbitrary<Decisions> =>
  fc
    .record({
      procurement: fc.constantFrom(...procurementForms),
      archetype: fc.constantFrom(...contractArchetypes),
      contractYears: fc.integer({ min: 1, max: 9 }),
      providerCount: fc.integer({ min: 1, max: 300 }),
      funding: fc.constantFrom(...fundingModels),
      tariffLevel: fc.double({ min: 0.6, max: 1.4, noNaN: true }),
      productCodes: fc.constantFrom(...productCodeLevels),
      budgetEur: fc.option(fc.double({ min: 0.5 * baseBudgetEur, max: 1.5 * baseBudgetEur, noNaN: true })),
      aanval: fc.double({ min: 0, max: 0.4, noNaN: true }),
      middenveld: fc.double({ min: 0, max: 0.4, noNaN: true }),
      learningFundShare: fc.double({ min: 0, max: 0.05, noNaN: true }),
      access: fc.constantFrom(...accessDesigns),
      onePlanOneContact: fc.boolean(),
      specialistsNearby: fc.boolean(),
      mandate: fc.double({ min: 0, max: 1, noNaN: true }),
      accountability: fc.constantFrom(...accountabilityRegimes),
      registration: fc.constantFrom(...registrationModes),
      sharedLedger: fc.boolean(),
      ervaringskennis: fc.constantFrom(...ervaringskennisModes),
      learningRhythm: fc.constantFrom(...learningRhythms),
      reflectionHours: fc.double({ min: 0, max: 6, noNaN: true }),
      riskReflex: fc.constantFrom(...riskReflexModes),
    })
    .map(({ aanval, middenveld, ...rest }) => ({
      ...rest,
      budgetSplit: { aanval, middenveld, verdediging: 1 - aanval - middenveld },
    }));

/** A decision change at a week offset of the run (which municipality is picked by index modulo). */
export type DecisionChange = { week: number; municipality: number; decisions: Decisions };

export const decisionChangesArb = (
  baseBudgetEur: number,
  weeks: number,
  maxChanges = 4,
): fc.Arbitrary<DecisionChange[]> =>
  fc
    .array(
      fc.record({
        week: fc.integer({ min: 0, max: weeks - 1 }),
        municipality: fc.nat({ max: 1000 }),
        decisions: decisionsArb(baseBudgetEur),
      }),
      { maxLength: maxChanges },
    )
    .map((xs) => [...xs].sort((a, b) => a.week - b.week));

/**
 * Advances `weeks` weeks one at a time, applying each change before the week it names; `afterWeek` runs
 * after every week (conservation checks). Through the public API only.
 */
export const advanceWithChanges = (
  st: SimState,
  weeks: number,
  changes: DecisionChange[],
  afterWeek: (st: SimState) => void = () => {},
): SimState => {
  let next = 0;
  for (let w = 0; w < weeks; w++) {
    while (next < changes.length && changes[next].week === w) {
      const c = changes[next++];
      const m = st.municipalities[c.municipality % st.municipalities.length];
      applyDecisions(st, m.id, c.decisions);
    }
    advance(st, 1);
    afterWeek(st);
  }
  return st;
};
