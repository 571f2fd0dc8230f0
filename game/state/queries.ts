import type { YearReport } from '../../engine/index.ts';
import type { GameState, Seat, TeamState } from './game-state.ts';

export const findSeat = (state: GameState, seatId: string): Seat | undefined =>
  state.seats.find((s) => s.id === seatId);

/** The seat a server-authenticated token belongs to (the server compares tokens; views never carry them). */
export const findSeatByToken = (state: GameState, token: string): Seat | undefined =>
  state.seats.find((s) => s.token === token);

/** The seat a student returns to after a refresh, a sleeping phone or a new device (GAME.md section 2). */
export const findSeatByRejoinCode = (state: GameState, code: string): Seat | undefined =>
  state.seats.find((s) => s.rejoinCode === code);

export const findTeam = (state: GameState, municipalityId: string): TeamState | undefined =>
  state.teams.find((t) => t.id === municipalityId);

export const teamSeats = (state: GameState, municipalityId: string): Seat[] =>
  state.seats.filter((s) => s.municipalityId === municipalityId);

/** The calendar years a round covers. */
export const roundYears = (state: GameState, round: number): number[] => {
  const per = state.config.shortMode ? 2 : 1;
  return Array.from({ length: per }, (_, i) => state.startYear + (round - 1) * per + i);
};

export const replaceTeam = (state: GameState, team: TeamState): GameState => ({
  ...state,
  teams: state.teams.map((t) => (t.id === team.id ? team : t)),
});

/**
 * The years a municipality's screens show: the warm-up's last year first (the baseline round 1 starts from, a
 * year before the session's first), then the years played (issue 15, defect 11). Rules and bots read only the
 * years played.
 */
export const shownYears = (state: GameState, index: number): YearReport[] => {
  const played = state.sim.history[index] ?? [];
  const base = state.sim.baseline?.municipalities[index];
  return base ? [base, ...played] : played;
};

/** What the newest year shown is: its calendar year, and whether it is the warm-up's baseline. */
export const shownYear = (state: GameState, years: readonly YearReport[]) => {
  const y = years.at(-1);
  return y ? { year: y.year, baseline: y.year < state.startYear } : null;
};
