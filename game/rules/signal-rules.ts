import type { ActionOf } from '../actions/action-schema.ts';
import { isDecisionPhase } from '../model/phases.ts';
import type { GameState, Seat } from '../state/game-state.ts';
import { seatHolds } from './seat-roles.ts';
import { fail, ok, type StepResult } from './step-result.ts';

export const familyExists = (state: GameState, municipalityId: string, familyKey: string): boolean => {
  const index = state.teams.findIndex((t) => t.id === municipalityId);
  return state.sim.families.some((f) => f.municipality === index && f.key === familyKey);
};

/**
 * The ervaringsdeskundige raises a signal from a family's journey (GAME.md section 4). The same family and
 * aspect once per round.
 */
export const raiseSignal = (
  state: GameState,
  seat: Seat,
  a: ActionOf<'raise-signal'>,
  now: number,
): StepResult => {
  if (!isDecisionPhase(state.phase)) return fail('wrong-phase');
  const muni = seat.municipalityId;
  if (!muni) return fail('not-authorised');
  if (!seatHolds(state, seat, 'ervaringsdeskundige')) return fail('not-your-role');
  if (!familyExists(state, muni, a.familyKey)) return fail('unknown-family');
  const twice = state.signals.some(
    (s) =>
      s.round === state.round &&
      s.municipalityId === muni &&
      s.familyKey === a.familyKey &&
      s.aspect === a.aspect,
  );
  if (twice) return fail('no-change');
  const signal = {
    id: state.nextSignalId,
    round: state.round,
    municipalityId: muni,
    familyKey: a.familyKey,
    aspect: a.aspect,
    by: seat.id,
    at: now,
    response: null,
  };
  return ok({ ...state, signals: [...state.signals, signal], nextSignalId: state.nextSignalId + 1 });
};

/**
 * The team answers a signal of this round: act on it, note it, or set it aside. Any role but the
 * ervaringsdeskundige's own answers (a student holding both roles may); the answer feeds the learning stock
 * only with structural ervaringskennis (M11), otherwise the signal is decor (001:2703).
 */
export const respondSignal = (
  state: GameState,
  seat: Seat,
  a: ActionOf<'respond-signal'>,
  now: number,
): StepResult => {
  if (!isDecisionPhase(state.phase)) return fail('wrong-phase');
  const signal = state.signals.find((s) => s.id === a.signalId);
  if (!signal) return fail('unknown-signal');
  if (signal.municipalityId !== seat.municipalityId) return fail('not-your-signal');
  if (signal.round !== state.round) return fail('wrong-phase');
  if (!(['wethouder', 'inkoper', 'professional'] as const).some((r) => seatHolds(state, seat, r)))
    return fail('not-your-role');
  const response = { kind: a.response, by: seat.id, at: now };
  return ok({ ...state, signals: state.signals.map((s) => (s.id === signal.id ? { ...s, response } : s)) });
};
