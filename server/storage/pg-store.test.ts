import pg from 'pg';
import { expect, it } from 'vitest';
import { migratePg, pgMigrations } from './pg-migrations.ts';
import { createPgStore } from './pg-store.ts';
import { describeSessionStoreContract, newSession, rejectsWith } from './session-store-contract.ts';
import { describeWithPg, dropSchema, freshSchema } from './test-support/pg-test-database.ts';

describeWithPg('PostgreSQL store', (connectionString) => {
  describeSessionStoreContract('postgresql', async () => {
    const schema = freshSchema('contract');
    const open = () => createPgStore({ connectionString, schema, maxConnections: 4 });
    return { store: await open(), reopen: open, cleanup: () => dropSchema(connectionString, schema) };
  });

  const withSchema = async (run: (schema: string) => Promise<void>) => {
    const schema = freshSchema('store');
    try {
      await run(schema);
    } finally {
      await dropSchema(connectionString, schema);
    }
  };

  it('migrates once when two instances open the same empty database at the same moment', () =>
    withSchema(async (schema) => {
      const [a, b] = await Promise.all([
        createPgStore({ connectionString, schema }),
        createPgStore({ connectionString, schema }),
      ]);
      const version = await a.pool.query<{ version: number }>('SELECT version FROM schema_version');
      expect(version.rows).toEqual([{ version: pgMigrations.length }]);
      await a.createSession(newSession());
      expect(await b.listSessions()).toHaveLength(1);
      await Promise.all([a.close(), b.close()]);
    }));

  it('brings a database of the first schema up to the action keys and keeps its log (issue 14)', () =>
    withSchema(async (schema) => {
      const pool = new pg.Pool({ connectionString, options: `-c search_path=${schema}`, max: 1 });
      await pool.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
      await migratePg(pool, pgMigrations.slice(0, 1));
      await pool.query(
        `INSERT INTO sessions (id, join_code, facilitator_token_hash, created_at, status, config, last_seq)
         VALUES ('oud', 'OUD1', 'h', '2026-01-01T00:00:00.000Z', 'active', '{}', 1)`,
      );
      await pool.query(`INSERT INTO actions (session_id, seq, action) VALUES ('oud', 1, '"voor"')`);
      await pool.end();
      const store = await createPgStore({ connectionString, schema });
      await store.appendActions('oud', 2, ['na'], ['seat:ana:a-1']);
      expect(await store.readLog('oud')).toEqual([
        { seq: 1, action: 'voor' },
        { seq: 2, action: 'na', key: 'seat:ana:a-1' },
      ]);
      const version = await store.pool.query<{ version: number }>('SELECT version FROM schema_version');
      expect(version.rows).toEqual([{ version: pgMigrations.length }]);
      await store.close();
    }));

  it('refuses a database from a newer release instead of guessing at its schema', () =>
    withSchema(async (schema) => {
      const first = await createPgStore({ connectionString, schema });
      await first.pool.query('UPDATE schema_version SET version = $1', [pgMigrations.length + 1]);
      await first.close();
      await expect(createPgStore({ connectionString, schema })).rejects.toThrow(/newer than this release/);
    }));

  it("turns a second instance's stale write into a seq conflict, whichever appends first", () =>
    withSchema(async (schema) => {
      const [a, b] = [
        await createPgStore({ connectionString, schema }),
        await createPgStore({ connectionString, schema }),
      ];
      const s = newSession();
      await a.createSession(s);
      await a.appendActions(s.id, 1, ['a1', 'a2']);
      await rejectsWith(b.appendAction(s.id, 2, 'b2'), 'seq_conflict');
      await b.appendAction(s.id, 3, 'b3');
      expect((await a.readLog(s.id)).map((e) => e.action)).toEqual(['a1', 'a2', 'b3']);
      await Promise.all([a.close(), b.close()]);
    }));
});
