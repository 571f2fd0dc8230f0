import { debriefEvidence } from '../debrief/debrief-evidence.ts';
import { isRole, type Lens, lensOfRole, type Role } from '../model/roles.ts';
import { botRoles, seatRolesOf } from '../rules/seat-roles.ts';
import type { GameState, Seat, TeamState } from '../state/game-state.ts';
import { findSeat, findTeam, teamSeats } from '../state/queries.ts';
import { type LensContent, lensContent } from './lens-content.ts';
import { providerMarket } from './provider-market.ts';
import { publicTeams, regionalTableView, regionResults, revealedCards, sessionView } from './public-views.ts';
import { leversByRole, leversOf, teamDesk, teamSignals, teamTable } from './team-views.ts';

/**
 * What one student sees (GAME.md sections 4 and 6): the lens of each role they hold, first and in full; their
 * own team's desk (drafts, submission), table and signals; the public region. Never another team's drafts,
 * never a token or a rejoin code (the server keeps only keyed hashes of both; the student holds the code).
 */
export const projectForSeat = (state: GameState, seatId: string) => {
  const seat = findSeat(state, seatId);
  if (!seat) return null;
  const held = seatRolesOf(state, seat);
  const team = seat.municipalityId ? findTeam(state, seat.municipalityId) : undefined;
  return {
    kind: 'seat' as const,
    session: sessionView(state),
    me: {
      seatId: seat.id,
      displayName: seat.displayName,
      municipalityId: seat.municipalityId,
      role: seat.role,
      roles: held,
    },
    team: team ? teamView(state, seat, team, held.filter(isRole)) : null,
    lenses: team ? lensesFor(state, team, held.filter(isRole)) : {},
    provider: seat.municipalityId === null ? providerMarket(state) : null,
    region: {
      teams: publicTeams(state),
      regionalTable: regionalTableView(state),
      cards: revealedCards(state),
      results: regionResults(state),
    },
    debrief: state.status === 'debrief' || state.status === 'ended' ? debriefEvidence(state) : null,
  };
};

const teamView = (state: GameState, seat: Seat, team: TeamState, held: Role[]) => ({
  id: team.id,
  name: team.name,
  members: teamSeats(state, team.id).map((s) => ({
    displayName: s.displayName,
    roles: seatRolesOf(state, s),
    you: s.id === seat.id,
  })),
  botRoles: botRoles(state, team.id),
  myLevers: leversOf(held),
  leversByRole: leversByRole(held),
  ...teamDesk(state, team),
  table: teamTable(state, team),
  signals: teamSignals(state, team),
});

/** Own lenses only: the information asymmetry is deliberate; sharing to the table bridges it. */
const lensesFor = (state: GameState, team: TeamState, held: Role[]): Partial<LensContent> => {
  const out: Partial<Record<Lens, unknown>> = {};
  for (const role of held) out[lensOfRole[role]] = lensContent(state, team, lensOfRole[role]);
  return out as Partial<LensContent>;
};

export type SeatView = NonNullable<ReturnType<typeof projectForSeat>>;
