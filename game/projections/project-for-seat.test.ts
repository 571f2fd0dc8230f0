import { describe, expect, it } from 'vitest';
import type { ActionInput } from '../actions/action-schema.ts';
import { step } from '../rules/step.ts';
import type { GameState } from '../state/game-state.ts';
import { facilitator, must, playTo, seatActor, T0, withSeats } from '../test-support/tiny-game.ts';
import { projectForSeat } from './project-for-seat.ts';

const four = {
  w: { municipalityId: 'oostdal' },
  e: { municipalityId: 'oostdal' },
  i: { municipalityId: 'oostdal' },
  p: { municipalityId: 'oostdal' },
};

const view = (s: GameState, id: string) => {
  const v = projectForSeat(s, id);
  if (!v) throw new Error(`no view for ${id}`);
  return v;
};

describe('projectForSeat', () => {
  it('shows each student the lens of the roles they hold, and only those', () => {
    const s = playTo(withSeats({ ...four, solo: { municipalityId: 'westerveen' } }), 2, 'signalen');
    expect(Object.keys(view(s, 'w').lenses)).toEqual(['beleid']);
    expect(Object.keys(view(s, 'e').lenses)).toEqual(['leefwereld']);
    expect(Object.keys(view(s, 'i').lenses)).toEqual(['contracten']);
    expect(Object.keys(view(s, 'p').lenses)).toEqual(['praktijk']);
    expect(Object.keys(view(s, 'solo').lenses).sort()).toEqual([
      'beleid',
      'contracten',
      'leefwereld',
      'praktijk',
    ]);
  });

  it('keeps the true counts out of the beleid lens (meetbaar is what is registered)', () => {
    const s = playTo(withSeats(four), 2, 'signalen');
    const beleid = view(s, 'w').lenses.beleid;
    const text = JSON.stringify(beleid);
    expect(text).not.toMatch(/true(Waiting|Need|SuccessShare)/);
    expect(beleid?.dashboard).toHaveProperty('registeredWaiting');
    // The baseline (the warm-up's last year) and round 1's year.
    expect(beleid?.series.map((y) => y.year)).toEqual([s.startYear - 1, s.startYear]);
    expect(view(s, 'e').lenses.leefwereld?.summary).toHaveProperty('reallyWaiting');
  });

  it('shows the leefwereld with the named families journeys and events', () => {
    const s = playTo(withSeats(four), 2, 'signalen');
    const families = view(s, 'e').lenses.leefwereld?.families ?? [];
    expect(families.map((f) => f.key)).toEqual(['ryan', 'sara']);
    expect(families[0].events.length).toBeGreaterThan(0);
  });

  it('shows the own team drafts, the submission preview and my levers; never another team desk', () => {
    let s = playTo(withSeats({ ...four, x: { municipalityId: 'westerveen' } }), 1, 'overleg');
    s = must(s, {
      type: 'draft-decisions',
      actor: seatActor('i'),
      at: T0 + 5000,
      role: 'inkoper',
      changes: { tariffLevel: 1.2121212 },
    });
    s = must(s, {
      type: 'draft-decisions',
      actor: seatActor('x'),
      at: T0 + 5000,
      role: 'inkoper',
      changes: { tariffLevel: 0.6161616 },
    });
    const mine = view(s, 'w');
    expect(mine.team?.drafts.inkoper).toMatchObject({
      changes: { tariffLevel: 1.2121212 },
      by: { kind: 'student', name: 'Student i' },
    });
    expect(mine.team?.preview?.tariffLevel).toBe(1.2121212);
    expect(mine.team?.myLevers).toEqual(['budgetEur', 'budgetSplit', 'learningFundShare', 'riskReflex']);
    expect(JSON.stringify(mine)).not.toContain('0.6161616');
    expect(JSON.stringify(view(s, 'x'))).not.toContain('1.2121212');
  });

  it('carries no rejoin code and no token: the state holds only their keyed hashes, the student the code', () => {
    const s = playTo(withSeats({ a: {}, b: {} }), 1, 'signalen');
    const text = JSON.stringify(view(s, 'a'));
    expect(text).not.toContain('rejoin-a');
    expect(text).not.toContain('rejoin-b');
    expect(text).not.toContain('token-');
  });

  it('shares to the table: teammates see the item with its data, the next team does not', () => {
    let s = playTo(withSeats({ ...four, x: { municipalityId: 'westerveen' } }), 2, 'signalen');
    const share = (seat: string, role: string, item: string): ActionInput =>
      ({ type: 'share-to-table', actor: seatActor(seat), at: T0 + 9000, role, item }) as ActionInput;
    s = must(s, share('e', 'ervaringsdeskundige', 'family:ryan'));
    s = must(s, share('w', 'wethouder', 'beleid.dashboard'));
    const table = view(s, 'p').team?.table ?? [];
    expect(table.map((t) => t.item)).toEqual(['family:ryan', 'beleid.dashboard']);
    expect(table[0].data).toMatchObject({ key: 'ryan' });
    expect(table[1].data).toHaveProperty('registeredClients');
    expect(view(s, 'x').team?.table).toEqual([]);
    expect(step(s, share('w', 'wethouder', 'leefwereld.summary'))).toMatchObject({
      error: { code: 'not-your-role' },
    });
    expect(step(s, share('e', 'ervaringsdeskundige', 'family:jamal'))).toMatchObject({
      error: { code: 'unknown-family' },
    });
  });

  it('gives the provider team the market and no municipal desk', () => {
    const s = playTo(withSeats({ pv: { role: 'aanbieder' } }, { providerTeam: true }), 1, 'overleg');
    const v = view(s, 'pv');
    expect(v.team).toBeNull();
    expect(v.lenses).toEqual({});
    expect(v.provider?.providers.length).toBe(s.sim.providers.length);
    const next = must(s, {
      type: 'set-provider-stance',
      actor: seatActor('pv'),
      at: T0 + 9000,
      qualityProtection: 1,
      indicatorPlay: 0,
    });
    expect(view(next, 'pv').provider?.stance).toEqual({ qualityProtection: 1, indicatorPlay: 0 });
  });

  it('opens the debrief for students only once the debrief starts; an unknown seat gets nothing', () => {
    const s = playTo(withSeats({ a: {} }), 2, 'signalen');
    expect(view(s, 'a').debrief).toBeNull();
    const d = must(s, { type: 'open-debrief', actor: facilitator, at: T0 + 9000 });
    expect(view(d, 'a').debrief?.questions).toHaveLength(3);
    expect(projectForSeat(s, 'nobody')).toBeNull();
  });

  it('shows other teams only as the class sees them: size, bots and whether they submitted', () => {
    let s = playTo(
      withSeats({ a: { municipalityId: 'oostdal' }, b: { municipalityId: 'westerveen' } }),
      1,
      'overleg',
    );
    s = must(s, { type: 'submit-decisions', actor: seatActor('b'), at: T0 + 9000 });
    expect(view(s, 'a').region.teams).toEqual([
      {
        id: 'oostdal',
        name: 'Oostdal',
        students: 1,
        botRoles: [],
        chosenRoles: ['wethouder'],
        submitted: false,
      },
      {
        id: 'westerveen',
        name: 'Westerveen',
        students: 1,
        botRoles: [],
        chosenRoles: ['wethouder'],
        submitted: true,
      },
      {
        id: 'noordhoek',
        name: 'Noordhoek',
        students: 0,
        botRoles: ['wethouder', 'ervaringsdeskundige', 'inkoper', 'professional'],
        chosenRoles: [],
        submitted: false,
      },
    ]);
  });
});
