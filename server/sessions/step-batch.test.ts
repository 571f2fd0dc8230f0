import { describe, expect, it } from 'vitest';
import { tinyConfig } from '../../game/test-support/tiny-game.ts';
import { createMemoryStore } from '../storage/memory-store.ts';
import type { SessionStore } from '../storage/session-store.ts';
import { createSessionHub } from './session-hub.ts';

const facilitator = { kind: 'facilitator' } as const;

/** A memory store that counts its writes to the log. */
const countingStore = () => {
  const store = createMemoryStore();
  const writes = { count: 0 };
  const counted: SessionStore = {
    ...store,
    appendAction: (...a) => {
      writes.count++;
      return store.appendAction(...a);
    },
    appendActions: (...a) => {
      writes.count++;
      return store.appendActions(...a);
    },
  };
  return { store: counted, writes };
};

const play = async (together: boolean) => {
  const { store, writes } = countingStore();
  let n = 0;
  const hub = createSessionHub({
    store,
    clock: () => 1_770_000_000_000,
    newSeed: () => 9,
    newId: () => `id-${n++}`,
  });
  const { record } = await hub.create(tinyConfig() as Record<string, unknown>);
  const id = record.id;
  const seats = [];
  for (const [i, municipalityId] of ['oostdal', 'westerveen', 'oostdal', 'westerveen'].entries())
    seats.push(await hub.join(id, { displayName: `S${i}`, municipalityId }));
  await hub.dispatch(id, facilitator, { type: 'start-session' });
  await hub.dispatch(id, facilitator, { type: 'advance-phase' });
  const before = writes.count;
  const logged = (await store.readLog(id)).length;
  // Drafts, submissions, a refusal (the facilitator cannot submit) and the move to the resolution.
  const actions = [
    ...seats.map((s, i) => ({
      actor: { kind: 'seat' as const, seatId: s.seatId },
      body: { type: 'submit-decisions', changes: { mandate: 0.2 + i / 10 } },
    })),
    { actor: facilitator, body: { type: 'submit-decisions' } },
    { actor: facilitator, body: { type: 'advance-phase' } },
    { actor: facilitator, body: { type: 'advance-phase' } },
  ];
  const run = (a: (typeof actions)[number]) =>
    hub.dispatch(id, a.actor, a.body).then(
      (r) => r.seq,
      () => 'refused',
    );
  const outcomes = together
    ? await Promise.all(actions.map(run))
    : await actions.reduce<Promise<unknown[]>>(
        async (acc, a) => [...(await acc), await run(a)],
        Promise.resolve([]),
      );
  return {
    outcomes,
    writes: writes.count - before,
    // Seat tokens are random: compare what the burst logged and what it did to the teams and rounds.
    log: (await store.readLog(id)).slice(logged),
    state: JSON.stringify(((s) => [s.teams, s.rounds])((await hub.current(id)).state)),
  };
};

describe('group commit', () => {
  it('logs a burst sent at once exactly as one by one, with fewer writes, and answers each in its place', async () => {
    const alone = await play(false);
    const together = await play(true);
    expect(together.log).toEqual(alone.log);
    expect(together.state).toBe(alone.state);
    expect(together.outcomes).toEqual(alone.outcomes);
    expect(together.outcomes).toContain('refused');
    expect(alone.writes).toBe(alone.outcomes.filter((o) => o !== 'refused').length);
    expect(together.writes).toBeLessThan(alone.writes);
  });
});
