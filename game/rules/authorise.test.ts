import { describe, expect, it } from 'vitest';
import { actionSchema } from '../actions/action-schema.ts';
import { createGame } from '../state/create-game.ts';
import {
  facilitator,
  joinAction,
  must,
  seatActor,
  T0,
  tinyConfig,
  withSeats,
} from '../test-support/tiny-game.ts';
import { authorise } from './authorise.ts';
import { botRoles } from './seat-roles.ts';
import { step } from './step.ts';

/** A minimal valid payload per action type. */
const payloads: Record<string, object> = {
  join: { displayName: 'Ana', seatId: 'a', seatToken: '12345678', rejoinCode: 'ABCD' },
  rejoin: { seatToken: 'abcdefgh' },
  leave: {},
  'move-seat': { seatId: 'a', municipalityId: 'oostdal', role: 'inkoper' },
  'remove-seat': { seatId: 'a' },
  'start-session': {},
  'advance-phase': {},
  'pause-timer': {},
  'resume-timer': {},
  'extend-timer': { seconds: 10 },
  'timer-tick': {},
  'open-debrief': {},
  'end-session': {},
  'inject-card': { cardId: 'rekenkamer' },
  'set-dashboard-score': { enabled: true },
  'draft-decisions': { role: 'inkoper', changes: {} },
  'submit-decisions': {},
  'share-to-table': { role: 'wethouder', item: 'beleid.spend' },
  'raise-signal': { familyKey: 'ryan', aspect: 'waiting' },
  'respond-signal': { signalId: 1, response: 'act' },
  'propose-regional': { decisions: {} },
  'vote-regional': { proposalId: 1, agree: true },
  'set-provider-stance': { qualityProtection: 0.5, indicatorPlay: 0.5 },
};

const facilitatorOnly = [
  'move-seat',
  'remove-seat',
  'start-session',
  'advance-phase',
  'pause-timer',
  'resume-timer',
  'extend-timer',
  'open-debrief',
  'end-session',
  'inject-card',
  'set-dashboard-score',
];

describe('authorise', () => {
  const state = withSeats({ a: {} });
  const actors = {
    facilitator: { kind: 'facilitator' },
    system: { kind: 'system' },
    seat: { kind: 'seat', seatId: 'a' },
  } as const;

  it('covers every action type', () => {
    expect(Object.keys(payloads).sort()).toEqual(actionSchema.options.map((o) => o.shape.type.value).sort());
  });

  it.each(Object.keys(payloads))('%s: only the right kind of actor', (type) => {
    const verdict = (kind: keyof typeof actors) =>
      authorise(state, actionSchema.parse({ type, actor: actors[kind], at: 1, ...payloads[type] })) ===
      'denied'
        ? 'no'
        : 'yes';
    const expected =
      type === 'timer-tick'
        ? { facilitator: 'no', system: 'yes', seat: 'no' }
        : type === 'join'
          ? { facilitator: 'yes', system: 'no', seat: 'yes' }
          : facilitatorOnly.includes(type)
            ? { facilitator: 'yes', system: 'no', seat: 'no' }
            : { facilitator: 'no', system: 'no', seat: 'yes' };
    expect({ facilitator: verdict('facilitator'), system: verdict('system'), seat: verdict('seat') }).toEqual(
      expected,
    );
  });

  it('a seat acts only as itself, and only once it exists', () => {
    const leave = (seatId: string) =>
      actionSchema.parse({ type: 'leave', actor: { kind: 'seat', seatId }, at: 1 });
    expect(authorise(state, leave('a'))).toMatchObject({ id: 'a' });
    expect(authorise(state, leave('b'))).toBe('denied');
    const joinAsOther = actionSchema.parse({
      type: 'join',
      actor: { kind: 'seat', seatId: 'x' },
      at: 1,
      ...payloads.join,
    });
    expect(authorise(state, joinAsOther)).toBe('denied');
  });
});

describe('solo and asynchronous play (issue 15)', () => {
  const soloGame = () => {
    let s = createGame(tinyConfig({ mode: 'solo' }));
    s = must(s, joinAction('ann', T0, { municipalityId: 'oostdal', role: 'wethouder' }));
    return s;
  };

  it('lets the solo student start the session, move the phases and open the debrief', () => {
    let s = soloGame();
    s = must(s, { type: 'start-session', actor: seatActor('ann'), at: T0 + 1 });
    s = must(s, { type: 'advance-phase', actor: seatActor('ann'), at: T0 + 2 });
    expect(s.phase).toBe('overleg');
  });

  it('keeps phase control with the facilitator in a class', () => {
    let s = createGame(tinyConfig());
    s = must(s, joinAction('ann', T0, { municipalityId: 'oostdal', role: 'wethouder' }));
    expect(step(s, { type: 'start-session', actor: seatActor('ann'), at: T0 + 1 })).toMatchObject({
      ok: false,
      error: { code: 'not-authorised' },
    });
  });

  it('seats one student in solo play: the other municipalities are bots', () => {
    const s = soloGame();
    expect(step(s, joinAction('bo', T0 + 1, { municipalityId: 'westerveen' }))).toMatchObject({
      ok: false,
      error: { code: 'session-full' },
    });
    expect(s.teams.filter((t) => t.id !== 'oostdal').every((t) => botRoles(s, t.id).length === 4)).toBe(true);
  });

  it('takes phase timers of days in asynchronous play', () => {
    const days = 24 * 3600;
    const s = createGame(
      tinyConfig({
        mode: 'async',
        roundTimerSeconds: { signalen: days, overleg: 5 * days, doorrekenen: 15, terugblik: days },
      }),
    );
    expect(s.config.mode).toBe('async');
    const started = must(s, { type: 'start-session', actor: facilitator, at: T0 });
    expect(started.timer.deadline).toBe(T0 + days * 1000);
  });
});
