import fc from 'fast-check';
import { expect, it } from 'vitest';
import { type Actor, cardIds, roles, serializeGame } from '../../game/index.ts';
import { tinyConfig } from '../../game/test-support/tiny-game.ts';
import { AppError } from '../errors/app-error.ts';
import { describeEachStore, sharedStore } from '../storage/test-support/stores-under-test.ts';
import { createSessionHub } from './session-hub.ts';

const T0 = 1_770_000_000_000;
const noTimers = { signalen: 0, overleg: 0, doorrekenen: 0, terugblik: 0 };

/** Mostly a value within the engine's bounds, sometimes one outside them. */
const lever = (inside: fc.Arbitrary<number>, outside: fc.Arbitrary<number>) =>
  fc.oneof({ weight: 9, arbitrary: inside }, { weight: 1, arbitrary: outside });

/** The inkoper's levers (tariff 0.6-1.4, contract years 1-9). */
const inkoperLevers = fc.record(
  {
    tariffLevel: lever(
      fc.double({ min: 0.6, max: 1.4, noNaN: true }),
      fc.oneof(fc.double({ min: 0, max: 0.59, noNaN: true }), fc.double({ min: 1.41, max: 5, noNaN: true })),
    ),
    contractYears: lever(fc.integer({ min: 1, max: 9 }), fc.constantFrom(0, 2.5, 10)),
  },
  { requiredKeys: [] },
);

/** The professional's levers (mandate 0-1, reflection 0-6 hours). */
const professionalLevers = fc.record(
  {
    // -0 is valid JSON (a client may send it); the store reads it back as 0, which must replay the same.
    mandate: lever(
      fc.oneof(fc.double({ min: 0, max: 1, noNaN: true }), fc.constant(-0)),
      fc.constantFrom(-0.1, 1.01, 7),
    ),
    reflectionHours: lever(fc.integer({ min: 0, max: 6 }), fc.constantFrom(-1, 6.5, 40)),
  },
  { requiredKeys: [] },
);

const anyLevers = fc
  .tuple(inkoperLevers, professionalLevers)
  .map(([a, b]) => ({ ...a, ...b }) as Record<string, number>);

/** The facilitator's controls, phase moves most often so that rounds get resolved within a short sequence. */
const facilitatorBody = fc.oneof(
  { weight: 4, arbitrary: fc.constant({ type: 'advance-phase' }) },
  { weight: 1, arbitrary: fc.constantFrom({ type: 'start-session' }, { type: 'open-debrief' }) },
  { weight: 1, arbitrary: fc.constantFrom({ type: 'pause-timer' }, { type: 'resume-timer' }) },
  {
    weight: 1,
    arbitrary: fc.record({ type: fc.constant('extend-timer'), seconds: fc.integer({ min: -5, max: 30 }) }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      type: fc.constant('inject-card'),
      cardId: fc.constantFrom(...cardIds, 'geen-kaart'),
    }),
  },
);

const seatBody = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.record({
      type: fc.constant('submit-decisions'),
      changes: anyLevers,
      adoptDrafts: fc.boolean(),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.oneof(
      fc.record({
        type: fc.constant('draft-decisions'),
        role: fc.constant('inkoper'),
        changes: inkoperLevers,
      }),
      fc.record({
        type: fc.constant('draft-decisions'),
        role: fc.constant('professional'),
        changes: professionalLevers,
      }),
      fc.record({
        type: fc.constant('draft-decisions'),
        role: fc.constantFrom(...roles),
        changes: anyLevers,
      }),
    ),
  },
);

/**
 * One step: mostly the right sender for the action, sometimes the wrong one (a student moving the phase, the
 * facilitator submitting, a seat nobody holds), a clock tick, or an action the game does not know.
 */
