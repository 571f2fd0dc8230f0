import pg from 'pg';
import { toJsonText } from './json-text.ts';
import { migratePg } from './pg-migrations.ts';
import { type SessionRow, toRecord } from './session-row.ts';
import type { SessionStore, Snapshot } from './session-store.ts';
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

/**
 * An append in one statement (one round trip, one commit): lock the session row, and only when its last seq
 * is the one before `firstSeq` insert the actions and move it. Returns the last seq it found.
 */
const appendSql = `WITH locked AS (SELECT last_seq FROM sessions WHERE id = $1 FOR UPDATE),
  ok AS (SELECT 1 FROM locked WHERE last_seq = $4::int - 1),
  inserted AS (
    INSERT INTO actions (session_id, seq, action, action_key)
    SELECT $1, t.seq, t.action, t.action_key
    FROM unnest($2::int[], $3::text[], $6::text[]) AS t(seq, action, action_key)
    WHERE EXISTS (SELECT 1 FROM ok)
    RETURNING seq
  ),
  moved AS (UPDATE sessions SET last_seq = $5 WHERE id = $1 AND EXISTS (SELECT 1 FROM ok) RETURNING id)
  SELECT (SELECT last_seq FROM locked) AS last_seq, (SELECT count(*)::int FROM inserted) AS inserted`;

const sessionColumns = 'id, join_code, facilitator_token_hash, created_at, status, config, last_seq';

/** PostgreSQL's code for a unique violation, and the constraint it names. */
const uniqueViolation = (e: unknown): string | undefined => {
  const err = e as { code?: unknown; constraint?: unknown } | null;
  return err?.code === '23505' ? String(err.constraint ?? '') : undefined;
};

export type PgStoreOptions = {
  /** postgres://user:password@host:port/database */
  connectionString: string;
  /** A schema of its own (created when missing), so tests get an empty database each; `public` by default. */
  schema?: string;
  /** Connections per instance. */
  maxConnections?: number;
  /** Errors of idle connections (the server restarted); the pool replaces the connection by itself. */
  onIdleError?: (e: unknown) => void;
};

export type PgSessionStore = SessionStore & { readonly pool: pg.Pool };

const schemaName = /^[a-z_][a-z0-9_]{0,62}$/;

/**
 * The store of a hosted installation (issue 14): the same contract as the SQLite file, on a PostgreSQL database
 * that several server instances share. The log's primary key (session, seq) and the locked `last_seq` of the
 * session row make a stale writer (an instance that lost its lease) fail with `seq_conflict` instead of forking
 * the log. Migrations run at open, under an advisory lock.
 */
