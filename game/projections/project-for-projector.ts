import { debriefEvidence } from '../debrief/debrief-evidence.ts';
import type { GameState } from '../state/game-state.ts';
import {
  publicProviderTeam,
  publicTeams,
  regionalTableView,
  regionResults,
  revealedCards,
  sessionView,
} from './public-views.ts';

/**
 * The projector (GAME.md section 2): public only. The phase and timer, the teams' readiness, the provider
 * team's size when the session has one (join screens offer its seat), the cards, the regional table, the
 * region's results (shown in terugblik) and the debrief once it opens.
 */
export const projectForProjector = (state: GameState) => ({
  kind: 'projector' as const,
  session: sessionView(state),
  teams: publicTeams(state),
  providerTeam: publicProviderTeam(state),
  cards: revealedCards(state),
  regionalTable: regionalTableView(state),
  results: regionResults(state),
  debrief: state.status === 'debrief' || state.status === 'ended' ? debriefEvidence(state) : null,
});

export type ProjectorView = ReturnType<typeof projectForProjector>;
