import { cardById } from '../cards/card-catalogue.ts';
import { nextDeckCard } from '../cards/deck.ts';
import { debriefEvidence } from '../debrief/debrief-evidence.ts';
import { lenses } from '../model/roles.ts';
import { botRoles, seatRolesOf } from '../rules/seat-roles.ts';
import type { GameState, TeamState } from '../state/game-state.ts';
import { teamSeats } from '../state/queries.ts';
import { lensContent } from './lens-content.ts';
import { partDeps as deps } from './part-deps.ts';
import { buildAlways, type PartMemo } from './part-memo.ts';
import { providerMarket } from './provider-market.ts';
import { regionalTableView, regionResults, revealedCards, sessionView } from './public-views.ts';
import { actedThisRound } from './seat-activity.ts';
import { teamDesk, teamSignals, teamTable } from './team-views.ts';

/**
 * The facilitator sees everything (GAME.md section 4) plus a live status per team, but no token or rejoin
 * code: seats are handled by seat id. The debrief is available at any time as a preview.
 */
export const projectForFacilitator = (state: GameState, memo: PartMemo = buildAlways) => ({
  kind: 'facilitator' as const,
  session: memo('session', deps.session(state), () => sessionView(state)),
  config: memo('config', [state.config], () => ({
    municipalities: state.config.municipalities,
    rounds: state.config.rounds,
    shortMode: state.config.shortMode,
    seed: state.config.seed,
    roundTimerSeconds: state.config.roundTimerSeconds,
    dashboardScore: state.config.dashboardScore,
    emptyRoles: state.config.emptyRoles,
    providerTeam: state.config.providerTeam,
  })),
  teams: state.teams.map((t) =>
    memo(`overview:${t.id}`, deps.overview(state, t), () => teamOverview(state, t, memo)),
  ),
  providerSeats: memo('provider-seats', [state.seats], () =>
    state.seats
      .filter((s) => s.municipalityId === null)
      .map((s) => ({ seatId: s.id, displayName: s.displayName, joinedAt: s.joinedAt })),
  ),
  provider: state.config.providerTeam
    ? memo('provider', deps.provider(state), () => providerMarket(state))
    : null,
  regionalTable: memo('regional-table', deps.regionalTable(state), () => regionalTableView(state)),
  cards: memo('facilitator-cards', deps.cards(state), () => ({
    revealed: revealedCards(state),
    next: nextDeckCard(state.cards.deck, state.cards.drawn),
    deckLeft: state.cards.deck
      .filter((id) => !state.cards.drawn.some((d) => d.cardId === id))
      .map((id) => ({
        id,
        title: cardById(id)?.title,
      })),
  })),
  rounds: memo('round-list', [state.rounds], () =>
    state.rounds.map((r) => ({
      round: r.round,
      years: r.years,
      teams: r.teams,
      regional: r.regional,
      cards: r.cards,
    })),
  ),
  results: memo('results', deps.results(state), () => regionResults(state)),
  debrief:
    state.rounds.length > 0 ? memo('debrief', deps.debrief(state), () => debriefEvidence(state)) : null,
});

const teamOverview = (state: GameState, team: TeamState, memo: PartMemo) => {
  const seats = teamSeats(state, team.id);
  const signals = teamSignals(state, team).filter((s) => s.round === state.round);
  return {
    id: team.id,
    name: team.name,
    seats: seats.map((s) => ({
      seatId: s.id,
      displayName: s.displayName,
      role: s.role,
      roles: seatRolesOf(state, s),
      joinedAt: s.joinedAt,
      acted: actedThisRound(state, team, s.id),
    })),
    botRoles: botRoles(state, team.id),
    status: {
      students: seats.length,
      submitted: team.submission !== null,
      drafts: Object.values(team.drafts).filter((d) => d !== null).length,
      signalsRaised: signals.length,
      signalsAnswered: signals.filter((s) => s.response !== null).length,
      shared: team.shared.filter((s) => s.round === state.round).length,
    },
    ...memo(`desk:${team.id}`, deps.desk(state, team), () => teamDesk(state, team)),
    table: memo(`table:${team.id}`, deps.table(state, team), () => teamTable(state, team)),
    signals: memo(`signals:${team.id}`, deps.signals(state, team), () => teamSignals(state, team)),
    lenses: Object.fromEntries(
      lenses.map((l) => [
        l,
        memo(`lens:${team.id}:${l}`, deps.lens(state, team), () => lensContent(state, team, l)),
      ]),
    ),
  };
};

export type FacilitatorView = ReturnType<typeof projectForFacilitator>;
