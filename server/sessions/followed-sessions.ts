import type { Effect, GameState } from '../../game/index.ts';
import type { LiveCopies } from './live-copies.ts';
import type { createSessionLock } from './session-lock.ts';

/**
 * An instance's part in sessions another instance decides (issue 14): its follower's copies catch up with the
 * log, one is rebuilt and decided here when its holder stopped, and one deleted elsewhere is let go.
 */
export const createFollowedSessions = ({
  copies,
  lock,
  tell,
  removed,
}: {
  copies: LiveCopies;
  lock: ReturnType<typeof createSessionLock>;
  tell: (sessionId: string, state: GameState, effects: readonly Effect[]) => void;
  removed: (sessionId: string) => void;
}) => ({
  /** A follower's copy catches up with the log (the holder announced more, or a periodic check). */
  catchUp: (sessionId: string) =>
    lock.run(sessionId, async () => {
      const entry = copies.get(sessionId);
      if (entry) await copies.catchUp(entry);
    }),
  /**
   * This instance took the session's lease from a holder that stopped: the copy is rebuilt from the action log
   * (its snapshot and the log after it, or the log on top of the follower's copy) and its timers re-armed.
   */
  takeOver: (sessionId: string) =>
    lock.run(sessionId, async () => {
      const cached = copies.get(sessionId);
      if (cached) await copies.catchUp(cached);
      const entry = await copies.load(sessionId);
      tell(sessionId, entry.state, []);
    }),
  /** The session was deleted through another instance: forget it here and let its clients go. */
  dropped: (sessionId: string) =>
    lock.run(sessionId, async () => {
      copies.forget(sessionId);
      removed(sessionId);
    }),
  /** Log positions of the copies in memory, for the followers' periodic check against the store. */
  liveSeqs: copies.seqs,
});
