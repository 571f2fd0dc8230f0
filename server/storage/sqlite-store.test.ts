import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { makeTempDir } from '../test-support/temp-dir.ts';
import { describeSessionStoreContract, newSession, rejectsWith } from './session-store-contract.ts';
import { migrate, migrations } from './sqlite-migrations.ts';
import { createSqliteStore, defaultDbFile } from './sqlite-store.ts';

describeSessionStoreContract('sqlite', async () => {
  const temp = await makeTempDir('store');
  const file = join(temp.dir, 'nested', 'dir', 'test.sqlite');
  return {
    store: createSqliteStore({ file }),
    reopen: async () => createSqliteStore({ file }),
    cleanup: temp.remove,
  };
});

const withFile = async (run: (file: string) => Promise<void>) => {
  const temp = await makeTempDir('sqlite');
  try {
    await run(join(temp.dir, 'db.sqlite'));
  } finally {
    await temp.remove();
  }
};

describe('createSqliteStore', () => {
  it('defaults to ./data/monopolycentrisme.sqlite', () => {
    expect(defaultDbFile).toBe('./data/monopolycentrisme.sqlite');
  });

  it('creates the directory and file, in WAL mode, at the newest schema version', () =>
    withFile(async (file) => {
      const store = createSqliteStore({ file });
      await store.close();
      expect(existsSync(file)).toBe(true);
      const db = new BetterSqlite3(file, { readonly: true });
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(db.pragma('user_version', { simple: true })).toBe(migrations.length);
      db.close();
    }));

  it('opens a file written earlier without running its migrations again', () =>
    withFile(async (file) => {
      const first = createSqliteStore({ file });
      await first.createSession(newSession());
      await first.close();
      const second = createSqliteStore({ file });
      expect(await second.listSessions()).toHaveLength(1);
      await second.close();
    }));

  it('brings a file of the first schema up to the action keys and keeps its log (issue 14)', () =>
    withFile(async (file) => {
      const db = new BetterSqlite3(file);
      migrate(db, migrations.slice(0, 1));
      db.prepare(
        `INSERT INTO sessions (id, join_code, facilitator_token_hash, created_at, status, config)
         VALUES ('oud', 'OUD1', 'h', '2026-01-01T00:00:00.000Z', 'active', '{}')`,
      ).run();
      db.prepare(`INSERT INTO actions (session_id, seq, action) VALUES ('oud', 1, '"voor"')`).run();
      db.close();
      const store = createSqliteStore({ file });
      await store.appendActions('oud', 2, ['na'], ['seat:ana:a-1']);
      expect(await store.readLog('oud')).toEqual([
        { seq: 1, action: 'voor' },
        { seq: 2, action: 'na', key: 'seat:ana:a-1' },
      ]);
      await store.close();
      const check = new BetterSqlite3(file, { readonly: true });
      expect(check.pragma('user_version', { simple: true })).toBe(migrations.length);
      check.close();
    }));

  it('refuses a file from a newer release instead of guessing at its schema', () =>
    withFile(async (file) => {
      const db = new BetterSqlite3(file);
      db.pragma(`user_version = ${migrations.length + 1}`);
      db.close();
      expect(() => createSqliteStore({ file })).toThrow(/newer than this release/);
    }));

  it('lets a second connection see appends and turns its stale write into a seq conflict', () =>
    withFile(async (file) => {
      const [a, b] = [createSqliteStore({ file }), createSqliteStore({ file })];
      const s = newSession();
      await a.createSession(s);
      await a.appendAction(s.id, 1, 'from a');
      expect(await b.readLog(s.id)).toEqual([{ seq: 1, action: 'from a' }]);
      await rejectsWith(b.appendAction(s.id, 1, 'from b'), 'seq_conflict');
      await b.appendAction(s.id, 2, 'from b');
      expect((await a.readLog(s.id)).map((e) => e.action)).toEqual(['from a', 'from b']);
      await Promise.all([a.close(), b.close()]);
    }));

  it('keeps every acknowledged append when the process is killed (SIGKILL) mid-run', () =>
    withFile(async (file) => {
      const script = fileURLToPath(new URL('./test-support/append-until-killed.ts', import.meta.url));
      const child = spawn(process.execPath, ['--import', 'tsx', script, file], {
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let acknowledged = 0;
      let stderr = '';
      child.stderr.on('data', (d) => {
        stderr += String(d);
      });
      const exited = new Promise<NodeJS.Signals | null>((done) =>
        child.on('exit', (_code, signal) => done(signal)),
      );
      await new Promise<void>((done, fail) => {
        child.stdout.on('data', (d: Buffer) => {
          const seqs = String(d).trim().split('\n').map(Number);
          acknowledged = Math.max(acknowledged, ...seqs);
          if (acknowledged >= 40) done();
        });
        child.on('exit', () => fail(new Error(`child exited early: ${stderr}`)));
      });
      child.kill('SIGKILL');
      expect(await exited).toBe('SIGKILL');

      const store = createSqliteStore({ file });
      const log = await store.readLog('crash');
      expect(log.length).toBeGreaterThanOrEqual(acknowledged);
      expect(log).toEqual(
        log.map((_, i) => ({ seq: i + 1, action: { seq: i + 1, payload: 'x'.repeat((i + 1) % 50) } })),
      );
      expect((await store.getSession('crash'))?.lastSeq).toBe(log.length);
      await store.close();
    }));
});
