import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { toJsonText } from './json-text.ts';
import { type SessionRow, toRecord } from './session-row.ts';
import type { SessionStore, Snapshot } from './session-store.ts';
import { migrate } from './sqlite-migrations.ts';
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

export const defaultDbFile = './data/monopolycentrisme.sqlite';

const selectSessions = `SELECT s.*, (SELECT COALESCE(MAX(a.seq), 0) FROM actions a WHERE a.session_id = s.id)
  AS last_seq FROM sessions s`;

const openDatabase = (file: string) => {
  if (file !== ':memory:') mkdirSync(dirname(resolve(file)), { recursive: true });
  const db = new BetterSqlite3(file);
  try {
    // WAL: readers (exports, replays) never block the writer. FULL: a reported append survives power loss,
    // worth one fsync per action at classroom rates.
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    // A second process on the same file (a backup, a CLI export) waits instead of failing at once.
    db.pragma('busy_timeout = 5000');
    // Deleted sessions (retention, "delete now") are overwritten with zeros, not left in free pages.
    db.pragma('secure_delete = ON');
    migrate(db);
    return db;
  } catch (e) {
    db.close();
    throw e;
  }
};

const prepareStatements = (db: BetterSqlite3.Database) => ({
  insertSession: db.prepare(
    `INSERT INTO sessions (id, join_code, facilitator_token_hash, created_at, status, config)
     VALUES (?, ?, ?, ?, 'active', ?)`,
  ),
  sessionById: db.prepare<[string], SessionRow>(`${selectSessions} WHERE s.id = ?`),
  sessionByJoinCode: db.prepare<[string], SessionRow>(`${selectSessions} WHERE s.join_code = ?`),
  allSessions: db.prepare<[], SessionRow>(`${selectSessions} ORDER BY s.created_at, s.rowid`),
  hasSession: db.prepare<[string], { one: number }>('SELECT 1 AS one FROM sessions WHERE id = ?'),
  lastSeq: db.prepare<[string], { last: number }>(
    'SELECT COALESCE(MAX(seq), 0) AS last FROM actions WHERE session_id = ?',
  ),
  insertAction: db.prepare('INSERT INTO actions (session_id, seq, action, action_key) VALUES (?, ?, ?, ?)'),
  readLog: db.prepare<[string, number], { seq: number; action: string; action_key: string | null }>(
    'SELECT seq, action, action_key FROM actions WHERE session_id = ? AND seq >= ? ORDER BY seq',
  ),
  readKeys: db.prepare<[string, number], { seq: number; key: string }>(
    `SELECT seq, action_key AS key FROM (SELECT seq, action_key FROM actions
     WHERE session_id = ? AND action_key IS NOT NULL ORDER BY seq DESC LIMIT ?) ORDER BY seq`,
  ),
  setStatus: db.prepare('UPDATE sessions SET status = ? WHERE id = ?'),
  putSnapshot: db.prepare(
    `INSERT INTO snapshots (session_id, seq, text) VALUES (?, ?, ?)
     ON CONFLICT (session_id, seq) DO UPDATE SET text = excluded.text`,
  ),
  latestSnapshot: db.prepare<[string, number], Snapshot>(
    'SELECT seq, text FROM snapshots WHERE session_id = ? AND seq <= ? ORDER BY seq DESC LIMIT 1',
  ),
  deleteSnapshots: db.prepare('DELETE FROM snapshots WHERE session_id = ?'),
  deleteAllSnapshots: db.prepare('DELETE FROM snapshots'),
  deleteLog: db.prepare('DELETE FROM actions WHERE session_id = ?'),
  deleteSession: db.prepare('DELETE FROM sessions WHERE id = ?'),
  ping: db.prepare('SELECT 1'),
});

/**
 * The default store: one SQLite file (created with its directory when missing) in WAL mode. better-sqlite3 is
 * synchronous, so every method runs to completion before the next starts; writes that read first (append,
 * snapshot) run in IMMEDIATE transactions so a second process cannot slip in between the check and the write.
 */
