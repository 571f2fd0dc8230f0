import type { LoggedAction, LoggedKey, SessionStore } from '../storage/session-store.ts';
import type { Queued } from './step-batch.ts';

/**
 * How many client keys of a session's log an authority keeps; the same assumption as action-ids.ts (2,000,
 * several times what a full lecture hall sends in the minute a retry can take).
 */
export const appliedKeyLimit = 2000;

/**
 * The durable half of idempotent actions (issue 14): the client keys (actor and action id) of a session's
 * logged actions, with their place in the log. action-ids.ts remembers answers in memory only; these come from
 * the log itself, so an authority that rebuilt the session (a restart, a takeover after the old holder died)
 * answers the retry of an action the old one logged but never acknowledged with that action's place in the
 * log, instead of acting twice.
 */
export const createAppliedKeys = (initial: readonly LoggedKey[] = [], limit = appliedKeyLimit) => {
  const seqs = new Map<string, number>();
  const add = (key: string | undefined, seq: number) => {
    if (!key) return;
    seqs.delete(key);
    seqs.set(key, seq);
    if (seqs.size > limit) seqs.delete(seqs.keys().next().value as string);
  };
  for (const { key, seq } of initial) add(key, seq);
  return {
    add,
    /** The keys of log entries another instance wrote (a follower catching up, a takeover). */
    addLogged: (entries: readonly LoggedAction[]) => {
      for (const { key, seq } of entries) add(key, seq);
    },
    /**
     * Splits a batch into the actions to run and the retries of logged ones, each with the seq to answer
     * with; the order of the ones to run is kept.
     */
    partition: (batch: readonly Queued[]) => {
      const fresh: Queued[] = [];
      const repeats: { item: Queued; seq: number }[] = [];
      for (const item of batch) {
        const seq = item.key === undefined ? undefined : seqs.get(item.key);
        if (seq === undefined) fresh.push(item);
        else repeats.push({ item, seq });
      }
      return { fresh, repeats };
    },
  };
};

export type AppliedKeys = ReturnType<typeof createAppliedKeys>;

/** The last keys of a session's log, snapshots notwithstanding (a snapshot does not say what it contains). */
export const loadAppliedKeys = async (store: SessionStore, sessionId: string) =>
  createAppliedKeys(await store.readActionKeys(sessionId, appliedKeyLimit));
