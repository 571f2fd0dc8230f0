import type { GameState, TeamState } from '../state/game-state.ts';

/**
 * What each view part reads, as the state objects it reads them from (see part-memo.ts). The engine state
 * changes only at a resolution, which appends a round record, so `state.rounds` stands for everything read
 * from `state.sim`.
 */
export const partDeps = {
  session: (s: GameState) => [s.status, s.round, s.phase, s.timer, s.config],
  seats: (s: GameState) => [s.seats, s.config],
  lens: (s: GameState, t: TeamState) => [t.decisions, s.rounds],
  desk: (s: GameState, t: TeamState) => [t, s.rounds, s.seats],
  table: (s: GameState, t: TeamState) => [t.shared, t.decisions, s.rounds, s.seats],
  signals: (s: GameState, t: TeamState) => [s.signals, t.decisions, s.rounds, s.seats],
  overview: (s: GameState, t: TeamState) => [t, s.seats, s.signals, s.regional, s.round, s.rounds, s.config],
  publicTeams: (s: GameState) => [s.teams, s.seats, s.config],
  regionalTable: (s: GameState) => [s.regional, s.teams],
  cards: (s: GameState) => [s.cards, s.round],
  results: (s: GameState) => [s.rounds],
  provider: (s: GameState) => [s.providerTeam, s.rounds],
  /** The debrief reads the teams' decisions in force, not their drafts. */
  debrief: (s: GameState) => [s.rounds, s.signals, s.cards, s.config, ...s.teams.map((t) => t.decisions)],
} as const;
