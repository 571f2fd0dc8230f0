import { debriefEvidence } from '../debrief/debrief-evidence.ts';
import type { GameState } from '../state/game-state.ts';
import { publicTeams, regionalTableView, regionResults, revealedCards, sessionView } from './public-views.ts';

/**
 * The projector (GAME.md section 2): public only. The phase and timer, the teams' readiness, the cards, the
 * regional table, the region's results (shown in terugblik) and the debrief once it opens.
 */
export const projectForProjector = (state: GameState) => ({
  kind: 'projector' as const,
  session: sessionView(state),
  teams: publicTeams(state),
  cards: revealedCards(state),
  regionalTable: regionalTableView(state),
  results: regionResults(state),
  debrief: state.status === 'debrief' || state.status === 'ended' ? debriefEvidence(state) : null,
});

export type ProjectorView = ReturnType<typeof projectForProjector>;
