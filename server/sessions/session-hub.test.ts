import { afterEach, expect, it } from 'vitest';
import { serializeGame } from '../../game/index.ts';
import { tinyConfig } from '../../game/test-support/tiny-game.ts';
import { AppError } from '../errors/app-error.ts';
import type { SessionStore } from '../storage/session-store.ts';
import { describeEachStore, storeForTest } from '../storage/test-support/stores-under-test.ts';
import { createSessionHub } from './session-hub.ts';

const T0 = 1_770_000_000_000;
const facilitator = { kind: 'facilitator' } as const;

/** A hub with a clock the test moves by hand, so runs are repeatable. */
const hubOn = (store: SessionStore) => {
  let now = T0;
  const hub = createSessionHub({ store, clock: () => now, newSeed: () => 7 });
  const tick = (ms = 1000) => {
    now += ms;
  };
  return { hub, tick };
};

/** Plays one round: two students join, decide, and the facilitator moves through the four phases. */
const playOneRound = async (store: SessionStore) => {
  const { hub, tick } = hubOn(store);
  const { record } = await hub.create(tinyConfig({ seed: 5 }) as Record<string, unknown>);
  const id = record.id;
  const ana = await hub.join(id, { displayName: 'Ana', municipalityId: 'oostdal', role: 'wethouder' });
  const bo = await hub.join(id, { displayName: 'Bo', municipalityId: 'westerveen' });
  await hub.dispatch(id, facilitator, { type: 'start-session' });
  tick();
  await hub.dispatch(id, facilitator, { type: 'advance-phase' }); // -> overleg
  await hub.dispatch(
    id,
    { kind: 'seat', seatId: ana.seatId },
    {
      type: 'submit-decisions',
      changes: { tariffLevel: 1.05, mandate: 0.6 },
    },
  );
  tick();
  await hub.dispatch(id, facilitator, { type: 'advance-phase' }); // -> doorrekenen: the year is run
  await hub.dispatch(id, facilitator, { type: 'advance-phase' }); // -> terugblik
  return { hub, id, ana, bo };
};

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const clean of cleanups.splice(0)) await clean();
});

// On the in-memory store and on PostgreSQL (issue 14), a store of its own per test.
describeEachStore('session hub', 'memory', (place) => {
  const freshStore = () => storeForTest(place, cleanups);

  it('logs every accepted action and resolves a round with the submitted decisions', async () => {
    const store = await freshStore();
    const { hub, id } = await playOneRound(store);
    const { state, seq } = await hub.current(id);
    expect(state.rounds).toHaveLength(1);
    expect(state.rounds[0]?.teams.oostdal?.source).toBe('submitted');
    expect(state.rounds[0]?.teams.oostdal?.applied.tariffLevel).toBe(1.05);
    expect(state.rounds[0]?.teams.westerveen?.source).not.toBe('submitted');
    const log = await store.readLog(id);
    expect(log.map((e) => e.seq)).toEqual(Array.from({ length: seq }, (_, i) => i + 1));
    // A snapshot was cached after the resolution, at its log position.
    expect((await store.latestSnapshot(id))?.seq).toBeGreaterThan(0);
  });

  it('refuses an action a seat may not take, with the game reason, and logs nothing', async () => {
    const store = await freshStore();
    const { hub, id, bo } = await playOneRound(store);
    const before = await store.readLog(id);
    const text = serializeGame((await hub.current(id)).state);
    const refused = await hub
      .dispatch(id, { kind: 'seat', seatId: bo.seatId }, { type: 'advance-phase' })
      .catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(AppError);
    expect((refused as AppError).code).toBe('action_refused');
    expect((refused as AppError).details.reason?.code).toBe('not-authorised');
    expect(await store.readLog(id)).toEqual(before);
    expect(serializeGame((await hub.current(id)).state)).toBe(text);
  });

  it('rebuilds a session after a restart, from the snapshot or from the log alone, bit for bit', async () => {
    const store = await freshStore();
    const { hub, id } = await playOneRound(store);
    const live = serializeGame((await hub.current(id)).state);
    const fromSnapshot = hubOn(store).hub;
    expect(serializeGame((await fromSnapshot.current(id)).state)).toBe(live);
    await store.deleteSnapshots(id);
    const fromLog = hubOn(store).hub;
    expect(serializeGame((await fromLog.current(id)).state)).toBe(live);
  });

  it('authenticates the facilitator and seats by token, and a rejoin code swaps the seat token', async () => {
    const store = await freshStore();
    const { hub } = hubOn(store);
    const { record, facilitatorToken } = await hub.create(tinyConfig() as Record<string, unknown>);
    const seat = await hub.join(record.id, { displayName: 'Cas' });
    expect(await hub.authenticate(record.id, facilitatorToken)).toEqual({
      kind: 'facilitator',
      sessionId: record.id,
    });
    expect(await hub.authenticate(record.id, seat.seatToken)).toMatchObject({
      kind: 'seat',
      seatId: seat.seatId,
    });
    const again = await hub.rejoin(record.id, seat.rejoinCode);
    expect(again.seatId).toBe(seat.seatId);
    expect(again.seatToken).not.toBe(seat.seatToken);
    expect(await hub.authenticate(record.id, seat.seatToken)).toBeUndefined();
    expect(await hub.authenticate(record.id, 'x'.repeat(43))).toBeUndefined();
    await expect(hub.rejoin(record.id, 'NOPE2345')).rejects.toMatchObject({ code: 'forbidden' });
  });

  it('refuses a bad config with every problem listed', async () => {
    const { hub } = hubOn(await freshStore());
    const error = await hub
      .create({ scenario: 'nergens', municipalities: 40, rounds: 2 })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'invalid_request' });
    const paths = (error as AppError).details.issues?.map((i) => i.path);
    expect(paths).toEqual(expect.arrayContaining(['scenario', 'municipalities', 'rounds']));
  });

  it('marks an ended session finished: still readable, no longer resumed at start-up', async () => {
    const store = await freshStore();
    const { hub, id } = await playOneRound(store);
    await hub.dispatch(id, facilitator, { type: 'end-session' });
    expect((await store.getSession(id))?.status).toBe('finished');
    const restarted = hubOn(store).hub;
    await restarted.loadActive();
    expect(restarted.liveSessionIds()).toEqual([]);
    expect((await restarted.current(id)).state.status).toBe('ended');
  });
});
