import type { GameState, Timer } from '../state/game-state.ts';
import { advancePhase } from './phase-flow.ts';
import { type Effect, fail, ok, type StepResult } from './step-result.ts';

const timerChanged = (t: Timer): Effect => ({
  kind: 'timer-changed',
  deadline: t.deadline,
  paused: t.pausedRemainingMs !== null,
});

const withTimer = (state: GameState, timer: Timer): StepResult =>
  ok({ ...state, timer }, [timerChanged(timer)]);

export const pauseTimer = (state: GameState, now: number): StepResult => {
  const t = state.timer;
  if (t.pausedRemainingMs !== null) return fail('already-paused');
  if (t.deadline === null) return fail('no-timer');
  return withTimer(state, { ...t, deadline: null, pausedRemainingMs: Math.max(0, t.deadline - now) });
};

export const resumeTimer = (state: GameState, now: number): StepResult => {
  const t = state.timer;
  if (t.pausedRemainingMs === null) return fail('not-paused');
  return withTimer(state, { ...t, deadline: now + t.pausedRemainingMs, pausedRemainingMs: null });
};

/** More time; in a phase without a timer this starts one. */
export const extendTimer = (state: GameState, seconds: number, now: number): StepResult => {
  const t = state.timer;
  const ms = seconds * 1000;
  if (t.pausedRemainingMs !== null)
    return withTimer(state, { ...t, pausedRemainingMs: t.pausedRemainingMs + ms });
  return withTimer(state, { ...t, deadline: (t.deadline ?? now) + ms });
};

/**
 * The server's clock tick: at or after the deadline the phase moves on. A tick that changes nothing returns
 * the very same state object, so the server need not store it.
 */
export const timerTick = (state: GameState, now: number): StepResult => {
  const t = state.timer;
  if (state.status !== 'rounds' || t.deadline === null || t.pausedRemainingMs !== null || now < t.deadline)
    return ok(state);
  const next = advancePhase(state, now);
  return ok(next.state, next.effects);
};
