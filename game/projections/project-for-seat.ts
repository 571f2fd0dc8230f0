import { debriefEvidence } from '../debrief/debrief-evidence.ts';
import { isRole, type Lens, lensOfRole, type Role } from '../model/roles.ts';
import { botRoles, seatRolesOf } from '../rules/seat-roles.ts';
import type { GameState, Seat, TeamState } from '../state/game-state.ts';
import { findSeat, findTeam, teamSeats } from '../state/queries.ts';
import { type LensContent, lensContent } from './lens-content.ts';
import { partDeps as deps } from './part-deps.ts';
import { buildAlways, type PartMemo } from './part-memo.ts';
import { providerMarket } from './provider-market.ts';
import { publicTeams, regionalTableView, regionResults, revealedCards, sessionView } from './public-views.ts';
import { leversByRole, leversOf, teamDesk, teamSignals, teamTable } from './team-views.ts';

/**
 * What one student sees (GAME.md sections 4 and 6): the lens of each role they hold, first and in full; their
 * own team's desk (drafts, submission), table and signals; the public region. Never another team's drafts,
 * never a token or a rejoin code (the server keeps only keyed hashes of both; the student holds the code).
 * With a memo (part-memo.ts) parts whose inputs did not change are the same objects as before, shared by
 * every seat that sees them.
 */
export const projectForSeat = (state: GameState, seatId: string, memo: PartMemo = buildAlways) => {
  const seat = findSeat(state, seatId);
  if (!seat) return null;
  const held = memo(`held:${seat.id}`, [seat, ...deps.seats(state)], () => seatRolesOf(state, seat));
  const team = seat.municipalityId ? findTeam(state, seat.municipalityId) : undefined;
  return {
    kind: 'seat' as const,
    session: memo('session', deps.session(state), () => sessionView(state)),
    me: memo(`me:${seat.id}`, [seat, held], () => ({
      seatId: seat.id,
      displayName: seat.displayName,
      municipalityId: seat.municipalityId,
      role: seat.role,
      roles: held,
    })),
    team: team ? teamView(state, seat, team, held.filter(isRole), memo) : null,
    lenses: team ? lensesFor(state, team, held.filter(isRole), memo) : {},
    provider:
      seat.municipalityId === null
        ? memo('provider', deps.provider(state), () => providerMarket(state))
        : null,
    region: regionView(state, memo),
    debrief:
      state.status === 'debrief' || state.status === 'ended'
        ? memo('debrief', deps.debrief(state), () => debriefEvidence(state))
        : null,
  };
};

const teamView = (state: GameState, seat: Seat, team: TeamState, held: Role[], memo: PartMemo) => ({
  id: team.id,
  name: team.name,
  members: memo(`members:${seat.id}`, deps.seats(state), () =>
    teamSeats(state, team.id).map((s) => ({
      displayName: s.displayName,
      roles: seatRolesOf(state, s),
      you: s.id === seat.id,
    })),
  ),
  botRoles: memo(`bot-roles:${team.id}`, deps.seats(state), () => botRoles(state, team.id)),
  myLevers: memo(`my-levers:${held.join()}`, [], () => leversOf(held)),
  leversByRole: memo(`levers-by-role:${held.join()}`, [], () => leversByRole(held)),
  ...memo(`desk:${team.id}`, deps.desk(state, team), () => teamDesk(state, team)),
  table: memo(`table:${team.id}`, deps.table(state, team), () => teamTable(state, team)),
  signals: memo(`signals:${team.id}`, deps.signals(state, team), () => teamSignals(state, team)),
});

/** Own lenses only: the information asymmetry is deliberate; sharing to the table bridges it. */
const lensesFor = (state: GameState, team: TeamState, held: Role[], memo: PartMemo): Partial<LensContent> => {
  const out: Partial<Record<Lens, unknown>> = {};
  for (const role of held) {
    const lens = lensOfRole[role];
    out[lens] = memo(`lens:${team.id}:${lens}`, deps.lens(state, team), () => lensContent(state, team, lens));
  }
  return out as Partial<LensContent>;
};

/** The public region, one object for every seat until one of its parts changes. */
export const regionView = (state: GameState, memo: PartMemo) => {
  const teams = memo('public-teams', deps.publicTeams(state), () => publicTeams(state));
  const regionalTable = memo('regional-table', deps.regionalTable(state), () => regionalTableView(state));
  const cards = memo('cards', deps.cards(state), () => revealedCards(state));
  const results = memo('results', deps.results(state), () => regionResults(state));
  return memo('region', [teams, regionalTable, cards, results], () => ({
    teams,
    regionalTable,
    cards,
    results,
  }));
};

export type SeatView = NonNullable<ReturnType<typeof projectForSeat>>;
