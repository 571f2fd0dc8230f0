import fc from 'fast-check';
import { cardIds } from '../cards/card-catalogue.ts';
import { roles, seatRoles } from '../model/roles.ts';
import { signalAspects } from '../state/signal-aspects.ts';
import { lensTableItems } from '../state/table-items.ts';

/**
 * Random action sequences for the property tests: valid and invalid actions mixed, with seats that exist and
 * seats that do not, secrets that collide, values in and out of bounds, and a clock that mostly moves on
 * (sometimes far, so timers fire; sometimes backwards).
 */
export const SEAT_IDS = ['s1', 's2', 's3', 's4', 's5'] as const;
const MUNICIPALITIES = [undefined, 'oostdal', 'westerveen', 'noordhoek', 'zuidwaard'] as const;

const seatActor = fc
  .oneof(
    { weight: 12, arbitrary: fc.constantFrom(...SEAT_IDS) },
    { weight: 1, arbitrary: fc.constant('ghost') },
  )
  .map((seatId) => ({ kind: 'seat' as const, seatId }));
const anyActor = fc.oneof(
  { weight: 16, arbitrary: seatActor },
  { weight: 1, arbitrary: fc.constant({ kind: 'facilitator' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'system' as const }) },
);
const facilitator = fc.oneof(
  { weight: 9, arbitrary: fc.constant({ kind: 'facilitator' as const }) },
  { weight: 1, arbitrary: seatActor },
);

const join = fc
  .record({
    seatId: fc.constantFrom(...SEAT_IDS),
    variant: fc.integer({ min: 0, max: 2 }),
    code: fc.integer({ min: 0, max: 6 }),
    municipalityId: fc.constantFrom(...MUNICIPALITIES),
    role: fc.option(fc.constantFrom(...seatRoles), { nil: undefined }),
    asFacilitator: fc.boolean(),
  })
  .map((j) => ({
    type: 'join',
    actor: j.asFacilitator ? { kind: 'facilitator' } : { kind: 'seat', seatId: j.seatId },
    displayName: `Naam ${j.seatId}`,
    seatId: j.seatId,
    seatToken: `tok-${j.seatId}-${j.variant}-geheim`,
    rejoinCode: `code-${j.code}`,
    ...(j.municipalityId ? { municipalityId: j.municipalityId } : {}),
    ...(j.role ? { role: j.role } : {}),
  }));

/** Lever values: mostly valid, some out of bounds or of the wrong role. */
const changes = fc.oneof(
  fc.record({ tariffLevel: fc.double({ min: 0.5, max: 1.5, noNaN: true }) }),
  fc.record({
    mandate: fc.double({ min: -0.2, max: 1.2, noNaN: true }),
    reflectionHours: fc.integer({ min: 0, max: 7 }),
  }),
  fc.record({
    budgetSplit: fc.constantFrom(
      { aanval: 0.1, middenveld: 0.2, verdediging: 0.7 },
      { aanval: 0.5, middenveld: 0.5, verdediging: 0.5 },
    ),
  }),
  fc.record({ budgetEur: fc.option(fc.integer({ min: 0, max: 5_000_000 }), { nil: null }) }),
  fc.record({
    ervaringskennis: fc.constantFrom('geen', 'adviserend', 'structureel'),
    learningRhythm: fc.constantFrom('geen', 'kwartaal'),
  }),
  fc.record({
    procurement: fc.constantFrom('open-house', 'aanbesteding'),
    archetype: fc.constantFrom('npm', 'lerend'),
    providerCount: fc.integer({ min: 0, max: 301 }),
  }),
  fc.constant({}),
);

const teamAction = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      type: fc.constant('draft-decisions'),
      actor: anyActor,
      role: fc.constantFrom(...roles),
      changes,
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      type: fc.constant('submit-decisions'),
      actor: anyActor,
      changes,
      adoptDrafts: fc.boolean(),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      type: fc.constant('share-to-table'),
      actor: anyActor,
      role: fc.constantFrom(...roles),
      item: fc.constantFrom(...lensTableItems, 'family:ryan', 'family:jamal'),
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      type: fc.constant('raise-signal'),
      actor: anyActor,
      familyKey: fc.constantFrom('ryan', 'sara', 'jamal'),
      aspect: fc.constantFrom(...signalAspects),
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      type: fc.constant('respond-signal'),
      actor: anyActor,
      signalId: fc.integer({ min: 1, max: 14 }),
      response: fc.constantFrom('act', 'note', 'dismiss'),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      type: fc.constant('propose-regional'),
      actor: anyActor,
      decisions: fc.record({
        jointContracting: fc.boolean(),
        placementCoordination: fc.boolean(),
        developmentFundShare: fc.constantFrom(0, 0.01, 0.03, 0.05),
      }),
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      type: fc.constant('vote-regional'),
      actor: anyActor,
      proposalId: fc.integer({ min: 1, max: 4 }),
      agree: fc.boolean(),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      type: fc.constant('set-provider-stance'),
      actor: anyActor,
      qualityProtection: fc.double({ min: 0, max: 1, noNaN: true }),
      indicatorPlay: fc.double({ min: -0.1, max: 1, noNaN: true }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      type: fc.constant('rejoin'),
      actor: anyActor,
      seatToken: fc.constantFrom('tok-s1-0-geheim', 'nieuw-token-1', 'nieuw-token-2'),
    }),
  },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('leave'), actor: anyActor }) },
);

