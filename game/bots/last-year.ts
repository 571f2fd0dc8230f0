import type { YearReport } from '../../engine/index.ts';
import type { GameState, TeamState } from '../state/game-state.ts';

/** The last completed year of a municipality (undefined before the first resolution). */
export const lastYear = (state: GameState, team: TeamState): YearReport | undefined => {
  const index = state.teams.findIndex((t) => t.id === team.id);
  return state.sim.history[index]?.at(-1);
};

export const lastRegionYear = (state: GameState): YearReport | undefined => state.sim.regionHistory.at(-1);

/** Two decimals: bot moves are small round steps a student can read. */
export const round2 = (x: number): number => Math.round(x * 100) / 100;