export const createPgStore = async ({
  connectionString,
  schema,
  maxConnections = 10,
  onIdleError = () => undefined,
}: PgStoreOptions): Promise<PgSessionStore> => {
  if (schema !== undefined && !schemaName.test(schema)) throw new Error(`invalid schema name: ${schema}`);
  if (schema) {
    const admin = new pg.Client({ connectionString });
    await admin.connect();
    try {
      // The name is checked above; identifiers cannot be bound parameters.
      await admin.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`).catch((e: unknown) => {
        // Two instances creating it at the same moment: one of them gets a unique violation, and the schema is there.
        if (uniqueViolation(e) === undefined) throw e;
      });
    } finally {
      await admin.end();
    }
  }
  const pool = new pg.Pool({
    connectionString,
    max: maxConnections,
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  });
  pool.on('error', onIdleError);
  try {
    await migratePg(pool);
  } catch (e) {
    await pool.end();
    throw e;
  }
  let closed = false;
  const open = () => {
    if (closed) throw new StoreError('store_closed', 'the store is closed');
  };
  const one = async (sql: string, params: unknown[]) => {
    open();
    const row = (await pool.query<SessionRow>(sql, params)).rows[0];
    return row && toRecord(row);
  };
  const requireSession = async (client: pg.Pool | pg.PoolClient, id: string) => {
    const found = await client.query('SELECT 1 FROM sessions WHERE id = $1', [id]);
    if (found.rowCount === 0) throw sessionNotFound(id);
  };
  /** Runs `work` in one transaction on one connection. */
  const transaction = async <T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> => {
    open();
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (e) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw e;
    } finally {
      client.release();
    }
  };
  /** Locks the session row (every writer of its log queues here) and returns its last seq. */
  const lockLastSeq = async (client: pg.PoolClient, id: string): Promise<number> => {
    const row = (
      await client.query<{ last_seq: number }>('SELECT last_seq FROM sessions WHERE id = $1 FOR UPDATE', [id])
    ).rows[0];
    if (!row) throw sessionNotFound(id);
    return row.last_seq;
  };
  const append = async (
    sessionId: string,
    firstSeq: number,
    texts: readonly string[],
    keys: readonly (string | null)[],
  ) => {
    // A seq that is no whole number above 0 is refused before it reaches the database.
    if (!Number.isSafeInteger(firstSeq) || firstSeq < 1) checkAppendSeq(firstSeq, 0);
    open();
    const seqs = texts.map((_, i) => firstSeq + i);
    let row: { last_seq: number | null; inserted: number } | undefined;
    try {
      row = (
        await pool.query(appendSql, [sessionId, seqs, texts, firstSeq, firstSeq - 1 + texts.length, keys])
      ).rows[0];
    } catch (e) {
      // Two writers that both saw the same last seq: the log's primary key lets one through.
      if (uniqueViolation(e) === 'actions_pkey')
        throw new StoreError('seq_conflict', 'seq taken', { cause: e });
      throw e;
    }
    if (row?.last_seq === null || row?.last_seq === undefined) throw sessionNotFound(sessionId);
    checkAppendSeq(firstSeq, row.last_seq);
  };

  return {
    pool,
    async createSession(meta) {
      const row = checkNewSession(meta);
      open();
      try {
        await pool.query(
          `INSERT INTO sessions (id, join_code, facilitator_token_hash, created_at, status, config)
           VALUES ($1, $2, $3, $4, 'active', $5)`,
          [row.id, row.joinCode, row.facilitatorTokenHash, row.createdAt, row.configText],
        );
      } catch (e) {
        const constraint = uniqueViolation(e);
        if (constraint === 'sessions_pkey')
          throw new StoreError('duplicate_session', `session ${row.id} exists`, { cause: e });
        if (constraint !== undefined)
          throw new StoreError('duplicate_join_code', 'join code in use', { cause: e });
        throw e;
      }
      return (await one(`SELECT ${sessionColumns} FROM sessions WHERE id = $1`, [row.id]))!;
    },
    async appendAction(sessionId, seq, action) {
      open();
      // Serialised before the transaction: a value that is not JSON never reaches the database.
      await append(sessionId, seq, [toJsonText(action, 'action')], [null]);
    },
    async appendActions(sessionId, firstSeq, actions, keys) {
      open();
      const texts = actions.map((a) => toJsonText(a, 'action'));
      await append(sessionId, firstSeq, texts, checkActionKeys(texts.length, keys));
    },
    async readLog(sessionId, fromSeq = 1) {
      open();
      const rows = await pool.query<{ seq: number; action: string; action_key: string | null }>(
        'SELECT seq, action, action_key FROM actions WHERE session_id = $1 AND seq >= $2 ORDER BY seq',
        [sessionId, Math.min(fromSeq, 2 ** 31 - 1)],
      );
      // Only an empty answer needs the second look: no such session, or nothing after fromSeq.
      if (rows.rows.length === 0) await requireSession(pool, sessionId);
      return rows.rows.map((r) => toLogged(r.seq, r.action, r.action_key));
    },
    async readActionKeys(sessionId, limit) {
      open();
      await requireSession(pool, sessionId);
      const rows = await pool.query<{ seq: number; key: string }>(
        `SELECT seq, key FROM (SELECT seq, action_key AS key FROM actions
         WHERE session_id = $1 AND action_key IS NOT NULL ORDER BY seq DESC LIMIT $2) AS last ORDER BY seq`,
        [sessionId, limit],
      );
      return rows.rows;
    },
    getSession: (id) => one(`SELECT ${sessionColumns} FROM sessions WHERE id = $1`, [id]),
    findByJoinCode: (code) => one(`SELECT ${sessionColumns} FROM sessions WHERE join_code = $1`, [code]),
    async listSessions() {
      open();
      const rows = await pool.query<SessionRow>(
        `SELECT ${sessionColumns} FROM sessions ORDER BY created_at, created_order`,
      );
      return rows.rows.map(toRecord);
    },
    async setStatus(id, status) {
      open();
      const checked = checkStatus(status);
      const updated = await pool.query('UPDATE sessions SET status = $2 WHERE id = $1', [id, checked]);
      if (updated.rowCount === 0) throw sessionNotFound(id);
    },
    async putSnapshot(sessionId, seq, text) {
      await transaction(async (client) => {
        checkSnapshotSeq(seq, await lockLastSeq(client, sessionId));
        await client.query(
          `INSERT INTO snapshots (session_id, seq, text) VALUES ($1, $2, $3)
           ON CONFLICT (session_id, seq) DO UPDATE SET text = excluded.text`,
          [sessionId, seq, String(text)],
        );
      });
    },
    async latestSnapshot(sessionId, atOrBeforeSeq = Number.MAX_SAFE_INTEGER) {
      open();
      await requireSession(pool, sessionId);
      const rows = await pool.query<Snapshot>(
        'SELECT seq, text FROM snapshots WHERE session_id = $1 AND seq <= $2 ORDER BY seq DESC LIMIT 1',
        [sessionId, Math.min(atOrBeforeSeq, 2 ** 31 - 1)],
      );
      return rows.rows[0];
    },
    async deleteSnapshots(sessionId) {
      open();
      if (sessionId === undefined) {
        await pool.query('DELETE FROM snapshots');
        return;
      }
      await requireSession(pool, sessionId);
      await pool.query('DELETE FROM snapshots WHERE session_id = $1', [sessionId]);
    },
    async deleteSession(id) {
      // The log, snapshots and lease go with it (ON DELETE CASCADE).
      await transaction(async (client) => {
        await lockLastSeq(client, id);
        await client.query('DELETE FROM sessions WHERE id = $1', [id]);
      });
    },
    async check() {
      open();
      await pool.query('SELECT 1');
    },
    async close() {
      if (closed) return;
      closed = true;
      await pool.end();
    },
  };
};