const step = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      who: fc.constantFrom('facilitator', 'facilitator', 'facilitator', 'seat-0'),
      body: facilitatorBody,
    }),
  },
  {
    weight: 4,
    arbitrary: fc.record({
      who: fc.constantFrom('seat-0', 'seat-1', 'seat-2', 'ghost', 'facilitator'),
      body: seatBody,
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      who: fc.constantFrom('system', 'facilitator'),
      body: fc.constant({ type: 'timer-tick' }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      who: fc.constant('facilitator'),
      body: fc.constant({ type: 'fly-away', to: 'mars' }),
    }),
  },
);

const scenario = fc.record({
  /** Half the runs start in overleg, where decisions count; the others in the lobby. */
  prelude: fc.boolean(),
  steps: fc.array(fc.record({ step, ms: fc.nat(20_000) }), { minLength: 4, maxLength: 16 }),
});

// On the in-memory store and on PostgreSQL (issue 14): one store per run, a session of its own per case.
describeEachStore('session hub (property)', 'memory', (place, kind) => {
  const opened = sharedStore(place);

  it('refusals change nothing, and a fresh hub rebuilds the very same state from the store', async () => {
    await fc.assert(
      fc.asyncProperty(scenario, async ({ prelude, steps }) => {
        const store = opened();
        let now = T0;
        const hub = createSessionHub({ store, clock: () => now, newSeed: () => 3 });
        const config = tinyConfig({ roundTimerSeconds: noTimers });
        const { record } = await hub.create(config as Record<string, unknown>);
        const id = record.id;
        const seats = [
          await hub.join(id, { displayName: 'Ana', municipalityId: 'oostdal', role: 'wethouder' }),
          await hub.join(id, { displayName: 'Bo', municipalityId: 'oostdal', role: 'inkoper' }),
          await hub.join(id, { displayName: 'Cas', municipalityId: 'westerveen', role: 'wethouder' }),
        ];
        const actorOf = (w: string): Actor => {
          if (w === 'facilitator' || w === 'system') return { kind: w };
          if (w === 'ghost') return { kind: 'seat', seatId: 'nobody-sits-here' };
          return { kind: 'seat', seatId: seats[Number(w.slice('seat-'.length))]?.seatId ?? '' };
        };

        if (prelude) {
          await hub.dispatch(id, { kind: 'facilitator' }, { type: 'start-session' });
          await hub.dispatch(id, { kind: 'facilitator' }, { type: 'advance-phase' });
        }

        for (const { step: next, ms } of steps) {
          now += ms;
          const logBefore = (await store.readLog(id)).length;
          const before = (await hub.current(id)).state;
          const textBefore = serializeGame(before);
          const outcome = await hub.dispatch(id, actorOf(next.who), next.body).then(
            (r) => ({ ok: true as const, changed: r.state !== before }),
            (e: unknown) => ({ ok: false as const, error: e }),
          );
          const logAfter = (await store.readLog(id)).length;
          if (!outcome.ok) {
            // Only the game's refusals, never a crash, and nothing logged or changed.
            expect(outcome.error).toBeInstanceOf(AppError);
            expect((outcome.error as AppError).code).toBe('action_refused');
            expect(logAfter).toBe(logBefore);
            expect(serializeGame((await hub.current(id)).state)).toBe(textBefore);
          } else {
            // An accepted change is logged once; a no-op (an early timer tick) is not logged at all.
            expect(logAfter).toBe(outcome.changed ? logBefore + 1 : logBefore);
          }
        }

        const live = serializeGame((await hub.current(id)).state);
        const fresh = createSessionHub({ store, clock: () => now });
        expect(serializeGame((await fresh.current(id)).state)).toBe(live);
        await store.deleteSnapshots(id);
        const fromLogOnly = createSessionHub({ store, clock: () => now });
        expect(serializeGame((await fromLogOnly.current(id)).state)).toBe(live);
      }),
      // Fewer on PostgreSQL, where every step reads the whole log over the network: the rules are the same,
      // what is tested there is the rebuild from the store.
      { numRuns: kind === 'postgresql' ? 5 : 15 },
    );
  });
});
