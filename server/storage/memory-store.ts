import { fromJsonText, toJsonText } from './json-text.ts';
import type { SessionRecord, SessionStatus, SessionStore, Snapshot } from './session-store.ts';
import {
  checkActionKeys,
  checkAppendSeq,
  checkNewSession,
  checkSnapshotSeq,
  checkStatus,
  sessionNotFound,
  toLogged,
} from './store-checks.ts';
import { StoreError } from './store-error.ts';

type Entry = {
  id: string;
  joinCode: string;
  facilitatorTokenHash: string;
  createdAt: string;
  configText: string;
  status: SessionStatus;
  // JSON text, not objects: callers can never mutate what is stored, and values behave exactly as in SQLite.
  log: string[];
  /** The client's key of each log entry, null where it named none. */
  keys: (string | null)[];
  snapshots: Map<number, string>;
};

const toRecord = (e: Entry): SessionRecord => ({
  id: e.id,
  joinCode: e.joinCode,
  facilitatorTokenHash: e.facilitatorTokenHash,
  createdAt: e.createdAt,
  config: fromJsonText(e.configText),
  status: e.status,
  lastSeq: e.log.length,
});

/** The in-memory double of the SQLite store, for tests and throwaway demo runs; nothing survives the process. */
export const createMemoryStore = (): SessionStore => {
  const sessions = new Map<string, Entry>();
  let closed = false;

  const open = () => {
    if (closed) throw new StoreError('store_closed', 'the store is closed');
  };
  const entry = (id: string): Entry => {
    open();
    const found = sessions.get(id);
    if (!found) throw sessionNotFound(id);
    return found;
  };
  const byJoinCode = (code: string) => [...sessions.values()].find((e) => e.joinCode === code);

  return {
    async createSession(meta) {
      open();
      const row = checkNewSession(meta);
      if (sessions.has(row.id)) throw new StoreError('duplicate_session', `session ${row.id} exists`);
      if (byJoinCode(row.joinCode)) throw new StoreError('duplicate_join_code', 'join code in use');
      const { config: _, ...fields } = row;
      const created: Entry = { ...fields, status: 'active', log: [], keys: [], snapshots: new Map() };
      sessions.set(row.id, created);
      return toRecord(created);
    },
    async appendAction(sessionId, seq, action) {
      const e = entry(sessionId);
      checkAppendSeq(seq, e.log.length);
      e.log.push(toJsonText(action, 'action'));
      e.keys.push(null);
    },
    async appendActions(sessionId, firstSeq, actions, keys) {
      const e = entry(sessionId);
      const texts = actions.map((a) => toJsonText(a, 'action'));
      const checkedKeys = checkActionKeys(texts.length, keys);
      checkAppendSeq(firstSeq, e.log.length);
      e.log.push(...texts);
      e.keys.push(...checkedKeys);
    },
    async readLog(sessionId, fromSeq = 1) {
      const e = entry(sessionId);
      const start = Math.max(1, Math.ceil(fromSeq));
      return e.log.slice(start - 1).map((text, i) => toLogged(start + i, text, e.keys[start - 1 + i]));
    },
    async readActionKeys(sessionId, limit) {
      const e = entry(sessionId);
      const keyed = e.keys.flatMap((key, i) => (key ? [{ seq: i + 1, key }] : []));
      return limit > 0 ? keyed.slice(-limit) : [];
    },
    async getSession(id) {
      open();
      const e = sessions.get(id);
      return e && toRecord(e);
    },
    async findByJoinCode(code) {
      open();
      const e = byJoinCode(code);
      return e && toRecord(e);
    },
    async listSessions() {
      open();
      // Map order is insertion order; the sort makes "oldest first" hold for backdated createdAt too.
      return [...sessions.values()]
        .sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0))
        .map(toRecord);
    },
    async setStatus(id, status) {
      const e = entry(id);
      e.status = checkStatus(status);
    },
    async putSnapshot(sessionId, seq, text) {
      const e = entry(sessionId);
      checkSnapshotSeq(seq, e.log.length);
      e.snapshots.set(seq, String(text));
    },
    async latestSnapshot(sessionId, atOrBeforeSeq = Number.POSITIVE_INFINITY) {
      const e = entry(sessionId);
      let best: Snapshot | undefined;
      for (const [seq, text] of e.snapshots) {
        if (seq <= atOrBeforeSeq && (best === undefined || seq > best.seq)) best = { seq, text };
      }
      return best;
    },
    async deleteSnapshots(sessionId) {
      if (sessionId === undefined) {
        open();
        for (const e of sessions.values()) e.snapshots.clear();
      } else entry(sessionId).snapshots.clear();
    },
    async deleteSession(id) {
      entry(id);
      sessions.delete(id);
    },
    async check() {
      open();
    },
    async close() {
      closed = true;
    },
  };
};
