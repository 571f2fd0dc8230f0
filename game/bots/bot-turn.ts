import { familyViews } from '../../engine/index.ts';
import { botRoles } from '../rules/seat-roles.ts';
import type { GameState, Signal, TeamState } from '../state/game-state.ts';
import { botLeverChanges } from './bot-levers.ts';
import { botSignals } from './bot-signals.ts';

/**
 * When overleg opens, every role a bot plays puts its draft on the team's table and a bot ervaringsdeskundige
 * raises its signals, so students in a team with bot roles can see and adopt them before they submit.
 */
export const botsPrepare = (state: GameState, now: number): GameState => {
  let nextSignalId = state.nextSignalId;
  const signals: Signal[] = [];
  const teams = state.teams.map((team): TeamState => {
    const bots = botRoles(state, team.id);
    if (bots.includes('ervaringsdeskundige')) {
      const journeys = familyViews(state.sim, team.id);
      for (const s of botSignals(state, team, journeys)) {
        signals.push({
          id: nextSignalId++,
          round: state.round,
          municipalityId: team.id,
          ...s,
          by: 'bot',
          at: now,
          response: null,
        });
      }
    }
    const drafts = { ...team.drafts };
    for (const role of bots) {
      if (role === 'wethouder' || role === 'ervaringsdeskundige') continue;
      const changes = botLeverChanges(state, team, role);
      drafts[role] = Object.keys(changes).length > 0 ? { changes, by: 'bot', at: now } : null;
    }
    return { ...team, drafts };
  });
  return { ...state, teams, signals: [...state.signals, ...signals], nextSignalId };
};
