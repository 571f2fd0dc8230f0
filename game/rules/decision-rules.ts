import type { ActionOf } from '../actions/action-schema.ts';
import { isDecisionPhase } from '../model/phases.ts';
import { roleLevers } from '../model/roles.ts';
import type { GameState, Seat } from '../state/game-state.ts';
import { findTeam, replaceTeam } from '../state/queries.ts';
import { seatHolds } from './seat-roles.ts';
import { fail, ok, type StepResult } from './step-result.ts';
import { pickChanges, previewDecisions, validateDecisions } from './team-decisions.ts';

/** A role drafts a proposal for its own levers (GAME.md section 2); an empty draft withdraws it. */
export const draftDecisions = (
  state: GameState,
  seat: Seat,
  a: ActionOf<'draft-decisions'>,
  now: number,
): StepResult => {
  if (!isDecisionPhase(state.phase)) return fail('wrong-phase');
  const team = seat.municipalityId ? findTeam(state, seat.municipalityId) : undefined;
  if (!team) return fail('not-authorised');
  if (!seatHolds(state, seat, a.role)) return fail('not-your-role');
  const allowed: readonly string[] = roleLevers[a.role];
  if (Object.keys(a.changes).some((k) => !allowed.includes(k))) return fail('not-your-levers');
  const merged = validateDecisions(team, { ...team.decisions, ...a.changes });
  if (!merged) return fail('invalid-decisions');
  const empty = Object.keys(a.changes).length === 0;
  const draft = empty ? null : { changes: pickChanges(merged, a.changes), by: seat.id, at: now };
  return ok(replaceTeam(state, { ...team, drafts: { ...team.drafts, [a.role]: draft } }));
};

/**
 * The wethouder submits the team's decisions: those in force, the team's drafts (unless declined) and any
 * last changes. Submitting again replaces the earlier submission until the phase ends.
 */
export const submitDecisions = (
  state: GameState,
  seat: Seat,
  a: ActionOf<'submit-decisions'>,
  now: number,
): StepResult => {
  if (state.phase !== 'overleg') return fail('wrong-phase');
  const team = seat.municipalityId ? findTeam(state, seat.municipalityId) : undefined;
  if (!team) return fail('not-authorised');
  if (!seatHolds(state, seat, 'wethouder')) return fail('not-your-role');
  const decisions = previewDecisions(team, a.changes, a.adoptDrafts);
  if (!decisions) return fail('invalid-decisions');
  return ok(replaceTeam(state, { ...team, submission: { decisions, by: seat.id, at: now } }));
};
