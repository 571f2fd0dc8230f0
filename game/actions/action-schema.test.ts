import { describe, expect, it } from 'vitest';
import { actionSchema } from './action-schema.ts';
import { leverChangesSchema } from './lever-changes.ts';

const seat = { kind: 'seat', seatId: 's1' } as const;
const base = { actor: seat, at: 1 };

describe('actionSchema', () => {
  it.each([
    [{ type: 'join', ...base, displayName: 'Ana', seatId: 's1', seatToken: '12345678', rejoinCode: 'ABCD' }],
    [{ type: 'rejoin', ...base, seatToken: 'abcdefgh' }],
    [{ type: 'leave', ...base }],
    [
      {
        type: 'move-seat',
        actor: { kind: 'facilitator' },
        at: 1,
        seatId: 's1',
        municipalityId: null,
        role: 'aanbieder',
      },
    ],
    [{ type: 'extend-timer', actor: { kind: 'facilitator' }, at: 1, seconds: 60 }],
    [{ type: 'timer-tick', actor: { kind: 'system' }, at: 1 }],
    [{ type: 'inject-card', actor: { kind: 'facilitator' }, at: 1, cardId: 'rekenkamer' }],
    [{ type: 'draft-decisions', ...base, role: 'inkoper', changes: { tariffLevel: 1 } }],
    [{ type: 'submit-decisions', ...base }],
    [{ type: 'share-to-table', ...base, role: 'wethouder', item: 'beleid.dashboard' }],
    [{ type: 'share-to-table', ...base, role: 'ervaringsdeskundige', item: 'family:gezin-alles' }],
    [{ type: 'raise-signal', ...base, familyKey: 'ryan', aspect: 'waiting' }],
    [{ type: 'respond-signal', ...base, signalId: 3, response: 'act' }],
    [{ type: 'propose-regional', ...base, decisions: { jointContracting: true } }],
    [{ type: 'vote-regional', ...base, proposalId: 1, agree: false }],
    [{ type: 'set-provider-stance', ...base, qualityProtection: 0.2, indicatorPlay: 1 }],
  ])('accepts %j', (a) => {
    expect(actionSchema.safeParse(a).success).toBe(true);
  });

  it.each([
    ['an unknown type', { type: 'win', ...base }],
    ['no actor', { type: 'leave', at: 1 }],
    ['no time', { type: 'leave', actor: seat }],
    ['a negative time', { type: 'leave', actor: seat, at: -1 }],
    ['an extra field', { type: 'leave', ...base, sneaky: true }],
    ['an unknown actor', { type: 'leave', actor: { kind: 'admin' }, at: 1 }],
    ['a short token', { type: 'rejoin', ...base, seatToken: 'short' }],
    [
      'a long display name',
      {
        type: 'join',
        ...base,
        displayName: 'x'.repeat(41),
        seatId: 's1',
        seatToken: '12345678',
        rejoinCode: 'ABCD',
      },
    ],
    [
      'a blank display name',
      { type: 'join', ...base, displayName: '   ', seatId: 's1', seatToken: '12345678', rejoinCode: 'ABCD' },
    ],
    [
      'a lever out of bounds',
      { type: 'draft-decisions', ...base, role: 'inkoper', changes: { contractYears: 10 } },
    ],
    ['an unknown table item', { type: 'share-to-table', ...base, role: 'wethouder', item: 'beleid.secrets' }],
    ['an unknown aspect', { type: 'raise-signal', ...base, familyKey: 'ryan', aspect: 'weather' }],
    [
      'a regional fund over 3%',
      { type: 'propose-regional', ...base, decisions: { developmentFundShare: 0.05 } },
    ],
    ['a stance over 1', { type: 'set-provider-stance', ...base, qualityProtection: 1.2, indicatorPlay: 0 }],
  ])('refuses %s', (_name, a) => {
    expect(actionSchema.safeParse(a).success).toBe(false);
  });

  it('trims display names and fills defaults of a submission', () => {
    const j = actionSchema.parse({
      type: 'join',
      ...base,
      displayName: '  Ana ',
      seatId: 's1',
      seatToken: '12345678',
      rejoinCode: 'ABCD',
    });
    expect(j.type === 'join' && j.displayName).toBe('Ana');
    expect(actionSchema.parse({ type: 'submit-decisions', ...base })).toMatchObject({
      changes: {},
      adoptDrafts: true,
    });
  });
});

describe('leverChangesSchema', () => {
  it('leaves missing levers out instead of filling defaults', () => {
    expect(leverChangesSchema.parse({ mandate: 0.5 })).toEqual({ mandate: 0.5 });
    expect(leverChangesSchema.parse({})).toEqual({});
  });

  it('keeps the engine bounds and the budget split rule', () => {
    expect(leverChangesSchema.safeParse({ mandate: 1.5 }).success).toBe(false);
    expect(
      leverChangesSchema.safeParse({ budgetSplit: { aanval: 0.2, middenveld: 0.2, verdediging: 0.2 } })
        .success,
    ).toBe(false);
    expect(leverChangesSchema.safeParse({ budgetEur: null }).success).toBe(true);
    expect(leverChangesSchema.safeParse({ budgetEur: -1 }).success).toBe(false);
  });
});