export const createSqliteStore = ({ file = defaultDbFile }: { file?: string } = {}): SessionStore => {
  const db = openDatabase(file);
  const sql = prepareStatements(db);
  let closed = false;

  const open = () => {
    if (closed) throw new StoreError('store_closed', 'the store is closed');
  };
  const requireSession = (id: string) => {
    open();
    if (!sql.hasSession.get(id)) throw sessionNotFound(id);
  };
  const lastSeqOf = (id: string) => sql.lastSeq.get(id)?.last ?? 0;

  const createSession = db.transaction((row: ReturnType<typeof checkNewSession>) => {
    if (sql.hasSession.get(row.id)) throw new StoreError('duplicate_session', `session ${row.id} exists`);
    if (sql.sessionByJoinCode.get(row.joinCode))
      throw new StoreError('duplicate_join_code', 'join code in use');
    sql.insertSession.run(row.id, row.joinCode, row.facilitatorTokenHash, row.createdAt, row.configText);
  });
  const appendAction = db.transaction((sessionId: string, seq: number, text: string) => {
    requireSession(sessionId);
    checkAppendSeq(seq, lastSeqOf(sessionId));
    sql.insertAction.run(sessionId, seq, text, null);
  });
  const deleteSession = db.transaction((id: string) => {
    requireSession(id);
    sql.deleteSnapshots.run(id);
    sql.deleteLog.run(id);
    sql.deleteSession.run(id);
  });
  const appendActions = db.transaction(
    (sessionId: string, firstSeq: number, texts: readonly string[], keys: readonly (string | null)[]) => {
      requireSession(sessionId);
      checkAppendSeq(firstSeq, lastSeqOf(sessionId));
      for (const [i, text] of texts.entries()) sql.insertAction.run(sessionId, firstSeq + i, text, keys[i]);
    },
  );
  const putSnapshot = db.transaction((sessionId: string, seq: number, text: string) => {
    requireSession(sessionId);
    checkSnapshotSeq(seq, lastSeqOf(sessionId));
    sql.putSnapshot.run(sessionId, seq, text);
  });

  return {
    async createSession(meta) {
      open();
      createSession.immediate(checkNewSession(meta));
      return toRecord(sql.sessionById.get(meta.id)!);
    },
    async appendAction(sessionId, seq, action) {
      open();
      // Serialised before the transaction: a value that is not JSON never gets near the file.
      appendAction.immediate(sessionId, seq, toJsonText(action, 'action'));
    },
    async appendActions(sessionId, firstSeq, actions, keys) {
      open();
      const texts = actions.map((a) => toJsonText(a, 'action'));
      appendActions.immediate(sessionId, firstSeq, texts, checkActionKeys(texts.length, keys));
    },
    async readLog(sessionId, fromSeq = 1) {
      requireSession(sessionId);
      return sql.readLog.all(sessionId, fromSeq).map((r) => toLogged(r.seq, r.action, r.action_key));
    },
    async readActionKeys(sessionId, limit) {
      requireSession(sessionId);
      return sql.readKeys.all(sessionId, limit);
    },
    async getSession(id) {
      open();
      const row = sql.sessionById.get(id);
      return row && toRecord(row);
    },
    async findByJoinCode(code) {
      open();
      const row = sql.sessionByJoinCode.get(code);
      return row && toRecord(row);
    },
    async listSessions() {
      open();
      return sql.allSessions.all().map(toRecord);
    },
    async setStatus(id, status) {
      requireSession(id);
      sql.setStatus.run(checkStatus(status), id);
    },
    async putSnapshot(sessionId, seq, text) {
      open();
      putSnapshot.immediate(sessionId, seq, String(text));
    },
    async latestSnapshot(sessionId, atOrBeforeSeq = Number.MAX_SAFE_INTEGER) {
      requireSession(sessionId);
      return sql.latestSnapshot.get(sessionId, atOrBeforeSeq);
    },
    async deleteSnapshots(sessionId) {
      if (sessionId === undefined) {
        open();
        sql.deleteAllSnapshots.run();
        return;
      }
      requireSession(sessionId);
      sql.deleteSnapshots.run(sessionId);
    },
    async deleteSession(id) {
      open();
      deleteSession.immediate(id);
      // The old pages also sit in the write-ahead log until a checkpoint: move them out of it now.
      db.pragma('wal_checkpoint(TRUNCATE)');
    },
    async check() {
      open();
      sql.ping.get();
    },
    async close() {
      if (closed) return;
      closed = true;
      db.close();
    },
  };
};
