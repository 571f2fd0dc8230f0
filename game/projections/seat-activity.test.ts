import { describe, expect, it } from 'vitest';
import { must, playTo, seatActor, T0, withSeats } from '../test-support/tiny-game.ts';
import { projectForFacilitator } from './project-for-facilitator.ts';

const acted = (s: Parameters<typeof projectForFacilitator>[0]) =>
  Object.fromEntries(
    projectForFacilitator(s)
      .teams.flatMap((t) => t.seats)
      .map((seat) => [seat.seatId, seat.acted]),
  );

/** Asynchronous play: the console shows who has acted this round (issue 15). */
describe('who acted this round', () => {
  const start = playTo(
    withSeats({
      w: { municipalityId: 'oostdal', role: 'wethouder' },
      i: { municipalityId: 'oostdal', role: 'inkoper' },
      e: { municipalityId: 'westerveen', role: 'ervaringsdeskundige' },
    }),
    1,
    'signalen',
  );
  const at = T0 + 5000;

  it('is nobody at the start of a round', () => {
    expect(acted(start)).toEqual({ w: false, i: false, e: false });
  });

  it('is whoever saved a proposal, raised a signal or submitted, and resets with the next round', () => {
    let s = must(start, {
      type: 'draft-decisions',
      role: 'inkoper',
      changes: { tariffLevel: 1.1 },
      actor: seatActor('i'),
      at,
    });
    s = must(s, { type: 'raise-signal', familyKey: 'ryan', aspect: 'waiting', actor: seatActor('e'), at });
    expect(acted(s)).toEqual({ w: false, i: true, e: true });
    s = playTo(s, 1, 'overleg', at + 10);
    s = must(s, { type: 'submit-decisions', changes: {}, actor: seatActor('w'), at: at + 100 });
    expect(acted(s).w).toBe(true);
    expect(acted(playTo(s, 2, 'signalen', at + 200))).toEqual({ w: false, i: false, e: false });
  });
});
