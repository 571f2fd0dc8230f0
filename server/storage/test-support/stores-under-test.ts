import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe } from 'vitest';
import { makeTempDir } from '../../test-support/temp-dir.ts';
import { createMemoryStore } from '../memory-store.ts';
import { createPgStore } from '../pg-store.ts';
import type { SessionStore } from '../session-store.ts';
import { createSqliteStore } from '../sqlite-store.ts';
import { describeWithPg, dropSchema, freshSchema } from './pg-test-database.ts';

export type StoreKind = 'memory' | 'sqlite' | 'postgresql';

/**
 * Where one test's sessions live: an in-memory store, a SQLite file in a temporary directory, or a PostgreSQL
 * schema of its own (so test files running in parallel never see each other's sessions).
 */
export type StorePlace = {
  kind: StoreKind;
  /** Opens the place's data; a second call opens it again, as a restarted server would (not for memory). */
  open: () => Promise<SessionStore>;
  /** Every text the database keeps (file bytes, or every table row), for checks of what is stored at rest. */
  storedText: () => Promise<string>;
  /** Closes what `open` opened and deletes the data. */
  remove: () => Promise<void>;
};

const memoryPlace = async (): Promise<StorePlace> => {
  const store = createMemoryStore();
  return {
    kind: 'memory',
    open: async () => store,
    storedText: () => Promise.reject(new Error('a memory store keeps nothing at rest')),
    remove: () => store.close(),
  };
};

const sqlitePlace = async (): Promise<StorePlace> => {
  const temp = await makeTempDir('place');
  const file = join(temp.dir, 'monopolycentrisme.sqlite');
  const opened: SessionStore[] = [];
  return {
    kind: 'sqlite',
    open: async () => {
      const store = createSqliteStore({ file });
      opened.push(store);
      return store;
    },
    storedText: async () =>
      [file, `${file}-wal`]
        .filter(existsSync)
        .map((f) => readFileSync(f).toString('latin1'))
        .join(''),
    remove: async () => {
      for (const s of opened) await s.close();
      await temp.remove();
    },
  };
};

/** The tables of a session's data in PostgreSQL (storage/pg-migrations.ts). */
const pgTables = ['sessions', 'actions', 'snapshots', 'session_leases'];

const pgPlace = async (connectionString: string): Promise<StorePlace> => {
  const schema = freshSchema('place');
  const opened: SessionStore[] = [];
  const open = async () => {
    const store = await createPgStore({ connectionString, schema, maxConnections: 4 });
    opened.push(store);
    return store;
  };
  return {
    kind: 'postgresql',
    open,
    storedText: async () => {
      const store = await createPgStore({ connectionString, schema, maxConnections: 1 });
      try {
        const texts: string[] = [];
        for (const table of pgTables) {
          // Table names from the list above; a row's text form holds every column.
          const rows = await store.pool.query<{ row: string }>(`SELECT t::text AS row FROM ${table} t`);
          texts.push(...rows.rows.map((r) => r.row));
        }
        return texts.join('\n');
      } finally {
        await store.close();
      }
    },
    remove: async () => {
      for (const s of opened) await s.close();
      await dropSchema(connectionString, schema);
    },
  };
};

/**
 * Defines `suite` once on the store it always ran on (`memory` or `sqlite`) and once more on PostgreSQL, each
 * in a describe named after its store. The PostgreSQL run follows describeWithPg: skipped with the reason
 * outside CI when DATABASE_URL cannot be reached, failing in CI.
 */
export const describeEachStore = (
  name: string,
  base: 'memory' | 'sqlite',
  suite: (place: () => Promise<StorePlace>, kind: StoreKind) => void,
) => {
  describe(`${name} (${base})`, () => suite(base === 'memory' ? memoryPlace : sqlitePlace, base));
  describeWithPg(`${name} (postgresql)`, (url) => suite(() => pgPlace(url), 'postgresql'));
};

/**
 * One store for all tests of a describe, each test with sessions of its own: opened before the first, closed
 * and deleted after the last. Call inside the describe; the getter gives the open store.
 */
export const sharedStore = (place: () => Promise<StorePlace>) => {
  let data: StorePlace | undefined;
  let store: SessionStore | undefined;
  beforeAll(async () => {
    data = await place();
    store = await data.open();
  });
  afterAll(() => data?.remove());
  return () => {
    if (!store) throw new Error('the shared store is opened before the first test');
    return store;
  };
};

/** A store of one test's own (on PostgreSQL a schema of its own); `cleanups` closes and deletes it afterwards. */
export const storeForTest = async (
  place: () => Promise<StorePlace>,
  cleanups: Array<() => Promise<void>>,
): Promise<SessionStore> => {
  const data = await place();
  cleanups.push(data.remove);
  return data.open();
};
