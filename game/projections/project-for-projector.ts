import { debriefEvidence } from '../debrief/debrief-evidence.ts';
import type { GameState } from '../state/game-state.ts';
import { partDeps as deps } from './part-deps.ts';
import { buildAlways, type PartMemo } from './part-memo.ts';
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
export const projectForProjector = (state: GameState, memo: PartMemo = buildAlways) => ({
  kind: 'projector' as const,
  session: memo('session', deps.session(state), () => sessionView(state)),
  teams: memo('public-teams', deps.publicTeams(state), () => publicTeams(state)),
  providerTeam: memo('public-provider-team', deps.seats(state), () => publicProviderTeam(state)),
  cards: memo('cards', deps.cards(state), () => revealedCards(state)),
  regionalTable: memo('regional-table', deps.regionalTable(state), () => regionalTableView(state)),
  results: memo('results', deps.results(state), () => regionResults(state)),
  debrief:
    state.status === 'debrief' || state.status === 'ended'
      ? memo('debrief', deps.debrief(state), () => debriefEvidence(state))
      : null,
});

export type ProjectorView = ReturnType<typeof projectForProjector>;
