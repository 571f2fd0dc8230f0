import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { NewSession, SessionStore } from './session-store.ts';
import { isStoreError, type StoreErrorCode } from './store-error.ts';

/**
 * A fresh, empty store for one test. `reopen` closes nothing: it opens the same data a second time, as a
 * restarted process would (only stores that persist can offer it); `cleanup` removes what the test left.
 */
export type StoreHarness = {
  store: SessionStore;
  reopen?: () => Promise<SessionStore>;
  cleanup?: () => Promise<void>;
};

let counter = 0;
/** A valid new session; unique id and join code per call, so tests can create as many as they like. */
export const newSession = (overrides: Partial<NewSession> = {}): NewSession => {
  counter++;
  return {
    id: `sessie-${counter}`,
    joinCode: `CODE${counter}`,
    facilitatorTokenHash: 'a'.repeat(64),
    createdAt: `2026-01-01T00:00:${String(counter % 60).padStart(2, '0')}.000Z`,
    config: { scenario: 'regio-test', municipalities: 3, rounds: 4 },
    ...overrides,
  };
};

/** Asserts that a promise rejects with a StoreError of this code. */
export const rejectsWith = async (promise: Promise<unknown>, code: StoreErrorCode) => {
  const outcome = await promise.then(
    () => 'resolved',
    (e: unknown) => (isStoreError(e) ? e.code : `other error: ${String(e)}`),
  );
  expect(outcome).toBe(code);
};

const appendAll = async (store: SessionStore, id: string, actions: unknown[], from = 1) => {
  for (const [i, action] of actions.entries()) await store.appendAction(id, from + i, action);
};

/**
 * The behaviour every SessionStore must have. Run it against each implementation (memory-store.test.ts,
 * sqlite-store.test.ts), so the in-memory double used in tests can never drift from the real store.
 */
