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
      // The log's own end, not the record's: with several instances it may have grown since the record was read.
      return { state: applyLog(base, rest), seq: rest.at(-1)?.seq ?? snapshot.seq };
    } catch {
      // Fall through to a full replay: the log is the truth.
    }
  }
  const log = await store.readLog(record.id);
  return { state: replayFromStart(record.config, log), seq: log.at(-1)?.seq ?? 0 };
};
