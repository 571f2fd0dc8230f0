import { deserializeGame, type GameState } from '../../game/index.ts';
import type { SessionRecord, SessionStore } from '../storage/session-store.ts';
import { applyLog, replayFromStart } from './replay-log.ts';

/**
 * A session's current state after a restart: the newest snapshot plus the log after it, or, when the
 * snapshot is missing or unreadable (a cache only), the whole log from the config.
 */
export const loadLiveState = async (
  store: SessionStore,
  record: SessionRecord,
): Promise<{ state: GameState; seq: number }> => {
  const snapshot = await store.latestSnapshot(record.id);
  if (snapshot) {
    try {
      const base = deserializeGame(snapshot.text);
      const rest = await store.readLog(record.id, snapshot.seq + 1);
      return { state: applyLog(base, rest), seq: record.lastSeq };
    } catch {
      // Fall through to a full replay: the log is the truth.
    }
  }
  return { state: replayFromStart(record.config, await store.readLog(record.id)), seq: record.lastSeq };
};
