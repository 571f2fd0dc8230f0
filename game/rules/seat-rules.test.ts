import { describe, expect, it } from 'vitest';
import { findSeatByRejoinCode, findSeatByToken } from '../state/queries.ts';
import { facilitator, joinAction, must, seatActor, T0, withSeats } from '../test-support/tiny-game.ts';
import { botRoles, seatRolesOf } from './seat-roles.ts';
import { step } from './step.ts';

const rolesOf = (s: ReturnType<typeof withSeats>, id: string) => {
  const seat = s.seats.find((x) => x.id === id);
  if (!seat) throw new Error(id);
  return seatRolesOf(s, seat);
};

describe('joining', () => {
  it('fills the emptiest municipality first and hands out roles wethouder, ervaringsdeskundige, inkoper, professional', () => {
    const s = withSeats({ a: {}, b: {}, c: {}, d: {} });
    expect(s.seats.map((x) => [x.municipalityId, x.role])).toEqual([
      ['oostdal', 'wethouder'],
      ['westerveen', 'wethouder'],
      ['noordhoek', 'wethouder'],
      ['oostdal', 'ervaringsdeskundige'],
    ]);
  });

  it('a fifth student in a team doubles the role held by fewest', () => {
    const s = withSeats({
      a: { municipalityId: 'oostdal' },
      b: { municipalityId: 'oostdal' },
      c: { municipalityId: 'oostdal' },
      d: { municipalityId: 'oostdal' },
      e: { municipalityId: 'oostdal' },
    });
    expect(s.seats.map((x) => x.role)).toEqual([
      'wethouder',
      'ervaringsdeskundige',
      'inkoper',
      'professional',
      'wethouder',
    ]);
  });

  it('refuses a taken seat id, a token or rejoin code in use, an unknown municipality', () => {
    const s = withSeats({ a: {} });
    expect(step(s, joinAction('a', T0))).toMatchObject({ ok: false, error: { code: 'seat-exists' } });
    const sameToken = { ...joinAction('b', T0), seatToken: 'token-a-secret' };
    expect(step(s, sameToken)).toMatchObject({ ok: false, error: { code: 'secret-in-use' } });
    const sameCode = { ...joinAction('b', T0), rejoinCode: 'rejoin-a' };
    expect(step(s, sameCode)).toMatchObject({ ok: false, error: { code: 'secret-in-use' } });
    expect(step(s, joinAction('b', T0, { municipalityId: 'zuidwaard' }))).toMatchObject({
      error: { code: 'unknown-municipality' },
    });
  });

  it('a seat may only join as itself (or be seated by the facilitator)', () => {
    const s = withSeats({});
    expect(step(s, { ...joinAction('b', T0), actor: seatActor('a') })).toMatchObject({
      error: { code: 'not-authorised' },
    });
    expect(step(s, { ...joinAction('b', T0), actor: facilitator }).ok).toBe(true);
  });

  it('the provider team is open only when configured, and has no municipality', () => {
    expect(step(withSeats({}), joinAction('p', T0, { role: 'aanbieder' }))).toMatchObject({
      error: { code: 'no-provider-team' },
    });
    const s = must(withSeats({}, { providerTeam: true }), joinAction('p', T0, { role: 'aanbieder' }));
    expect(s.seats[0]).toMatchObject({ municipalityId: null, role: 'aanbieder' });
    expect(step(s, joinAction('q', T0, { role: 'aanbieder', municipalityId: 'oostdal' })).ok).toBe(false);
  });

  it('refuses a new seat once the session is full, but a seated student can still rejoin', () => {
    const s = withSeats({ a: {}, b: {} }, { maxStudents: 2 });
    expect(step(s, joinAction('c', T0 + 10))).toMatchObject({ ok: false, error: { code: 'session-full' } });
    const back = must(s, { type: 'rejoin', actor: seatActor('a'), at: T0 + 11, seatToken: 'fresh-token-a' });
    expect(back.seats).toHaveLength(2);
    // A freed seat makes room again.
    const freed = must(s, { type: 'remove-seat', actor: facilitator, at: T0 + 12, seatId: 'b' });
    expect(must(freed, joinAction('c', T0 + 13)).seats).toHaveLength(2);
  });

  it('late joiners are welcome during the rounds', () => {
    const s = must(withSeats({ a: {} }), { type: 'start-session', actor: facilitator, at: T0 + 10 });
    expect(must(s, joinAction('b', T0 + 20)).seats).toHaveLength(2);
  });
});