export const describeSessionStoreContract = (name: string, factory: () => Promise<StoreHarness>) => {
  describe(`SessionStore contract: ${name}`, () => {
    let harness: StoreHarness;
    let store: SessionStore;
    const opened: SessionStore[] = [];

    beforeEach(async () => {
      harness = await factory();
      store = harness.store;
    });
    afterEach(async () => {
      for (const s of [store, ...opened.splice(0)]) await s.close();
      await harness.cleanup?.();
    });

    describe('sessions', () => {
      it('creates a session as active with an empty log and reads it back by id and join code', async () => {
        const meta = newSession({ config: { scenario: 'veendam-jep', names: ['Oostdal', 'Westerveen'] } });
        const created = await store.createSession(meta);
        const expected = {
          id: meta.id,
          joinCode: meta.joinCode,
          facilitatorTokenHash: meta.facilitatorTokenHash,
          createdAt: meta.createdAt,
          config: meta.config,
          status: 'active',
          lastSeq: 0,
        };
        expect(created).toEqual(expected);
        expect(await store.getSession(meta.id)).toEqual(expected);
        expect(await store.findByJoinCode(meta.joinCode)).toEqual(expected);
        expect(await store.readLog(meta.id)).toEqual([]);
      });

      it('returns undefined for unknown ids and join codes', async () => {
        await store.createSession(newSession({ joinCode: 'ABCDEF' }));
        expect(await store.getSession('nope')).toBeUndefined();
        expect(await store.findByJoinCode('abcdef')).toBeUndefined();
      });

      it('refuses a duplicate id or join code and keeps the first session unchanged', async () => {
        const first = newSession();
        await store.createSession(first);
        await rejectsWith(store.createSession(newSession({ id: first.id })), 'duplicate_session');
        await rejectsWith(
          store.createSession(newSession({ joinCode: first.joinCode })),
          'duplicate_join_code',
        );
        expect(await store.listSessions()).toHaveLength(1);
        expect((await store.getSession(first.id))?.config).toEqual(first.config);
      });

      it('refuses a config that is not JSON or empty fields, writing nothing', async () => {
        await rejectsWith(store.createSession(newSession({ config: { when: new Date(0) } })), 'invalid_json');
        await rejectsWith(store.createSession(newSession({ config: undefined })), 'invalid_json');
        await rejectsWith(store.createSession(newSession({ id: '' })), 'invalid_json');
        expect(await store.listSessions()).toEqual([]);
      });

      it('lists sessions oldest first', async () => {
        const late = newSession({ createdAt: '2026-03-01T10:00:00.000Z' });
        const early = newSession({ createdAt: '2026-02-01T10:00:00.000Z' });
        const sameAsEarly = newSession({ createdAt: early.createdAt });
        for (const s of [late, early, sameAsEarly]) await store.createSession(s);
        expect((await store.listSessions()).map((s) => s.id)).toEqual([early.id, sameAsEarly.id, late.id]);
      });

      it('sets the status and rejects unknown statuses and sessions', async () => {
        const s = newSession();
        await store.createSession(s);
        await store.setStatus(s.id, 'finished');
        expect((await store.getSession(s.id))?.status).toBe('finished');
        // @ts-expect-error a status from outside the type, as an untyped caller could send it
        await rejectsWith(store.setStatus(s.id, 'paused'), 'invalid_status');
        await rejectsWith(store.setStatus('nope', 'finished'), 'session_not_found');
        expect((await store.getSession(s.id))?.status).toBe('finished');
      });
    });

    describe('action log', () => {
      it('appends in order, counts lastSeq and reads from any seq', async () => {
        const s = newSession();
        await store.createSession(s);
        await appendAll(store, s.id, ['a', 'b', 'c', 'd']);
        expect(await store.readLog(s.id)).toEqual([
          { seq: 1, action: 'a' },
          { seq: 2, action: 'b' },
          { seq: 3, action: 'c' },
          { seq: 4, action: 'd' },
        ]);
        expect((await store.readLog(s.id, 3)).map((e) => e.action)).toEqual(['c', 'd']);
        expect(await store.readLog(s.id, 5)).toEqual([]);
        expect((await store.getSession(s.id))?.lastSeq).toBe(4);
      });

      it('rejects any seq other than last + 1, leaving the log as it was', async () => {
        const s = newSession();
        await store.createSession(s);
        await rejectsWith(store.appendAction(s.id, 2, 'skip'), 'seq_conflict');
        await store.appendAction(s.id, 1, 'first');
        await rejectsWith(store.appendAction(s.id, 1, 'again'), 'seq_conflict');
        await rejectsWith(store.appendAction(s.id, 3, 'skip'), 'seq_conflict');
        for (const bad of [0, -1, 1.5, Number.NaN])
          await rejectsWith(store.appendAction(s.id, bad, 'x'), 'invalid_seq');
        expect(await store.readLog(s.id)).toEqual([{ seq: 1, action: 'first' }]);
      });

      it('appends several actions in one write, all or none', async () => {
        const s = newSession();
        await store.createSession(s);
        await store.appendAction(s.id, 1, 'a');
        await store.appendActions(s.id, 2, ['b', { c: 3 }, 'd']);
        await rejectsWith(store.appendActions(s.id, 4, ['x', 'y']), 'seq_conflict');
        await rejectsWith(store.appendActions(s.id, 5, ['x', Number.NaN]), 'invalid_json');
        expect((await store.readLog(s.id)).map((e) => e.action)).toEqual(['a', 'b', { c: 3 }, 'd']);
        expect((await store.getSession(s.id))?.lastSeq).toBe(4);
      });

      it("keeps a client's action key beside its entry, outside the action, and reads the last keys back", async () => {
        const s = newSession();
        await store.createSession(s);
        await store.appendAction(s.id, 1, { type: 'start' });
        await store.appendActions(s.id, 2, ['b', 'c', 'd'], ['seat:ana:a-1', undefined, 'seat:bo:b-1']);
        await store.appendActions(s.id, 5, ['e'], ['facilitator::f-1']);
        await rejectsWith(store.appendActions(s.id, 6, ['x'], [42 as unknown as string]), 'invalid_json');
        expect(await store.readLog(s.id, 2)).toEqual([
          { seq: 2, action: 'b', key: 'seat:ana:a-1' },
          { seq: 3, action: 'c' },
          { seq: 4, action: 'd', key: 'seat:bo:b-1' },
          { seq: 5, action: 'e', key: 'facilitator::f-1' },
        ]);
        expect((await store.readLog(s.id, 3))[0]).not.toHaveProperty('key');
        expect(await store.readActionKeys(s.id, 10)).toEqual([
          { seq: 2, key: 'seat:ana:a-1' },
          { seq: 4, key: 'seat:bo:b-1' },
          { seq: 5, key: 'facilitator::f-1' },
        ]);
        // The newest ones when there are more than asked for.
        expect((await store.readActionKeys(s.id, 2)).map((k) => k.seq)).toEqual([4, 5]);
        await rejectsWith(store.readActionKeys('nope', 10), 'session_not_found');
      });

      it('lets exactly one of two racing appends with the same seq win', async () => {
        const s = newSession();
        await store.createSession(s);
        const results = await Promise.allSettled([
          store.appendAction(s.id, 1, 'wethouder'),
          store.appendAction(s.id, 1, 'beleidsadviseur'),
        ]);
        expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
        const rejected = results.find((r) => r.status === 'rejected');
        expect(isStoreError(rejected?.reason, 'seq_conflict')).toBe(true);
        expect(await store.readLog(s.id)).toHaveLength(1);
      });

      it('writes nothing for an action that is not JSON, and the seq stays free', async () => {
        const s = newSession();
        await store.createSession(s);
        await store.appendAction(s.id, 1, { ok: true });
        const cyclic: Record<string, unknown> = { a: 1 };
        cyclic.self = cyclic;
        const notJson: unknown[] = [
          undefined,
          { a: undefined },
          Number.NaN,
          { deep: [1, Number.POSITIVE_INFINITY] },
          new Date(0),
          new Map(),
          () => 1,
          10n,
          Symbol('x'),
          // biome-ignore lint/suspicious/noSparseArray: a hole is exactly what must be refused
          [1, , 3],
          cyclic,
        ];
        for (const bad of notJson) await rejectsWith(store.appendAction(s.id, 2, bad), 'invalid_json');
        expect(await store.readLog(s.id)).toEqual([{ seq: 1, action: { ok: true } }]);
        await store.appendAction(s.id, 2, { ok: 'again' });
        expect((await store.getSession(s.id))?.lastSeq).toBe(2);
      });

      it('reads -0 back as 0, since JSON has no negative zero', async () => {
        const s = newSession();
        await store.createSession(s);
        await store.appendAction(s.id, 1, { delta: -0, list: [-0] });
        expect((await store.readLog(s.id))[0]?.action).toStrictEqual({ delta: 0, list: [0] });
      });

      it('stores a copy: changing an object after appending or after reading changes nothing', async () => {
        const s = newSession();
        await store.createSession(s);
        const action = { levers: { tariff: 100 } };
        await store.appendAction(s.id, 1, action);
        action.levers.tariff = 1;
        const [read] = await store.readLog(s.id);
        (read!.action as { levers: { tariff: number } }).levers.tariff = 2;
        expect((await store.readLog(s.id))[0]?.action).toEqual({ levers: { tariff: 100 } });
      });

      it('rejects log operations on unknown sessions', async () => {
        await rejectsWith(store.appendAction('nope', 1, 'x'), 'session_not_found');
        await rejectsWith(store.readLog('nope'), 'session_not_found');
      });

      it('keeps concurrent appends to different sessions apart', async () => {
        const sessions = Array.from({ length: 6 }, () => newSession());
        for (const s of sessions) await store.createSession(s);
        // Interleaved: every session appends its next action in the same tick.
        for (let seq = 1; seq <= 15; seq++) {
          await Promise.all(sessions.map((s) => store.appendAction(s.id, seq, { session: s.id, seq })));
        }
        for (const s of sessions) {
          const log = await store.readLog(s.id);
          expect(log).toEqual(
            Array.from({ length: 15 }, (_, i) => ({ seq: i + 1, action: { session: s.id, seq: i + 1 } })),
          );
        }
      });

      it('reads back any sequence of JSON values exactly (property)', async () => {
        await fc.assert(
          fc.asyncProperty(
            fc.array(fc.jsonValue({ maxDepth: 4, stringUnit: 'binary' }), { maxLength: 12 }),
            async (actions) => {
              const s = newSession();
              await store.createSession(s);
              await appendAll(store, s.id, actions);
              const log = await store.readLog(s.id);
              expect(log.map((e) => e.seq)).toEqual(actions.map((_, i) => i + 1));
              // JSON's own round trip is the reference: it differs from the input only where -0 became 0.
              expect(log.map((e) => e.action)).toStrictEqual(JSON.parse(JSON.stringify(actions)));
            },
          ),
          { numRuns: 60 },
        );
      });
    });

    describe('snapshots (a cache)', () => {
      it('returns the latest snapshot, or the latest at or before a seq', async () => {
        const s = newSession();
        await store.createSession(s);
        expect(await store.latestSnapshot(s.id)).toBeUndefined();
        await store.putSnapshot(s.id, 0, 'initial');
        await appendAll(store, s.id, ['a', 'b', 'c']);
        await store.putSnapshot(s.id, 2, 'after b');
        expect(await store.latestSnapshot(s.id)).toEqual({ seq: 2, text: 'after b' });
        expect(await store.latestSnapshot(s.id, 1)).toEqual({ seq: 0, text: 'initial' });
        await store.putSnapshot(s.id, 2, 'after b, rebuilt');
        expect(await store.latestSnapshot(s.id, 3)).toEqual({ seq: 2, text: 'after b, rebuilt' });
      });

      it('refuses a snapshot beyond the log or of an unknown session', async () => {
        const s = newSession();
        await store.createSession(s);
        await store.appendAction(s.id, 1, 'a');
        await rejectsWith(store.putSnapshot(s.id, 2, 'future'), 'invalid_seq');
        await rejectsWith(store.putSnapshot(s.id, -1, 'past'), 'invalid_seq');
        await rejectsWith(store.putSnapshot('nope', 0, 'x'), 'session_not_found');
        await rejectsWith(store.latestSnapshot('nope'), 'session_not_found');
        expect(await store.latestSnapshot(s.id)).toBeUndefined();
      });

      it('loses no data when snapshots are deleted, per session or all at once', async () => {
        const [a, b] = [newSession(), newSession()];
        for (const s of [a, b]) {
          await store.createSession(s);
          await appendAll(store, s.id, [1, 2]);
          await store.putSnapshot(s.id, 2, `state of ${s.id}`);
        }
        await store.deleteSnapshots(a.id);
        expect(await store.latestSnapshot(a.id)).toBeUndefined();
        expect(await store.latestSnapshot(b.id)).toEqual({ seq: 2, text: `state of ${b.id}` });
        await store.deleteSnapshots();
        expect(await store.latestSnapshot(b.id)).toBeUndefined();
        for (const s of [a, b]) {
          expect((await store.readLog(s.id)).map((e) => e.action)).toEqual([1, 2]);
          expect((await store.getSession(s.id))?.lastSeq).toBe(2);
        }
        await rejectsWith(store.deleteSnapshots('nope'), 'session_not_found');
      });
    });

    describe('deleting a session', () => {
      it('removes its record, log and snapshots, frees its join code and leaves others alone', async () => {
        const [a, b] = [newSession(), newSession()];
        for (const s of [a, b]) {
          await store.createSession(s);
          await appendAll(store, s.id, [1, 2]);
          await store.putSnapshot(s.id, 2, `state of ${s.id}`);
        }
        await store.deleteSession(a.id);
        expect(await store.getSession(a.id)).toBeUndefined();
        expect(await store.findByJoinCode(a.joinCode)).toBeUndefined();
        expect((await store.listSessions()).map((s) => s.id)).toEqual([b.id]);
        await rejectsWith(store.readLog(a.id), 'session_not_found');
        await rejectsWith(store.latestSnapshot(a.id), 'session_not_found');
        await rejectsWith(store.deleteSession(a.id), 'session_not_found');
        expect((await store.readLog(b.id)).map((e) => e.action)).toEqual([1, 2]);
        await store.createSession(newSession({ joinCode: a.joinCode }));
      });
    });

    describe('lifecycle', () => {
      it('passes the check while open and refuses everything once closed', async () => {
        const s = newSession();
        await store.createSession(s);
        await expect(store.check()).resolves.toBeUndefined();
        await store.close();
        await store.close();
        await rejectsWith(store.check(), 'store_closed');
        await rejectsWith(store.getSession(s.id), 'store_closed');
        await rejectsWith(store.appendAction(s.id, 1, 'x'), 'store_closed');
        await rejectsWith(store.readLog(s.id), 'store_closed');
        await rejectsWith(store.createSession(newSession()), 'store_closed');
        await rejectsWith(store.listSessions(), 'store_closed');
      });

      it('reads everything back after a restart and carries on appending', async (ctx) => {
        if (!harness.reopen) ctx.skip();
        const s = newSession({ config: { scenario: 'oss-proeftuin', rounds: 6 } });
        await store.createSession(s);
        await appendAll(store, s.id, [{ round: 1 }, { round: 2 }, 'ééñ ☃ 🚸']);
        await store.putSnapshot(s.id, 2, '{"state":2}');
        await store.setStatus(s.id, 'finished');
        const before = { session: await store.getSession(s.id), log: await store.readLog(s.id) };
        // Not closed first: a crashed process never gets to close its store.
        const again = await harness.reopen!();
        opened.push(again);
        expect(await again.getSession(s.id)).toEqual(before.session);
        expect(await again.readLog(s.id)).toEqual(before.log);
        expect(await again.latestSnapshot(s.id)).toEqual({ seq: 2, text: '{"state":2}' });
        await again.appendAction(s.id, 4, 'after restart');
        await rejectsWith(again.appendAction(s.id, 4, 'stale writer'), 'seq_conflict');
        expect((await again.readLog(s.id, 4)).map((e) => e.action)).toEqual(['after restart']);
      });
    });
  });
};