const facilitatorAction = fc.oneof(
  { weight: 1, arbitrary: fc.record({ type: fc.constant('start-session'), actor: facilitator }) },
  { weight: 8, arbitrary: fc.record({ type: fc.constant('advance-phase'), actor: facilitator }) },
  {
    weight: 2,
    arbitrary: fc.record({ type: fc.constantFrom('pause-timer', 'resume-timer'), actor: facilitator }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      type: fc.constant('extend-timer'),
      actor: facilitator,
      seconds: fc.integer({ min: 1, max: 600 }),
    }),
  },
  {
    weight: 6,
    arbitrary: fc.record({
      type: fc.constant('timer-tick'),
      actor: fc.constantFrom({ kind: 'system' as const }, { kind: 'facilitator' as const }),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      type: fc.constant('inject-card'),
      actor: facilitator,
      cardId: fc.constantFrom(...cardIds),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      type: fc.constant('move-seat'),
      actor: facilitator,
      seatId: fc.constantFrom(...SEAT_IDS),
      municipalityId: fc.constantFrom('oostdal', 'noordhoek', 'zuidwaard', null),
      role: fc.constantFrom(...seatRoles),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      type: fc.constant('remove-seat'),
      actor: facilitator,
      seatId: fc.constantFrom(...SEAT_IDS),
    }),
  },
);

const garbage = fc.constantFrom({ type: 'nope', at: 1 }, { type: 'join' }, null, 'advance-phase', {
  type: 'advance-phase',
  actor: { kind: 'god' },
  at: 1,
});

/** One step: an action without its time, and how far the clock moves before it. */
export const stepArb = fc.record({
  action: fc.oneof(
    { weight: 6, arbitrary: join },
    { weight: 60, arbitrary: teamAction },
    { weight: 21, arbitrary: facilitatorAction },
    { weight: 3, arbitrary: garbage },
    // Rare: the facilitator cuts the rounds short.
    { weight: 1, arbitrary: fc.constant({ type: 'open-debrief', actor: { kind: 'facilitator' } }) },
  ),
  dt: fc.oneof(
    { weight: 8, arbitrary: fc.integer({ min: 0, max: 60_000 }) },
    { weight: 2, arbitrary: fc.integer({ min: 60_000, max: 1_000_000 }) },
    { weight: 1, arbitrary: fc.integer({ min: -5_000, max: 0 }) },
  ),
});

/** A valid join for each of some seats, spread over the teams and the provider team. */
const seating = fc.subarray([...SEAT_IDS], { minLength: 4 }).chain((ids) =>
  fc.tuple(...ids.map(() => fc.constantFrom(...MUNICIPALITIES.slice(0, 4), 'provider'))).map((places) =>
    ids.map((seatId, i) => ({
      type: 'join',
      actor: { kind: 'seat', seatId },
      displayName: `Naam ${seatId}`,
      seatId,
      seatToken: `tok-${seatId}-0-geheim`,
      rejoinCode: `code-${seatId}`,
      ...(places[i] === 'provider' ? { role: 'aanbieder' } : places[i] ? { municipalityId: places[i] } : {}),
    })),
  ),
);

/** Most sessions seat a few students and start; some stay in the lobby. */
export const sessionArb = fc
  .tuple(
    seating,
    fc.integer({ min: 0, max: 6 }),
    fc.array(stepArb, { minLength: 5, maxLength: 90, size: 'max' }),
  )
  .map(([joins, start, steps]) => [
    ...joins.map((action) => ({ action, dt: 1000 })),
    ...(start > 0 ? [{ action: { type: 'start-session', actor: { kind: 'facilitator' } }, dt: 1000 }] : []),
    ...steps,
  ]);

/** The concrete actions of a generated session, stamped with a running clock. */
export const materialise = (steps: readonly { action: unknown; dt: number }[], start: number): unknown[] => {
  let at = start;
  return steps.map(({ action, dt }) => {
    at += dt;
    return action && typeof action === 'object' && 'actor' in action ? { ...action, at } : action;
  });
};
