import { expect, it } from 'vitest';
import { createPgStore, type PgSessionStore } from '../storage/pg-store.ts';
import { newSession } from '../storage/session-store-contract.ts';
import { describeWithPg, dropSchema, freshSchema } from '../storage/test-support/pg-test-database.ts';
import { createSessionLeases } from './session-lease.ts';

const until = async (check: () => Promise<boolean>, ms = 10_000) => {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('condition never held');
    await new Promise((r) => setTimeout(r, 50));
  }
};

describeWithPg('session leases', (connectionString) => {
  const withStore = async (run: (store: PgSessionStore, sessionId: string) => Promise<void>) => {
    const schema = freshSchema('lease');
    const store = await createPgStore({ connectionString, schema });
    try {
      const s = newSession();
      await store.createSession(s);
      await run(store, s.id);
    } finally {
      await store.close();
      await dropSchema(connectionString, schema);
    }
  };
  const leasesOf = (
    store: PgSessionStore,
    id: string,
    options: { leaseMs?: number; renewMs?: number } = {},
  ) =>
    createSessionLeases({
      pool: store.pool,
      instanceId: id,
      instanceUrl: () => `http://${id}:3000`,
      ...options,
    });

  it('gives a session to one instance at a time and names the holder to the others', () =>
    withStore(async (store, sessionId) => {
      const a = leasesOf(store, 'a');
      const b = leasesOf(store, 'b');
      const [first, second] = await Promise.all([a.claim(sessionId), b.claim(sessionId)]);
      expect([first.here, second.here].filter(Boolean)).toHaveLength(1);
      const loser = first.here ? second : first;
      expect(loser).toEqual({
        here: false,
        owner: first.here ? 'a' : 'b',
        url: `http://${first.here ? 'a' : 'b'}:3000`,
      });
      await Promise.all([a.stop(), b.stop()]);
    }));

  it('keeps a renewed lease, and hands it over at once when its holder stops cleanly', () =>
    withStore(async (store, sessionId) => {
      const a = leasesOf(store, 'a', { leaseMs: 400, renewMs: 100 });
      const b = leasesOf(store, 'b', { leaseMs: 400, renewMs: 100 });
      const held = await a.claim(sessionId);
      expect(held.here).toBe(true);
      // Several lease lengths later, still a's: it renews.
      await new Promise((r) => setTimeout(r, 1200));
      expect((await b.claim(sessionId)).here).toBe(false);
      expect(a.holds(sessionId)).toBe(true);
      await a.stop();
      expect((await b.claim(sessionId)).here).toBe(true);
      await b.stop();
    }));

  it('lets another instance take a session whose holder stopped renewing (died), with a new epoch', () =>
    withStore(async (store, sessionId) => {
      // `a` never renews within the test: as a process killed right after taking the lease.
      const a = leasesOf(store, 'a', { leaseMs: 300, renewMs: 600_000 });
      const b = leasesOf(store, 'b', { leaseMs: 300, renewMs: 100 });
      const first = await a.claim(sessionId);
      expect(first.here).toBe(true);
      await until(async () => (await b.orphans()).includes(sessionId));
      const taken = await b.claim(sessionId);
      expect(taken.here).toBe(true);
      expect((await a.claim(sessionId)).here).toBe(false);
      await Promise.all([a.stop(), b.stop()]);
    }));

  it('refuses a lease for a session that does not exist', () =>
    withStore(async (store) => {
      const a = leasesOf(store, 'a');
      await expect(a.claim('nope')).rejects.toMatchObject({ code: '23503' });
      await a.stop();
    }));
});
