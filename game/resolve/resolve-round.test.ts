import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decisionsSchema, defaultParameters } from '../../engine/index.ts';
import { leverChangesSchema } from '../actions/lever-changes.ts';
import { step } from '../rules/step.ts';
import { deserializeGame, serializeGame } from '../serialize/serialize-game.ts';
import { createGame } from '../state/create-game.ts';
import type { GameState } from '../state/game-state.ts';
import {
  facilitator,
  must,
  playTo,
  seatActor,
  T0,
  tinyConfig,
  withSeats,
} from '../test-support/tiny-game.ts';
import { resolveRound } from './resolve-round.ts';

const submit = (changes: object) =>
  ({ type: 'submit-decisions', actor: seatActor('w'), at: T0 + 5000, changes }) as const;

/** Any valid set of levers (within the game's budget bounds for Oostdal). */
const leversArb = fc.record({
  procurement: fc.constantFrom(
    'aanbesteding',
    'open-house',
    'dialoog',
    'strategisch-partnerschap',
    'enkele-partner',
    'insourcing',
    'subsidie',
  ),
  archetype: fc.constantFrom('npm', 'relationeel', 'lerend'),
  contractYears: fc.integer({ min: 1, max: 9 }),
  providerCount: fc.integer({ min: 1, max: 300 }),
  funding: fc.constantFrom('per-product', 'per-traject', 'taakgericht', 'lumpsum'),
  tariffLevel: fc.double({ min: 0.6, max: 1.4, noNaN: true }),
  productCodes: fc.constantFrom('veel', 'weinig', 'geen'),
  budgetEur: fc.option(fc.double({ min: 2_618_000 * 0.7, max: 2_618_000 * 1.3, noNaN: true }), { nil: null }),
  budgetSplit: fc
    .tuple(fc.double({ min: 0, max: 0.5, noNaN: true }), fc.double({ min: 0, max: 0.5, noNaN: true }))
    .map(([a, m]) => ({ aanval: a, middenveld: m, verdediging: 1 - a - m })),
  learningFundShare: fc.double({ min: 0, max: 0.05, noNaN: true }),
  access: fc.constantFrom('loket-intake-beschikking', 'direct'),
  onePlanOneContact: fc.boolean(),
  specialistsNearby: fc.boolean(),
  mandate: fc.double({ min: 0, max: 1, noNaN: true }),
  accountability: fc.constantFrom('strak', 'steekproef', 'verhalend'),
  registration: fc.constantFrom('gebruik', 'behoefte'),
  sharedLedger: fc.boolean(),
  ervaringskennis: fc.constantFrom('geen', 'adviserend', 'structureel'),
  learningRhythm: fc.constantFrom('geen', 'jaarlijks', 'kwartaal'),
  reflectionHours: fc.double({ min: 0, max: 6, noNaN: true }),
  riskReflex: fc.constantFrom('volgen', 'weerstaan'),
});

