import type { Database } from 'better-sqlite3';
import { StoreError } from './store-error.ts';

/**
 * The schema, one step per version: step i takes `PRAGMA user_version` from i to i + 1. Steps are only ever
 * appended, never edited, because files written by an older release must still open.
 */
export const migrations: readonly string[] = [
  `CREATE TABLE sessions (
     id TEXT PRIMARY KEY,
     join_code TEXT NOT NULL UNIQUE,
     facilitator_token_hash TEXT NOT NULL,
     created_at TEXT NOT NULL,
     status TEXT NOT NULL,
     config TEXT NOT NULL
   );
   CREATE TABLE actions (
     session_id TEXT NOT NULL REFERENCES sessions(id),
     seq INTEGER NOT NULL CHECK (seq >= 1),
     action TEXT NOT NULL,
     PRIMARY KEY (session_id, seq)
   ) WITHOUT ROWID;
   CREATE TABLE snapshots (
     session_id TEXT NOT NULL REFERENCES sessions(id),
     seq INTEGER NOT NULL CHECK (seq >= 0),
     text TEXT NOT NULL,
     PRIMARY KEY (session_id, seq)
   ) WITHOUT ROWID;`,
  // The client's key of a logged action (actor and action id), so a new authority knows which retries are
  // logged already (sessions/applied-keys.ts). Old entries have none.
  'ALTER TABLE actions ADD COLUMN action_key TEXT;',
];

/** Brings the file up to the current schema, each step in its own transaction so a failed step leaves no trace. */
export const migrate = (db: Database, steps: readonly string[] = migrations): number => {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > steps.length) {
    throw new StoreError(
      'unsupported_schema',
      `the database has schema version ${current}, newer than this release knows (${steps.length}); upgrade first`,
    );
  }
  for (let version = current; version < steps.length; version++) {
    db.transaction(() => {
      db.exec(steps[version]!);
      // PRAGMA takes no bound parameters; the value is our own loop counter.
      db.pragma(`user_version = ${version + 1}`);
    })();
  }
  return steps.length;
};
