import { cardById } from '../cards/card-catalogue.ts';
import { nextDeckCard } from '../cards/deck.ts';
import { debriefEvidence } from '../debrief/debrief-evidence.ts';
import { lenses } from '../model/roles.ts';
import { botRoles, seatRolesOf } from '../rules/seat-roles.ts';
import type { GameState, TeamState } from '../state/game-state.ts';
import { teamSeats } from '../state/queries.ts';
import { lensContent } from './lens-content.ts';
import { providerMarket } from './provider-market.ts';
import { regionalTableView, regionResults, revealedCards, sessionView } from './public-views.ts';
import { teamDesk, teamSignals, teamTable } from './team-views.ts';

/**
 * The facilitator sees everything (GAME.md section 4) plus a live status per team, but no token or rejoin
 * code: seats are handled by seat id. The debrief is available at any time as a preview.
 */
export const projectForFacilitator = (state: GameState) => ({
  kind: 'facilitator' as const,
  session: sessionView(state),
  config: {
    municipalities: state.config.municipalities,
    rounds: state.config.rounds,
    shortMode: state.config.shortMode,
    seed: state.config.seed,
    roundTimerSeconds: state.config.roundTimerSeconds,
    dashboardScore: state.config.dashboardScore,
    emptyRoles: state.config.emptyRoles,
    providerTeam: state.config.providerTeam,
  },
  teams: state.teams.map((t) => teamOverview(state, t)),
  providerSeats: state.seats
    .filter((s) => s.municipalityId === null)
    .map((s) => ({ seatId: s.id, displayName: s.displayName, joinedAt: s.joinedAt })),
  provider: state.config.providerTeam ? providerMarket(state) : null,
  regionalTable: regionalTableView(state),
  cards: {
    revealed: revealedCards(state),
    next: nextDeckCard(state.cards.deck, state.cards.drawn),
    deckLeft: state.cards.deck
      .filter((id) => !state.cards.drawn.some((d) => d.cardId === id))
      .map((id) => ({
        id,
        title: cardById(id)?.title,
      })),
  },
  rounds: state.rounds.map((r) => ({
    round: r.round,
    years: r.years,
    teams: r.teams,
    regional: r.regional,
    cards: r.cards,
  })),
  results: regionResults(state),
  debrief: state.rounds.length > 0 ? debriefEvidence(state) : null,
});

const teamOverview = (state: GameState, team: TeamState) => {
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
    ...teamDesk(state, team),
    table: teamTable(state, team),
    signals: teamSignals(state, team),
    lenses: Object.fromEntries(lenses.map((l) => [l, lensContent(state, team, l)])),
  };
};

export type FacilitatorView = ReturnType<typeof projectForFacilitator>;