describe('roles merge or go to bots', () => {
  it('one student holds all four roles; two share them round-robin', () => {
    const one = withSeats({ a: { municipalityId: 'oostdal', role: 'professional' } });
    expect(rolesOf(one, 'a').sort()).toEqual(['ervaringsdeskundige', 'inkoper', 'professional', 'wethouder']);
    const two = withSeats({ a: { municipalityId: 'oostdal' }, b: { municipalityId: 'oostdal' } });
    expect(rolesOf(two, 'a')).toEqual(['wethouder', 'inkoper']);
    expect(rolesOf(two, 'b')).toEqual(['ervaringsdeskundige', 'professional']);
    expect(botRoles(two, 'oostdal')).toEqual([]);
  });

  it('with emptyRoles "bot" a bot plays every role nobody holds', () => {
    const s = withSeats({ a: { municipalityId: 'oostdal', role: 'inkoper' } }, { emptyRoles: 'bot' });
    expect(rolesOf(s, 'a')).toEqual(['inkoper']);
    expect(botRoles(s, 'oostdal')).toEqual(['wethouder', 'ervaringsdeskundige', 'professional']);
  });

  it('a team without students is all bots', () => {
    expect(botRoles(withSeats({}), 'westerveen')).toEqual([
      'wethouder',
      'ervaringsdeskundige',
      'inkoper',
      'professional',
    ]);
  });
});

describe('rejoin, leave, move', () => {
  it('finds seats by token and by rejoin code; rejoin rotates the token', () => {
    let s = withSeats({ a: {} });
    expect(findSeatByToken(s, 'token-a-secret')?.id).toBe('a');
    expect(findSeatByRejoinCode(s, 'rejoin-a')?.id).toBe('a');
    s = must(s, { type: 'rejoin', actor: seatActor('a'), at: T0 + 5, seatToken: 'fresh-token-a' });
    expect(findSeatByToken(s, 'token-a-secret')).toBeUndefined();
    expect(findSeatByToken(s, 'fresh-token-a')?.id).toBe('a');
    expect(findSeatByRejoinCode(s, 'nope')).toBeUndefined();
  });

  it('a student who leaves hands the roles back (merge) or to the bots', () => {
    let s = withSeats({ a: { municipalityId: 'oostdal' }, b: { municipalityId: 'oostdal' } });
    s = must(s, { type: 'leave', actor: seatActor('b'), at: T0 + 9 });
    expect(rolesOf(s, 'a')).toHaveLength(4);
    s = must(s, { type: 'leave', actor: seatActor('a'), at: T0 + 10 });
    expect(botRoles(s, 'oostdal')).toHaveLength(4);
  });

  it('only the facilitator moves and removes seats', () => {
    let s = withSeats({ a: { municipalityId: 'oostdal' } });
    const move = {
      type: 'move-seat',
      at: T0,
      seatId: 'a',
      municipalityId: 'noordhoek',
      role: 'inkoper',
    } as const;
    expect(step(s, { ...move, actor: seatActor('a') })).toMatchObject({ error: { code: 'not-authorised' } });
    s = must(s, { ...move, actor: facilitator });
    expect(s.seats[0]).toMatchObject({ municipalityId: 'noordhoek', role: 'inkoper' });
    expect(step(s, { ...move, seatId: 'x', actor: facilitator })).toMatchObject({
      error: { code: 'unknown-seat' },
    });
    s = must(s, { type: 'remove-seat', actor: facilitator, at: T0, seatId: 'a' });
    expect(s.seats).toEqual([]);
  });
});
