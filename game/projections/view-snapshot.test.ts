import { describe, expect, it } from 'vitest';
import { facilitator, must, playTo, T0, withSeats } from '../test-support/tiny-game.ts';
import { projectForFacilitator } from './project-for-facilitator.ts';
import { projectForProjector } from './project-for-projector.ts';
import { projectForSeat } from './project-for-seat.ts';

// The server keeps views it has sent to compare the next ones with (issue 10): a view must be a snapshot,
// holding nothing of the engine state that a later resolution changes in place.
describe('views are snapshots', () => {
  it('a view built before a resolution reads the same after it', () => {
    let s = withSeats(
      {
        a: { municipalityId: 'oostdal', role: 'wethouder' },
        b: { municipalityId: 'oostdal', role: 'ervaringsdeskundige' },
        p: { role: 'aanbieder' },
      },
      { providerTeam: true },
    );
    s = playTo(s, 2, 'overleg');
    const seatIds = s.seats.map((x) => x.id);
    const views = [
      projectForFacilitator(s),
      projectForProjector(s),
      ...seatIds.map((id) => projectForSeat(s, id)),
    ];
    const before = JSON.stringify(views);
    must(s, { type: 'advance-phase', actor: facilitator, at: T0 + 10_000_000 });
    expect(JSON.stringify(views)).toBe(before);
  });
});
