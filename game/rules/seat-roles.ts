import { type Role, roleFillOrder, type SeatRole } from '../model/roles.ts';
import type { GameState, Seat } from '../state/game-state.ts';
import { teamSeats } from '../state/queries.ts';

/**
 * Roles nobody holds in a team with students. With emptyRoles 'merge' they are handed round-robin to the
 * team's students in the order they joined, so one student alone holds all four roles and two students
 * share them evenly; with 'bot' a bot plays them. A team without students is played entirely by bots.
 */
const uncoveredRoles = (seats: readonly Seat[]): Role[] =>
  roleFillOrder.filter((r) => !seats.some((s) => s.role === r));

export const seatRolesOf = (state: GameState, seat: Seat): SeatRole[] => {
  if (seat.municipalityId === null) return [seat.role];
  const seats = teamSeats(state, seat.municipalityId);
  const own: SeatRole[] = [seat.role];
  if (state.config.emptyRoles !== 'merge') return own;
  const index = seats.findIndex((s) => s.id === seat.id);
  const merged = uncoveredRoles(seats).filter((_, i) => i % seats.length === index);
  return [...own, ...merged];
};

export const seatHolds = (state: GameState, seat: Seat, role: SeatRole): boolean =>
  seatRolesOf(state, seat).includes(role);

/** Roles of a municipality that a bot plays. */
export const botRoles = (state: GameState, municipalityId: string): Role[] => {
  const seats = teamSeats(state, municipalityId);
  if (seats.length === 0) return [...roleFillOrder];
  return state.config.emptyRoles === 'bot' ? uncoveredRoles(seats) : [];
};

export const isBotTeam = (state: GameState, municipalityId: string): boolean =>
  teamSeats(state, municipalityId).length === 0;

/**
 * The role a student gets when they do not pick one: the first role of the fill order nobody in the team
 * holds yet, else the role held by fewest students (a fifth student doubles a role).
 */
export const assignRole = (state: GameState, municipalityId: string): Role => {
  const seats = teamSeats(state, municipalityId);
  const count = (r: Role) => seats.filter((s) => s.role === r).length;
  return roleFillOrder.reduce((best, r) => (count(r) < count(best) ? r : best), roleFillOrder[0]);
};

/** The municipality a student gets when they do not pick one: the one with fewest students, first in order. */
export const assignMunicipality = (state: GameState): string => {
  const count = (id: string) => teamSeats(state, id).length;
  return state.teams.reduce((best, t) => (count(t.id) < count(best.id) ? t : best), state.teams[0]).id;
};
