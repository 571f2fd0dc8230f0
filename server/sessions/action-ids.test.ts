import { afterEach, describe, expect, it } from 'vitest';
import { tinyConfig } from '../../game/test-support/tiny-game.ts';
import { AppError } from '../errors/app-error.ts';
import { createMemoryStore } from '../storage/memory-store.ts';
import { describeEachStore } from '../storage/test-support/stores-under-test.ts';
import { createActionIds } from './action-ids.ts';
import { createSessionHub } from './session-hub.ts';

const facilitator = { kind: 'facilitator' } as const;

const session = async () => {
  const store = createMemoryStore();
  const hub = createSessionHub({ store, clock: () => 1_770_000_000_000, newSeed: () => 7 });
  const { record } = await hub.create(tinyConfig() as Record<string, unknown>);
  const id = record.id;
  const ana = await hub.join(id, { displayName: 'Ana', municipalityId: 'oostdal', role: 'wethouder' });
  const log = async () => (await store.readLog(id)).map((e) => (e.action as { type: string }).type);
  return { hub, id, ana: { kind: 'seat' as const, seatId: ana.seatId }, log };
};

describe('idempotent action ids', () => {
  it('applies a retried action once, whether the retry comes after the answer or while the first still runs', async () => {
    const { hub, id, ana, log } = await session();
    await hub.dispatch(id, facilitator, { type: 'start-session' }, 'f-1');
    await hub.dispatch(id, facilitator, { type: 'advance-phase' }, 'f-2');
    const submit = { type: 'submit-decisions', changes: { mandate: 0.4 } };
    const first = await hub.dispatch(id, ana, submit, 'a-1');
    const again = await hub.dispatch(id, ana, submit, 'a-1');
    expect(again.seq).toBe(first.seq);
    const [x, y] = await Promise.all([
      hub.dispatch(id, facilitator, { type: 'extend-timer', seconds: 60 }, 'f-3'),
      hub.dispatch(id, facilitator, { type: 'extend-timer', seconds: 60 }, 'f-3'),
    ]);
    expect(x.seq).toBe(y.seq);
    expect((await log()).slice(-4)).toEqual([
      'start-session',
      'advance-phase',
      'submit-decisions',
      'extend-timer',
    ]);
    // Without an id every send is its own action.
    await hub.dispatch(id, facilitator, { type: 'extend-timer', seconds: 60 });
    await hub.dispatch(id, facilitator, { type: 'extend-timer', seconds: 60 });
    expect((await log()).filter((t) => t === 'extend-timer')).toHaveLength(3);
  });

  it('gives a retried refusal the same refusal, and keeps ids of different senders apart', async () => {
    const { hub, id, ana, log } = await session();
    const refused = (p: Promise<unknown>) =>
      p.then(
        () => null,
        (e: unknown) => (e as AppError).details,
      );
    const first = await refused(hub.dispatch(id, ana, { type: 'submit-decisions' }, 'same'));
    expect(first).toMatchObject({ reason: { code: expect.any(String) } });
    await hub.dispatch(id, facilitator, { type: 'start-session' }, 'same');
    await hub.dispatch(id, facilitator, { type: 'advance-phase' });
    // The rules would now accept it, but this id was answered already.
    expect(await refused(hub.dispatch(id, ana, { type: 'submit-decisions' }, 'same'))).toEqual(first);
    expect(await log()).not.toContain('submit-decisions');
  });

  it('forgets a failure of the server itself, so the retry runs again, and keeps at most `limit` answers', async () => {
    const ids = createActionIds(2);
    let runs = 0;
    const fail = () => {
      runs++;
      return Promise.reject(new AppError('internal_error'));
    };
    await expect(ids.once('s', 'k', fail)).rejects.toThrow();
    await expect(ids.once('s', 'k', fail)).rejects.toThrow();
    expect(runs).toBe(2);
    const ok = () => {
      runs++;
      return Promise.resolve(runs);
    };
    const a = await ids.once('s', 'a', ok);
    expect(await ids.once('s', 'a', ok)).toBe(a);
    await ids.once('s', 'b', ok);
    await ids.once('s', 'c', ok);
    // 'a' was the oldest of three: forgotten, so it runs again.
    expect(await ids.once('s', 'a', ok)).not.toBe(a);
  });
});

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const clean of cleanups.splice(0)) await clean();
});

// Issue 14: the holder dies after logging an action but before acknowledging it; the client sends it again to
// the new authority, which rebuilt the session from the store (a fresh hub on the same data).
describeEachStore('idempotent action ids survive a new authority', 'sqlite', (place) => {
  it('answers the retry of a logged but unacknowledged action with its place in the log, and applies it once', async () => {
    const data = await place();
    cleanups.push(data.remove);
    const store = await data.open();
    const clock = () => 1_770_000_000_000;
    const dying = createSessionHub({ store, clock, newSeed: () => 7 });
    const id = (await dying.create(tinyConfig() as Record<string, unknown>)).record.id;
    const seat = await dying.join(id, { displayName: 'Ana', municipalityId: 'oostdal', role: 'wethouder' });
    const ana = { kind: 'seat' as const, seatId: seat.seatId };
    await dying.dispatch(id, facilitator, { type: 'start-session' });
    await dying.dispatch(id, facilitator, { type: 'advance-phase' });
    const extend = { type: 'extend-timer', seconds: 60 };
    const submit = { type: 'submit-decisions', changes: { mandate: 0.4 } };
    // Logged; the acknowledgements never reached the clients.
    const extended = await dying.dispatch(id, facilitator, extend, 'f-1');
    const submitted = await dying.dispatch(id, ana, submit, 'a-1');
    // The round is calculated after them: the new authority starts from that snapshot, not from their entries.
    await dying.dispatch(id, facilitator, { type: 'advance-phase' });
    const logged = (await store.readLog(id)).length;

    const next = createSessionHub({ store, clock });
    expect((await next.dispatch(id, ana, submit, 'a-1')).seq).toBe(submitted.seq);
    expect((await next.dispatch(id, facilitator, extend, 'f-1')).seq).toBe(extended.seq);
    expect((await store.readLog(id)).length).toBe(logged);
    // Another id is another action.
    await next.dispatch(id, facilitator, extend, 'f-2');
    expect((await store.readLog(id)).length).toBe(logged + 1);
  });
});
