import type { GameState } from '../../game/index.ts';
import type { SessionHub } from './session-hub.ts';

/** Longest single setTimeout Node keeps exact (about 24.8 days); longer deadlines are re-armed. */
const MAX_DELAY_MS = 2 ** 31 - 1;

/**
 * The server-side phase timer: the rules are pure, so time moves the game only through a `timer-tick` action
 * the server sends at the deadline. One timeout per session, re-armed after every change and at start-up.
 */
export const createSessionTimers = (
  hub: SessionHub,
  {
    clock = Date.now,
    onError = (_e: unknown) => undefined,
  }: { clock?: () => number; onError?: (e: unknown) => void } = {},
) => {
  const timeouts = new Map<string, NodeJS.Timeout>();

  const tick = (sessionId: string) => {
    timeouts.delete(sessionId);
    hub.dispatch(sessionId, { kind: 'system' }, { type: 'timer-tick' }).catch(onError);
  };

  const arm = (sessionId: string, state: GameState) => {
    clearTimeout(timeouts.get(sessionId));
    timeouts.delete(sessionId);
    const deadline = state.timer.deadline;
    if (state.status !== 'rounds' || deadline === null) return;
    const delay = Math.min(MAX_DELAY_MS, Math.max(0, deadline - clock()));
    timeouts.set(
      sessionId,
      setTimeout(() => (deadline - clock() > 0 ? arm(sessionId, state) : tick(sessionId)), delay),
    );
  };

  hub.onChange((sessionId, state) => arm(sessionId, state));

  return {
    /** Arms every session now in memory (after `hub.loadActive()` at start-up). */
    armAll: async () => {
      for (const id of hub.liveSessionIds()) arm(id, (await hub.current(id)).state);
    },
    stop: () => {
      for (const t of timeouts.values()) clearTimeout(t);
      timeouts.clear();
    },
  };
};
