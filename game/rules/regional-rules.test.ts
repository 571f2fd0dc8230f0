import { describe, expect, it } from 'vitest';
import type { GameState } from '../state/game-state.ts';
import { facilitator, must, playTo, seatActor, T0, withSeats } from '../test-support/tiny-game.ts';
import { step } from './step.ts';

const propose = (seat: string, decisions: object) =>
  ({ type: 'propose-regional', actor: seatActor(seat), at: T0 + 7000, decisions }) as const;
const vote = (seat: string, proposalId: number, agree: boolean) =>
  ({ type: 'vote-regional', actor: seatActor(seat), at: T0 + 7001, proposalId, agree }) as const;

/** Three teams with a student wethouder each. */
const table = (): GameState =>
  playTo(
    withSeats({
      a: { municipalityId: 'oostdal' },
      b: { municipalityId: 'westerveen' },
      c: { municipalityId: 'noordhoek' },
    }),
    1,
    'overleg',
  );

describe('the regional table', () => {
  it('a proposal passes only when every municipality agrees, and acts at the calculation', () => {
    let s = must(table(), propose('a', { placementCoordination: true }));
    expect(s.regional.proposal?.votes).toEqual({ oostdal: true });
    s = must(s, vote('b', 1, true));
    expect(s.regional.adopted).toBeNull();
    const r = step(s, vote('c', 1, true));
    expect(r.ok && r.effects).toContainEqual({ kind: 'regional-adopted', proposalId: 1 });
    s = must(s, vote('c', 1, true));
    expect(s.regional.adopted).toMatchObject({ placementCoordination: true, proposalId: 1 });
    expect(s.sim.regional.placementCoordination).toBe(false);
    s = must(s, { type: 'advance-phase', actor: facilitator, at: T0 + 8000 });
    expect(s.sim.regional.placementCoordination).toBe(true);
    expect(s.regional.inForce.placementCoordination).toBe(true);
    expect(s.rounds[0].regionalChanged).toBe(true);
  });

  it('one no keeps the regional decisions as they were', () => {
    let s = must(table(), propose('a', { jointContracting: true }));
    s = must(s, vote('b', 1, false));
    s = must(s, vote('c', 1, true));
    expect(s.regional.adopted).toBeNull();
    s = must(s, { type: 'advance-phase', actor: facilitator, at: T0 + 8000 });
    expect(s.sim.regional.jointContracting).toBe(false);
    expect(s.regional.proposal).toBeNull();
  });

  it('a new proposal replaces the open one; votes on the old one are refused', () => {
    let s = must(table(), propose('a', { placementCoordination: true }));
    s = must(s, propose('b', { developmentFundShare: 0.01 }));
    expect(s.regional.proposal).toMatchObject({ id: 2, municipalityId: 'westerveen' });
    expect(step(s, vote('c', 1, true))).toMatchObject({ error: { code: 'unknown-proposal' } });
  });

  it('refuses a proposal that changes nothing, and anyone but a wethouder in overleg', () => {
    const s = table();
    expect(step(s, propose('a', {}))).toMatchObject({ error: { code: 'no-change' } });
    const two = playTo(
      withSeats({ a: { municipalityId: 'oostdal' }, x: { municipalityId: 'oostdal' } }),
      1,
      'overleg',
    );
    expect(step(two, propose('x', { placementCoordination: true }))).toMatchObject({
      error: { code: 'not-your-role' },
    });
    const signalen = playTo(withSeats({ a: {} }), 1, 'signalen');
    expect(step(signalen, propose('a', { placementCoordination: true }))).toMatchObject({
      error: { code: 'wrong-phase' },
    });
  });

  it('bot wethouders vote at once by their rule: placement coordination yes, a big fund from an NPM team no', () => {
    const solo = playTo(withSeats({ a: { municipalityId: 'oostdal' } }), 1, 'overleg');
    const yes = must(solo, propose('a', { placementCoordination: true }));
    expect(yes.regional.adopted).toMatchObject({ placementCoordination: true });
    const no = must(solo, propose('a', { developmentFundShare: 0.03 }));
    // Westerveen is relational, Noordhoek learning: the learning bot agrees, the relational one not above 1%.
    expect(no.regional.proposal?.votes).toEqual({ oostdal: true, westerveen: false, noordhoek: true });
  });
});
