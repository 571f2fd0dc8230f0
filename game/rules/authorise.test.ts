import { describe, expect, it } from 'vitest';
import { actionSchema } from '../actions/action-schema.ts';
import { withSeats } from '../test-support/tiny-game.ts';
import { authorise } from './authorise.ts';

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
