import type { Effect, GameState } from '../../game/index.ts';
import { AppError } from '../errors/app-error.ts';
import type { SessionRecord, SessionStore } from '../storage/session-store.ts';
import { type AppliedKeys, createAppliedKeys, loadAppliedKeys } from './applied-keys.ts';
import { loadLiveState } from './load-live-state.ts';
import { applyLog } from './replay-log.ts';

/**
 * A session in memory; `applied` holds the client keys of its log (applied-keys.ts); `epoch` is the cluster's
 * hold under which its seq was last checked against the log.
 */
export type Live = {
  record: SessionRecord;
  state: GameState;
  seq: number;
  applied: AppliedKeys;
  epoch?: number;
};

/**
 * The sessions an instance keeps in memory, each rebuilt from its snapshot and log on first use (after a
 * restart, or on the instance that follows or takes over a session) and brought up to the log's end when
 * another instance wrote more. `tell` hears of every copy that moved without an action decided here.
 */
export const createLiveCopies = (
  store: SessionStore,
  tell: (sessionId: string, state: GameState, effects: readonly Effect[]) => void,
) => {
  const live = new Map<string, Live>();

  const load = async (sessionId: string): Promise<Live> => {
    const cached = live.get(sessionId);
    if (cached) return cached;
    const record = await store.getSession(sessionId);
    if (!record) throw new AppError('session_not_found');
    const loaded = await loadLiveState(store, record);
    const applied = await loadAppliedKeys(store, sessionId);
    const entry = live.get(sessionId) ?? { record, ...loaded, applied };
    live.set(sessionId, entry);
    return entry;
  };

  /**
   * Brings a copy up to the end of the log that another instance wrote (a follower's copy, or a takeover:
   * the session rebuilt from the action log); tells the listeners when it moved. Call inside the lock.
   */
  const catchUp = async (entry: Live): Promise<void> => {
    const id = entry.record.id;
    const rest = await store.readLog(id, entry.seq + 1);
    if (rest.length === 0) return;
    try {
      entry.state = applyLog(entry.state, rest);
    } catch (e) {
      // Half applied (the engine moves in place): drop the copy, the next use rebuilds it from the store.
      live.delete(id);
      throw e;
    }
    entry.seq = rest.at(-1)!.seq;
    entry.applied.addLogged(rest);
    if (entry.state.status === 'ended') entry.record = { ...entry.record, status: 'finished' };
    tell(id, entry.state, []);
  };

  return {
    load,
    catchUp,
    /** A session just created here: its copy is its initial state, with an empty log. */
    add: (record: SessionRecord, state: GameState) =>
      void live.set(record.id, { record, state, seq: 0, applied: createAppliedKeys() }),
    get: (sessionId: string) => live.get(sessionId),
    /** Forgets a copy (deleted, or possibly half-changed by a failed batch: the log is the truth). */
    forget: (sessionId: string) => void live.delete(sessionId),
    ids: () => [...live.keys()],
    /** Log positions of the copies, for the followers' periodic check against the store. */
    seqs: () => [...live.entries()].map(([id, entry]) => ({ id, seq: entry.seq })),
  };
};

export type LiveCopies = ReturnType<typeof createLiveCopies>;
