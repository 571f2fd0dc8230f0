import type { SessionRecord, SessionStore } from '../storage/session-store.ts';
import type { SessionHub } from './session-hub.ts';

const dayMs = 24 * 60 * 60 * 1000;
/** Sweeps run hourly: a session outlives its retention by at most an hour. */
export const retentionSweepIntervalMs = 60 * 60 * 1000;

/**
 * When a session was last touched: the server time of its last action (the end, for a session that was
 * ended), or its creation when nobody ever acted.
 */
export const lastActivity = async (store: SessionStore, record: SessionRecord): Promise<number> => {
  const created = Date.parse(record.createdAt);
  if (record.lastSeq === 0) return created;
  const [last] = await store.readLog(record.id, record.lastSeq);
  const action = last?.action;
  const at = typeof action === 'object' && action !== null && !Array.isArray(action) ? action.at : undefined;
  return typeof at === 'number' ? at : created;
};

/**
 * Deletes every session whose last activity is `retentionDays` or more before `now`: an ended session that
 * long after its end, and an abandoned one that long after anyone last acted. Returns the deleted ids.
 */
export const sweepExpiredSessions = async (
  hub: Pick<SessionHub, 'remove'>,
  store: SessionStore,
  { now, retentionDays }: { now: number; retentionDays: number },
): Promise<string[]> => {
  const removed: string[] = [];
  for (const record of await store.listSessions()) {
    if ((await lastActivity(store, record)) + retentionDays * dayMs > now) continue;
    await hub.remove(record.id);
    removed.push(record.id);
  }
  return removed;
};

/** The sweep at start-up and then hourly; `stop` at shutdown. Errors are reported, never thrown. */
export const startRetention = (
  hub: Pick<SessionHub, 'remove'>,
  store: SessionStore,
  {
    retentionDays,
    clock = Date.now,
    onSwept = () => undefined,
    onError = () => undefined,
  }: {
    retentionDays: number;
    clock?: () => number;
    onSwept?: (removedIds: string[]) => void;
    onError?: (e: unknown) => void;
  },
) => {
  let running: Promise<void> = Promise.resolve();
  const sweep = () => {
    running = sweepExpiredSessions(hub, store, { now: clock(), retentionDays }).then(
      (ids) => (ids.length > 0 ? onSwept(ids) : undefined),
      onError,
    );
    return running;
  };
  const timer = setInterval(sweep, retentionSweepIntervalMs);
  timer.unref();
  return {
    first: sweep(),
    stop: async () => {
      clearInterval(timer);
      await running;
    },
  };
};
