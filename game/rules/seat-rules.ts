import type { ActionOf } from '../actions/action-schema.ts';
import { providerRole, type SeatRole } from '../model/roles.ts';
import type { GameState, Seat } from '../state/game-state.ts';
import { findSeat, findTeam } from '../state/queries.ts';
import { assignMunicipality, assignRole } from './seat-roles.ts';
import { fail, ok, type StepResult } from './step-result.ts';

const secretsInUse = (state: GameState, token: string, rejoinCode: string, except?: string): boolean =>
  state.seats.some((s) => s.id !== except && (s.token === token || s.rejoinCode === rejoinCode));

/** Where a seat may sit: a municipality of the game for the four roles, the provider team for aanbieder. */
const placeSeat = (
  state: GameState,
  municipalityId: string | null | undefined,
  role: SeatRole | undefined,
): { municipalityId: string | null; role: SeatRole } | { error: StepResult } => {
  if (role === providerRole) {
    if (!state.config.providerTeam) return { error: fail('no-provider-team') };
    if (municipalityId) return { error: fail('invalid-action') };
    return { municipalityId: null, role };
  }
  if (municipalityId === null) return { error: fail('role-needs-municipality') };
  const muni = municipalityId ?? assignMunicipality(state);
  if (!findTeam(state, muni)) return { error: fail('unknown-municipality') };
  return { municipalityId: muni, role: role ?? assignRole(state, muni) };
};

export const join = (state: GameState, a: ActionOf<'join'>, now: number): StepResult => {
  if (findSeat(state, a.seatId)) return fail('seat-exists');
  if (secretsInUse(state, a.seatToken, a.rejoinCode)) return fail('secret-in-use');
  // A returning student rejoins their own seat and is never refused here; only new seats count.
  // Solo play is one student's homework: one seat, whatever the cap says.
  const cap = state.config.mode === 'solo' ? 1 : state.config.maxStudents;
  if (state.seats.length >= cap) return fail('session-full');
  const place = placeSeat(state, a.municipalityId, a.role);
  if ('error' in place) return place.error;
  const seat: Seat = {
    id: a.seatId,
    token: a.seatToken,
    rejoinCode: a.rejoinCode,
    displayName: a.displayName,
    municipalityId: place.municipalityId,
    role: place.role,
    joinedAt: now,
  };
  return ok({ ...state, seats: [...state.seats, seat] }, [{ kind: 'seats-changed' }]);
};

/** A returning student gets a fresh token from the server; the old one stops working. */
export const rejoin = (state: GameState, seatId: string, token: string): StepResult => {
  const seat = findSeat(state, seatId);
  if (!seat) return fail('unknown-seat');
  if (state.seats.some((s) => s.id !== seatId && s.token === token)) return fail('secret-in-use');
  return ok({ ...state, seats: state.seats.map((s) => (s.id === seatId ? { ...s, token } : s)) });
};

/** The seat goes; its roles pass to teammates or bots (seat-roles.ts). Its drafts stay with the team. */
export const removeSeat = (state: GameState, seatId: string): StepResult => {
  if (!findSeat(state, seatId)) return fail('unknown-seat');
  return ok({ ...state, seats: state.seats.filter((s) => s.id !== seatId) }, [{ kind: 'seats-changed' }]);
};

export const moveSeat = (state: GameState, a: ActionOf<'move-seat'>): StepResult => {
  const seat = findSeat(state, a.seatId);
  if (!seat) return fail('unknown-seat');
  const place = placeSeat(state, a.municipalityId, a.role);
  if ('error' in place) return place.error;
  const moved: Seat = { ...seat, municipalityId: place.municipalityId, role: place.role };
  return ok({ ...state, seats: state.seats.map((s) => (s.id === seat.id ? moved : s)) }, [
    { kind: 'seats-changed' },
  ]);
};
