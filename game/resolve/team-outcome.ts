import type { Decisions } from '../../engine/index.ts';
import { botLeverChanges } from '../bots/bot-levers.ts';
import { botResponse } from '../bots/bot-signals.ts';
import { botRoles } from '../rules/seat-roles.ts';
import { mergedDrafts, validateDecisions } from '../rules/team-decisions.ts';
import type {
  By,
  DecisionSource,
  GameState,
  Signal,
  SignalResponseKind,
  TeamState,
} from '../state/game-state.ts';

export type TeamOutcome = { decided: Decisions; source: DecisionSource; by: By | null };

/**
 * What a team's decisions for the coming year are: the wethouder's submission; or, when a bot plays the
 * wethouder, the decisions in force with the team's drafts and every bot role's own moves; or, when a
 * student wethouder did not submit in time, last year's decisions unchanged (GAME.md section 1).
 */
export const teamOutcome = (state: GameState, team: TeamState): TeamOutcome => {
  if (team.submission)
    return { decided: team.submission.decisions, source: 'submitted', by: team.submission.by };
  const bots = botRoles(state, team.id);
  if (!bots.includes('wethouder')) return { decided: team.decisions, source: 'kept', by: null };
  const botMoves = bots.map((r) => botLeverChanges(state, team, r));
  const candidate = Object.assign({ ...team.decisions, ...mergedDrafts(team) }, ...botMoves);
  return { decided: validateDecisions(team, candidate) ?? team.decisions, source: 'bot', by: 'bot' };
};

/** Weight of each answer to a signal in the team's signal response (assumption; unanswered counts 0). */
const RESPONSE_WEIGHT: Record<SignalResponseKind, number> = { act: 1, note: 0.4, dismiss: 0 };

/**
 * No signal on the table: when a student holds the ervaringsdeskundige role and families' journeys have
 * begun, the structure met families but nothing reached the team (assumption: half). A bot
 * ervaringsdeskundige, or a round before any journey began, leaves the engine's own assumption (1).
 */
export const NO_SIGNALS_RESPONSE = 0.5;
export const MODEL_SIGNAL_RESPONSE = 1;

export const silentResponse = (state: GameState, team: TeamState): number => {
  const index = state.teams.findIndex((t) => t.id === team.id);
  const begun = state.sim.families.some((f) => f.municipality === index && f.events.length > 0);
  return begun && !botRoles(state, team.id).includes('ervaringsdeskundige')
    ? NO_SIGNALS_RESPONSE
    : MODEL_SIGNAL_RESPONSE;
};

/** Signals of this round answered by the bot where a bot plays the wethouder. */
export const botAnsweredSignals = (state: GameState, at: number): Signal[] =>
  state.signals.map((s) => {
    if (s.round !== state.round || s.response) return s;
    const team = state.teams.find((t) => t.id === s.municipalityId);
    if (!team || !botRoles(state, team.id).includes('wethouder')) return s;
    return { ...s, response: { kind: botResponse(team), by: 'bot', at } };
  });

/** How the team answered this round's signals, 0-1: the engine's signalResponse (M11). */
export const signalResponse = (
  signals: readonly Signal[],
  round: number,
  municipalityId: string,
  silent = NO_SIGNALS_RESPONSE,
): number => {
  const mine = signals.filter((s) => s.round === round && s.municipalityId === municipalityId);
  if (mine.length === 0) return silent;
  const total = mine.reduce((sum, s) => sum + (s.response ? RESPONSE_WEIGHT[s.response.kind] : 0), 0);
  return total / mine.length;
};
