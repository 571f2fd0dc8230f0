import { describe, expect, it } from 'vitest';
import type { ActionInput } from '../actions/action-schema.ts';
import { must, playTo, seatActor, T0, withSeats } from '../test-support/tiny-game.ts';
import { step } from './step.ts';

const overleg = () =>
  playTo(withSeats({ w: { municipalityId: 'oostdal' }, p: { municipalityId: 'oostdal' } }), 1, 'overleg');
const draft = (seat: string, role: string, changes: object) =>
  ({ type: 'draft-decisions', actor: seatActor(seat), at: T0 + 5000, role, changes }) as ActionInput;

describe('drafts', () => {
  it('a role drafts its own levers; the draft is normalised and signed', () => {
    // w holds wethouder + inkoper, p holds ervaringsdeskundige + professional.
    const s = must(overleg(), draft('w', 'inkoper', { tariffLevel: 1.1, funding: 'taakgericht' }));
    expect(s.teams[0].drafts.inkoper).toEqual({
      changes: { funding: 'taakgericht', tariffLevel: 1.1 },
      by: 'w',
      at: T0 + 5000,
    });
  });

  it.each([
    ['a lever of another role', 'w', 'inkoper', { mandate: 0.9 }, 'not-your-levers'],
    ['a role the seat does not hold', 'p', 'inkoper', { tariffLevel: 1.1 }, 'not-your-role'],
    ['a value out of bounds', 'w', 'inkoper', { tariffLevel: 2 }, 'invalid-action'],
    ['an unknown lever', 'w', 'inkoper', { bribe: 1 }, 'invalid-action'],
    [
      'a split that does not add up',
      'w',
      'wethouder',
      { budgetSplit: { aanval: 0.5, middenveld: 0.5, verdediging: 0.5 } },
      'invalid-action',
    ],
    ['a budget beyond 130%', 'w', 'wethouder', { budgetEur: 2_618_000 * 1.31 }, 'invalid-decisions'],
    ['a budget under 70%', 'w', 'wethouder', { budgetEur: 2_618_000 * 0.69 }, 'invalid-decisions'],
  ])('refuses %s', (_name, seat, role, changes, code) => {
    const s = overleg();
    expect(step(s, draft(seat, role, changes))).toMatchObject({ ok: false, error: { code } });
  });

  it('an empty draft withdraws it', () => {
    let s = must(overleg(), draft('p', 'professional', { mandate: 0.8 }));
    s = must(s, draft('p', 'professional', {}));
    expect(s.teams[0].drafts.professional).toBeNull();
  });

  it('drafting is closed once the round is being calculated', () => {
    const s = playTo(withSeats({ w: { municipalityId: 'oostdal' } }), 1, 'terugblik');
    expect(step(s, draft('w', 'inkoper', { tariffLevel: 1 }))).toMatchObject({
      error: { code: 'wrong-phase' },
    });
  });
});

describe('submitting', () => {
  it('the wethouder submits decisions in force plus drafts plus last changes', () => {
    let s = must(overleg(), draft('p', 'professional', { mandate: 0.8 }));
    s = must(s, {
      type: 'submit-decisions',
      actor: seatActor('w'),
      at: T0 + 6000,
      changes: { tariffLevel: 1.02 },
    });
    const sub = s.teams[0].submission;
    expect(sub?.decisions).toMatchObject({ mandate: 0.8, tariffLevel: 1.02, archetype: 'npm' });
    expect(sub?.by).toBe('w');
  });

  it('may decline the drafts', () => {
    let s = must(overleg(), draft('p', 'professional', { mandate: 0.8 }));
    s = must(s, { type: 'submit-decisions', actor: seatActor('w'), at: T0 + 6000, adoptDrafts: false });
    expect(s.teams[0].submission?.decisions.mandate).toBe(0.3);
  });

  it('only the wethouder submits, and only in overleg', () => {
    const s = overleg();
    expect(step(s, { type: 'submit-decisions', actor: seatActor('p'), at: T0 })).toMatchObject({
      error: { code: 'not-your-role' },
    });
    const early = playTo(withSeats({ w: {} }), 1, 'signalen');
    expect(step(early, { type: 'submit-decisions', actor: seatActor('w'), at: T0 })).toMatchObject({
      error: { code: 'wrong-phase' },
    });
  });
});