describe('resolveRound', () => {
  it('every lever a wethouder submits reaches the engine unchanged', () => {
    const base = playTo(withSeats({ w: { municipalityId: 'oostdal' } }), 1, 'overleg');
    fc.assert(
      fc.property(leversArb, (levers) => {
        expect(leverChangesSchema.safeParse(levers).success).toBe(true);
        const s = resolveRound(must(structuredCloneGame(base), submit(levers)), T0 + 9000);
        expect(s.sim.municipalities[0].decisions).toEqual(decisionsSchema.parse(levers));
        expect(s.rounds[0].teams.oostdal).toMatchObject({ source: 'submitted', by: 'w' });
      }),
      { numRuns: 25 },
    );
  });

  it('a team that did not submit keeps its decisions, a bot team moves by its rules, drafts are cleared', () => {
    let s = playTo(withSeats({ w: { municipalityId: 'oostdal' } }), 2, 'overleg');
    s = must(s, {
      type: 'draft-decisions',
      actor: seatActor('w'),
      at: T0 + 9000,
      role: 'inkoper',
      changes: { tariffLevel: 1.3 },
    });
    const before = s.teams[0].decisions;
    s = must(s, { type: 'advance-phase', actor: facilitator, at: T0 + 9001 });
    expect(s.rounds[1].teams.oostdal.source).toBe('kept');
    expect(s.teams[0].decisions).toEqual(before);
    expect(s.sim.municipalities[0].decisions.tariffLevel).toBe(before.tariffLevel);
    expect(s.rounds[1].teams.westerveen.source).toBe('bot');
    expect(s.teams[0].drafts.inkoper).toBeNull();
  });

  it('applies the round parameters of active cards and the budget cut of the Hervormingsagenda', () => {
    let s = playTo(withSeats({}), 1, 'signalen');
    s = must(s, { type: 'inject-card', actor: facilitator, at: T0 + 2000, cardId: 'hervormingsagenda' });
    s = must(s, { type: 'advance-phase', actor: facilitator, at: T0 + 2001 });
    s = must(s, { type: 'advance-phase', actor: facilitator, at: T0 + 2002 });
    const d = defaultParameters();
    expect(s.sim.params.wrongPlaceFitPenalty).toBeCloseTo(d.wrongPlaceFitPenalty * 0.8, 12);
    expect(s.sim.params.pressurePerOverspend).toBeCloseTo(d.pressurePerOverspend * 1.3, 12);
    const team = s.teams[0];
    expect(s.rounds[0].teams.oostdal.applied.budgetEur).toBeCloseTo(team.baseBudgetEur * 0.97, 6);
    expect(s.sim.municipalities[0].budgetEur).toBeCloseTo(team.baseBudgetEur * 0.97, 6);
    expect(team.decisions.budgetEur).toBeNull();
  });

  it('a one-round card stops acting after its round, and the parameters return', () => {
    let s = playTo(withSeats({}), 1, 'signalen');
    s = must(s, {
      type: 'inject-card',
      actor: facilitator,
      at: T0 + 2000,
      cardId: 'buurgemeente-aanbesteding',
    });
    s = playTo(s, 1, 'terugblik');
    expect(s.sim.params.providerBidHours).toBe(defaultParameters().providerBidHours * 2);
    s = playTo(s, 2, 'terugblik');
    expect(s.sim.params.providerBidHours).toBe(defaultParameters().providerBidHours);
  });

  it('a media incident lands as political pressure at the start of the calculated year', () => {
    const quiet = playTo(withSeats({}), 2, 'terugblik');
    let s = playTo(withSeats({}), 2, 'signalen');
    s = must(s, { type: 'inject-card', actor: facilitator, at: T0 + 2000, cardId: 'media-incident' });
    s = playTo(s, 2, 'terugblik');
    expect(s.sim.history[0][1].politicalPressure).toBeGreaterThan(
      quiet.sim.history[0][1].politicalPressure + 0.2,
    );
  });

  it('records the year reports, families and decisions of the round', () => {
    const s = playTo(createGameInLobby(), 1, 'terugblik');
    const r = s.rounds[0];
    expect(r.years).toEqual([2026]);
    expect(Object.keys(r.reports)).toEqual(['oostdal', 'westerveen', 'noordhoek']);
    expect(r.region[0].year).toBe(2026);
    expect(r.families.map((f) => f.key)).toEqual(['ryan', 'sara', 'ryan', 'sara', 'ryan', 'sara']);
    expect(r.cards).toEqual(['wvbj']);
  });
});

const createGameInLobby = () => createGame(tinyConfig());

/** A deep copy of a game (the engine state mutates in place on resolution). */
const structuredCloneGame = (s: GameState): GameState => deserializeGame(serializeGame(s));

describe('the provider team', () => {
  it('its stance reaches the engine parameters at the calculation', () => {
    let s = playTo(withSeats({ p: { role: 'aanbieder' } }, { providerTeam: true }), 1, 'overleg');
    s = must(s, {
      type: 'set-provider-stance',
      actor: seatActor('p'),
      at: T0 + 5000,
      qualityProtection: 1,
      indicatorPlay: 0,
    });
    s = must(s, { type: 'advance-phase', actor: facilitator, at: T0 + 5001 });
    expect(s.sim.params.gamingDischargeRate).toBe(0);
    expect(s.sim.params.qualityCutPerLoss).toBeCloseTo(defaultParameters().qualityCutPerLoss * 0.5, 12);
    expect(s.rounds[0].providerStance).toEqual({ qualityProtection: 1, indicatorPlay: 0 });
  });

  it('only the provider team sets it, and only before the calculation', () => {
    const s = playTo(
      withSeats({ a: { municipalityId: 'oostdal' }, p: { role: 'aanbieder' } }, { providerTeam: true }),
      1,
      'terugblik',
    );
    const stance = {
      type: 'set-provider-stance',
      at: T0 + 5000,
      qualityProtection: 1,
      indicatorPlay: 0,
    } as const;
    expect(step(s, { ...stance, actor: seatActor('a') })).toMatchObject({ error: { code: 'not-your-role' } });
    expect(step(s, { ...stance, actor: seatActor('p') })).toMatchObject({ error: { code: 'wrong-phase' } });
  });
});
