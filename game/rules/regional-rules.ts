import type { ActionOf } from '../actions/action-schema.ts';
import { botVote } from '../bots/bot-votes.ts';
import type { GameState, RegionalProposal, Seat } from '../state/game-state.ts';
import { botRoles, seatHolds } from './seat-roles.ts';
import { type Effect, fail, ok, type StepResult } from './step-result.ts';

/**
 * The regional table (GAME.md section 5, the polycentric part): a wethouder puts a whole regional package on
 * the table; it passes only when every municipality agrees. Bot wethouders vote at once by their rule; a
 * new proposal replaces the open one. An adopted package takes effect when the round is calculated.
 */
const wethouderSeat = (state: GameState, seat: Seat): string | null =>
  state.phase === 'overleg' && seat.municipalityId && seatHolds(state, seat, 'wethouder')
    ? seat.municipalityId
    : null;

/** Bot wethouders vote as soon as they see a proposal (also one opened before a student left the team). */
const withBotVotes = (state: GameState, proposal: RegionalProposal): RegionalProposal => {
  const votes = { ...proposal.votes };
  for (const t of state.teams) {
    if (!(t.id in votes) && botRoles(state, t.id).includes('wethouder'))
      votes[t.id] = botVote(state, t, proposal.decisions);
  }
  return { ...proposal, votes };
};

const settle = (state: GameState, open: RegionalProposal): { state: GameState; effects: Effect[] } => {
  const proposal = withBotVotes(state, open);
  const unanimous = state.teams.every((t) => proposal.votes[t.id] === true);
  if (!unanimous) return { state: { ...state, regional: { ...state.regional, proposal } }, effects: [] };
  const adopted = { ...proposal.decisions, proposalId: proposal.id };
  return {
    state: { ...state, regional: { ...state.regional, adopted, proposal: null } },
    effects: [{ kind: 'regional-adopted', proposalId: proposal.id }],
  };
};

export const proposeRegional = (
  state: GameState,
  seat: Seat,
  a: ActionOf<'propose-regional'>,
): StepResult => {
  if (state.phase !== 'overleg') return fail('wrong-phase');
  const muni = wethouderSeat(state, seat);
  if (!muni) return fail('not-your-role');
  const now = state.regional.adopted ?? state.regional.inForce;
  const d = a.decisions;
  if (
    d.jointContracting === now.jointContracting &&
    d.placementCoordination === now.placementCoordination &&
    d.developmentFundShare === now.developmentFundShare
  )
    return fail('no-change');
  const votes: Record<string, boolean> = { [muni]: true };
  const id = state.regional.nextProposalId;
  const proposal: RegionalProposal = {
    id,
    decisions: d,
    municipalityId: muni,
    by: seat.id,
    round: state.round,
    votes,
  };
  const next = settle({ ...state, regional: { ...state.regional, nextProposalId: id + 1 } }, proposal);
  return ok(next.state, next.effects);
};

export const voteRegional = (state: GameState, seat: Seat, a: ActionOf<'vote-regional'>): StepResult => {
  if (state.phase !== 'overleg') return fail('wrong-phase');
  const muni = wethouderSeat(state, seat);
  if (!muni) return fail('not-your-role');
  const proposal = state.regional.proposal;
  if (!proposal || proposal.id !== a.proposalId) return fail('unknown-proposal');
  const next = settle(state, { ...proposal, votes: { ...proposal.votes, [muni]: a.agree } });
  return ok(next.state, next.effects);
};

/** The provider team sets its stance for the coming calculation (round-parameters.ts says how it acts). */
export const setProviderStance = (
  state: GameState,
  seat: Seat,
  a: ActionOf<'set-provider-stance'>,
  now: number,
): StepResult => {
  if (seat.municipalityId !== null || !state.config.providerTeam) return fail('not-your-role');
  if (state.phase !== 'signalen' && state.phase !== 'overleg') return fail('wrong-phase');
  const stance = { qualityProtection: a.qualityProtection, indicatorPlay: a.indicatorPlay };
  return ok({ ...state, providerTeam: { stance, changedBy: seat.id, at: now } });
};
