import type { SimState } from '../state/sim-state.ts';
import type { DecisionsInput, RegionalDecisionsInput } from './decisions.ts';
import type { PolicyChange } from './scenario-schema.ts';

/**
 * A scenario's policy changes (`policyChanges`, see policyChangeSchema) travel inside the state as plain JSON
 * data, so a saved state resumes with the changes still to come and a resumed run stays bit-identical. The
 * field is only present when the scenario schedules changes, so runs without them keep exactly the state they
 * had before the field existed (and saved states from before it resume as runs without changes).
 */
type WithPolicyChanges = SimState & { policyChanges?: PolicyChange[] };

/** Stores the scenario's changes in a new state (a deep copy: the state never shares data with the scenario). */
export const attachPolicyChanges = (st: SimState, changes: readonly PolicyChange[] = []): void => {
  if (changes.length > 0) (st as WithPolicyChanges).policyChanges = structuredClone([...changes]);
};

/** The policy changes a state carries (empty for a scenario without them). */
export const policyChangesOf = (st: SimState): readonly PolicyChange[] =>
  (st as WithPolicyChanges).policyChanges ?? [];

const municipality = (st: SimState, id: string): SimState['municipalities'][number] => {
  const m = st.municipalities.find((x) => x.id === id);
  if (!m) throw new Error(`policy change for unknown municipality "${id}"`);
  return m;
};

/** How the changes take effect: the same entry points the game uses (passed in to keep the imports acyclic). */
export type PolicyAppliers = {
  decisions: (st: SimState, municipalityId: string, decisions: DecisionsInput) => unknown;
  regional: (st: SimState, decisions: RegionalDecisionsInput) => unknown;
};

/**
 * At the first week of a reported year, before its start-of-year processing: applies the changes scheduled
 * for that calendar year, in the order listed. Each `decisions` patch is merged onto the municipality's current
 * decisions (as set), each `regional` patch onto the regional decisions. Does nothing in other weeks.
 */
export const applyDuePolicyChanges = (st: SimState, apply: PolicyAppliers): void => {
  const changes = policyChangesOf(st);
  if (changes.length === 0) return;
  const sinceStart = st.week - st.warmupWeeks;
  if (sinceStart < 0 || sinceStart % 52 !== 0) return;
  const year = st.startYear + sinceStart / 52;
  for (const change of changes) {
    if (change.year !== year) continue;
    const targets =
      change.municipality === undefined ? st.municipalities : [municipality(st, change.municipality)];
    if (Object.keys(change.decisions).length > 0) {
      for (const m of targets) apply.decisions(st, m.id, { ...m.decisions, ...change.decisions });
    }
    if (change.regional !== undefined) apply.regional(st, { ...st.regional, ...change.regional });
  }
};
