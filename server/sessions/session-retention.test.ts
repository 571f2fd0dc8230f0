import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { tinyConfig } from '../../game/test-support/tiny-game.ts';
import type { SessionStore } from '../storage/session-store.ts';
import { createSqliteStore } from '../storage/sqlite-store.ts';
import {
  describeEachStore,
  type StorePlace,
  storeForTest,
} from '../storage/test-support/stores-under-test.ts';
import { makeTempDir } from '../test-support/temp-dir.ts';
import { createSessionHub } from './session-hub.ts';
import { startRetention, sweepExpiredSessions } from './session-retention.ts';
import {
  createSession,
  del,
  get,
  join as joinSeat,
  post,
  seatedSession,
  setup,
} from './test-support/session-routes-harness.ts';

// Issue 11, data protection: sessions are deleted after a retention period, or at once by the facilitator.
const day = 24 * 60 * 60 * 1000;
const T0 = Date.parse('2026-03-01T09:00:00Z');
const facilitator = { kind: 'facilitator' } as const;
const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
});

const hubAt = (store: SessionStore) => {
  let now = T0;
  const hub = createSessionHub({ store, clock: () => now, newSeed: () => 3 });
  return { hub, setNow: (t: number) => (now = t) };
};

/** A store of this test's own (on PostgreSQL a schema of its own, so the sweep sees only this test's sessions). */
const storeIn = (place: () => Promise<StorePlace>) => storeForTest(place, cleanups);

// On the in-memory store and on PostgreSQL (issue 14).
describeEachStore('retention', 'memory', (place) => {
  it('deletes a session 30 days after its end or last action, and keeps younger ones', async () => {
    const store = await storeIn(place);
    const { hub, setNow } = hubAt(store);
    const config = tinyConfig() as Record<string, unknown>;
    const ended = (await hub.create(config)).record.id;
    await hub.join(ended, { displayName: 'Ana' });
    setNow(T0 + 2 * day);
    await hub.dispatch(ended, facilitator, { type: 'end-session' });
    const untouched = (await hub.create(config)).record.id;
    const busy = (await hub.create(config)).record.id;
    setNow(T0 + 10 * day);
    await hub.join(busy, { displayName: 'Bo' });

    const sweep = (now: number) => sweepExpiredSessions(hub, store, { now, retentionDays: 30 });
    expect(await sweep(T0 + 31 * day)).toEqual([]);
    // Ended on day 2, created on day 2 without any action: both are due on day 32; the busy one on day 40.
    expect((await sweep(T0 + 32 * day)).sort()).toEqual([ended, untouched].sort());
    expect((await store.listSessions()).map((s) => s.id)).toEqual([busy]);
    expect(await sweep(T0 + 39 * day)).toEqual([]);
    expect(await sweep(T0 + 40 * day)).toEqual([busy]);
  });

  it('uses the configured number of days, and sweeps at start-up', async () => {
    const store = await storeIn(place);
    const { hub } = hubAt(store);
    await hub.create(tinyConfig() as Record<string, unknown>);
    const swept: string[][] = [];
    const keep = startRetention(hub, store, { retentionDays: 8, clock: () => T0 + 7 * day });
    await keep.first;
    await keep.stop();
    expect(await store.listSessions()).toHaveLength(1);
    const drop = startRetention(hub, store, {
      retentionDays: 7,
      clock: () => T0 + 7 * day,
      onSwept: (ids) => swept.push(ids),
    });
    await drop.first;
    await drop.stop();
    expect(await store.listSessions()).toHaveLength(0);
    expect(swept).toHaveLength(1);
  });
});

describeEachStore('DELETE /api/sessions/:id (the facilitator deletes now)', 'memory', (place) => {
  it('is for the facilitator only, and afterwards the session, its code and its seats are gone', async () => {
    const { app, store } = await setup({ store: await storeIn(place) });
    const { session, ana } = await seatedSession(app);
    const url = `/api/sessions/${session.sessionId}`;
    expect((await del(app, url)).statusCode).toBe(401);
    expect((await del(app, url, ana.seatToken)).statusCode).toBe(403);
    // Export first, as the console's button does; then delete.
    expect((await get(app, `${url}/export`, session.facilitatorToken)).statusCode).toBe(200);
    expect((await del(app, url, session.facilitatorToken)).statusCode).toBe(204);
    expect(await store.listSessions()).toEqual([]);
    expect((await get(app, `${url}/view`, session.facilitatorToken)).statusCode).toBe(404);
    expect((await get(app, `${url}/view`, ana.seatToken)).statusCode).toBe(404);
    expect((await get(app, `/api/join/${session.joinCode}`)).statusCode).toBe(404);
    expect((await del(app, url, session.facilitatorToken)).statusCode).toBe(404);
  });
});

describe('DELETE /api/sessions/:id on the SQLite file', () => {
  it('leaves no display name in the SQLite file (secure delete, log checkpointed)', async () => {
    const { dir, remove } = await makeTempDir('retention');
    cleanups.push(remove);
    const file = join(dir, 'monopolycentrisme.sqlite');
    const store = createSqliteStore({ file });
    const { app } = await setup({ store });
    const session = await createSession(app);
    const name = 'Zwaantje-Vandersloot-Kwartel';
    await joinSeat(app, session.joinCode, { displayName: name });
    const bytes = () =>
      [file, `${file}-wal`]
        .filter(existsSync)
        .map((f) => readFileSync(f).toString('latin1'))
        .join('');
    expect(bytes()).toContain(name);
    expect((await del(app, `/api/sessions/${session.sessionId}`, session.facilitatorToken)).statusCode).toBe(
      204,
    );
    expect(bytes()).not.toContain(name);
    await app.close();
    await store.close();
    expect(bytes()).not.toContain(name);
  });

  it('refuses a body-less DELETE of an unknown session as 404 after authentication fails', async () => {
    const { app } = await setup();
    const session = await createSession(app);
    const res = await post(
      app,
      '/api/sessions/nergens/actions',
      { type: 'advance-phase' },
      session.facilitatorToken,
    );
    expect(res.statusCode).toBe(404);
    expect((await del(app, '/api/sessions/nergens', session.facilitatorToken)).statusCode).toBe(404);
  });
});
