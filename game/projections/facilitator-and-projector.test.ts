import { describe, expect, it } from 'vitest';
import { joinAction, must, playTo, seatActor, T0, withSeats } from '../test-support/tiny-game.ts';
import { projectForFacilitator } from './project-for-facilitator.ts';
import { projectForProjector } from './project-for-projector.ts';

const game = () => {
  let s = playTo(
    withSeats({ a: { municipalityId: 'oostdal' }, b: { municipalityId: 'oostdal' } }),
    2,
    'overleg',
  );
  s = must(s, {
    type: 'draft-decisions',
    actor: seatActor('a'),
    at: T0 + 9000,
    role: 'inkoper',
    changes: { tariffLevel: 1.2323232 },
  });
  return s;
};

describe('projectForFacilitator', () => {
  it('shows every team with all four lenses, drafts and live status', () => {
    const v = projectForFacilitator(game());
    expect(v.teams).toHaveLength(3);
    for (const t of v.teams)
      expect(Object.keys(t.lenses)).toEqual(['beleid', 'contracten', 'praktijk', 'leefwereld']);
    const oostdal = v.teams[0];
    expect(oostdal.drafts.inkoper?.changes).toEqual({ tariffLevel: 1.2323232 });
    expect(oostdal.status).toMatchObject({ students: 2, submitted: false, drafts: 1 });
    expect(oostdal.seats.map((s) => s.seatId)).toEqual(['a', 'b']);
    expect(v.cards.next).not.toBeNull();
    expect(v.debrief?.questions).toHaveLength(3);
  });

  it('carries no token and no rejoin code', () => {
    const text = JSON.stringify(projectForFacilitator(game()));
    expect(text).not.toContain('token-');
    expect(text).not.toContain('rejoin-');
  });
});

describe('projectForProjector', () => {
  it('is public: phase, teams, cards, table and results, no desks or lenses', () => {
    const v = projectForProjector(game());
    expect(v.session).toMatchObject({ status: 'rounds', round: 2, phase: 'overleg', years: [2027] });
    expect(v.results.region).toHaveLength(1);
    expect(v.cards.map((c) => c.fromRound)).toEqual([1, 2]);
    const text = JSON.stringify(v);
    for (const secret of ['token-', 'rejoin-', '1.2323232', 'drafts', 'lenses'])
      expect(text).not.toContain(secret);
    expect(v.debrief).toBeNull();
  });

  it('tells whether the session has a provider team and how many students sit in it', () => {
    expect(projectForProjector(game()).providerTeam).toBeNull();
    const open = withSeats({ a: { municipalityId: 'oostdal' } }, { providerTeam: true });
    expect(projectForProjector(open).providerTeam).toEqual({ students: 0 });
    const seated = must(open, joinAction('pv', T0 + 50, { role: 'aanbieder' }));
    expect(projectForProjector(seated).providerTeam).toEqual({ students: 1 });
  });
});
