import type { GameState, TeamState } from '../state/game-state.ts';

/**
 * Whether a student did something this round: a saved proposal, the submission, something shared to the team
 * table, a signal raised or answered, or a regional proposal. Between lectures (asynchronous play) the lecturer
 * sees who has acted and whom to remind; drafts and the submission are cleared at each resolution.
 */
export const actedThisRound = (state: GameState, team: TeamState, seatId: string): boolean =>
  Object.values(team.drafts).some((d) => d?.by === seatId) ||
  team.submission?.by === seatId ||
  team.shared.some((s) => s.round === state.round && s.by === seatId) ||
  state.signals.some((s) => s.round === state.round && (s.by === seatId || s.response?.by === seatId)) ||
  (state.regional.proposal?.round === state.round && state.regional.proposal.by === seatId);
