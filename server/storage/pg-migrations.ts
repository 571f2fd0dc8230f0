import type { Pool, PoolClient } from 'pg';
import { StoreError } from './store-error.ts';

/**
 * The PostgreSQL schema, one step per version (the same tables as sqlite-migrations.ts, plus the session
 * leases of several instances, sessions/session-lease.ts, and the table where the Socket.IO adapter keeps
 * messages too large for a NOTIFY, realtime/pg-adapter.ts). Steps are only ever appended, never edited.
 * `last_seq` lives on the session row: appends lock that row, so its check and the insert are one step for
 * every instance at once.
 */
export const pgMigrations: readonly string[] = [
  `CREATE TABLE sessions (
     id TEXT PRIMARY KEY,
     join_code TEXT NOT NULL UNIQUE,
     facilitator_token_hash TEXT NOT NULL,
     created_at TEXT NOT NULL,
     status TEXT NOT NULL,
     config TEXT NOT NULL,
     last_seq INTEGER NOT NULL DEFAULT 0,
     created_order BIGSERIAL NOT NULL
   );
   CREATE TABLE actions (
     session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
     seq INTEGER NOT NULL CHECK (seq >= 1),
     action TEXT NOT NULL,
     PRIMARY KEY (session_id, seq)
   );
   CREATE TABLE snapshots (
     session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
     seq INTEGER NOT NULL CHECK (seq >= 0),
     text TEXT NOT NULL,
     PRIMARY KEY (session_id, seq)
   );
   CREATE TABLE session_leases (
     session_id TEXT PRIMARY KEY REFERENCES sessions(id) ON DELETE CASCADE,
     owner TEXT NOT NULL,
     owner_url TEXT NOT NULL,
     expires_at TIMESTAMPTZ NOT NULL
   );
   CREATE TABLE socket_io_attachments (
     id BIGSERIAL UNIQUE,
     created_at TIMESTAMPTZ DEFAULT now(),
     payload BYTEA
   );`,
  // The client's key of a logged action, as in sqlite-migrations.ts.
  'ALTER TABLE actions ADD COLUMN action_key TEXT;',
];

/** Any number: the key of the advisory lock that keeps two instances from migrating at the same moment. */
const migrationLockKey = 1_403_201_914;

const inTransaction = async <T>(client: PoolClient, run: () => Promise<T>): Promise<T> => {
  await client.query('BEGIN');
  try {
    const result = await run();
    await client.query('COMMIT');
    return result;
  } catch (e) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw e;
  }
};

/**
 * Brings the database up to the current schema, each step in its own transaction, under an advisory lock so
 * instances that start together migrate once. Returns the schema version.
 */
export const migratePg = async (pool: Pool, steps: readonly string[] = pgMigrations): Promise<number> => {
  const client = await pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [migrationLockKey]);
    try {
      await client.query('CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)');
      const rows = (await client.query<{ version: number }>('SELECT version FROM schema_version')).rows;
      if (rows.length === 0) await client.query('INSERT INTO schema_version (version) VALUES (0)');
      const current = rows[0]?.version ?? 0;
      if (current > steps.length) {
        throw new StoreError(
          'unsupported_schema',
          `the database has schema version ${current}, newer than this release knows (${steps.length}); upgrade first`,
        );
      }
      for (let version = current; version < steps.length; version++) {
        await inTransaction(client, async () => {
          await client.query(steps[version]!);
          await client.query('UPDATE schema_version SET version = $1', [version + 1]);
        });
      }
      return steps.length;
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [migrationLockKey]);
    }
  } finally {
    client.release();
  }
};
