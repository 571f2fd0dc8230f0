import type { Phase, SessionStatus } from '../model/phases.ts';
import type { GameState } from '../state/game-state.ts';
import { type ErrorCode, type GameError, gameError } from './errors.ts';

/** What the server may want to act on after an accepted action (broadcast, reschedule its timer tick). */
export type Effect =
  | {
      kind: 'phase-changed';
      status: SessionStatus;
      round: number;
      phase: Phase | null;
      deadline: number | null;
    }
  | { kind: 'timer-changed'; deadline: number | null; paused: boolean }
  | { kind: 'card-revealed'; cardId: string; round: number }
  | { kind: 'round-resolved'; round: number; years: number[] }
  | { kind: 'regional-adopted'; proposalId: number }
  | { kind: 'seats-changed' };

export type StepResult = { ok: true; state: GameState; effects?: Effect[] } | { ok: false; error: GameError };

export const ok = (state: GameState, effects: Effect[] = []): StepResult =>
  effects.length > 0 ? { ok: true, state, effects } : { ok: true, state };

export const fail = (code: ErrorCode): StepResult => ({ ok: false, error: gameError(code) });

/** An intermediate result inside a rule: the next state and the effects gathered so far. */
export type Change = { state: GameState; effects: Effect[] };
