import { describe, expect, it } from 'vitest';
import type { ActionInput } from '../actions/action-schema.ts';
import { facilitator, must, playTo, seatActor, T0, withSeats } from '../test-support/tiny-game.ts';
import { step } from './step.ts';

const raise = (seat: string, familyKey: string, aspect = 'story-retold'): ActionInput => ({
  type: 'raise-signal',
  actor: seatActor(seat),
  at: T0 + 4000,
  familyKey,
  aspect: aspect as 'story-retold',
});
const respond = (seat: string, signalId: number, response: 'act' | 'note' | 'dismiss'): ActionInput => ({
  type: 'respond-signal',
  actor: seatActor(seat),
  at: T0 + 4001,
  signalId,
  response,
});

/** Noordhoek has structural ervaringskennis; w is wethouder + inkoper, e is ervaringsdeskundige + professional. */
const team = (municipalityId = 'noordhoek') =>
  playTo(withSeats({ w: { municipalityId }, e: { municipalityId } }), 1, 'signalen');

describe('signals from family journeys', () => {
  it('the ervaringsdeskundige raises a signal; the team answers it', () => {
    let s = must(team(), raise('e', 'ryan'));
    const id = s.signals.find((x) => x.by === 'e')?.id as number;
    expect(s.signals.find((x) => x.id === id)).toMatchObject({
      familyKey: 'ryan',
      municipalityId: 'noordhoek',
      response: null,
    });
    s = must(s, respond('w', id, 'act'));
    expect(s.signals.find((x) => x.id === id)?.response).toMatchObject({ kind: 'act', by: 'w' });
  });

  it.each([
    ['a seat without the role', () => raise('w', 'ryan'), 'not-your-role'],
    ['an unknown family', () => raise('e', 'jamal'), 'unknown-family'],
  ])('refuses %s', (_n, action, code) => {
    expect(step(team(), action())).toMatchObject({ error: { code } });
  });

  it('the same family and aspect once a round; the raiser does not answer alone', () => {
    const four = {
      w: { municipalityId: 'noordhoek' },
      e: { municipalityId: 'noordhoek' },
      i: { municipalityId: 'noordhoek' },
      p: { municipalityId: 'noordhoek' },
    };
    const s = must(playTo(withSeats(four), 1, 'signalen'), raise('e', 'sara', 'waiting'));
    expect(step(s, raise('e', 'sara', 'waiting'))).toMatchObject({ error: { code: 'no-change' } });
    const id = s.nextSignalId - 1;
    expect(step(s, respond('e', id, 'act'))).toMatchObject({ error: { code: 'not-your-role' } });
  });

  it('another team cannot answer, and last round signals are closed', () => {
    let s = playTo(
      withSeats({ e: { municipalityId: 'noordhoek' }, o: { municipalityId: 'oostdal' } }),
      1,
      'signalen',
    );
    s = must(s, raise('e', 'ryan'));
    const id = s.nextSignalId - 1;
    expect(step(s, respond('o', id, 'act'))).toMatchObject({ error: { code: 'not-your-signal' } });
    s = playTo(s, 2, 'signalen');
    expect(step(s, respond('e', id, 'act'))).toMatchObject({ error: { code: 'wrong-phase' } });
  });

  it('answers become the engine signal response: acting 1, noting 0.4, ignoring 0, nothing raised 0.5', () => {
    let s = must(team(), raise('e', 'ryan'));
    s = must(s, raise('e', 'sara'));
    const [a, b] = s.signals.filter((x) => x.by === 'e').map((x) => x.id);
    s = must(s, respond('w', a, 'act'));
    s = must(s, respond('w', b, 'note'));
    s = playTo(s, 1, 'terugblik');
    expect(s.rounds[0].teams.noordhoek.signalResponse).toBeCloseTo(0.7, 12);
    expect(s.sim.municipalities[2].signalResponse).toBeCloseTo(0.7, 12);
  });

  it('bot ervaringsdeskundigen raise at most two signals when overleg opens; bot wethouders answer by mode', () => {
    let s = playTo(withSeats({}), 2, 'overleg');
    const round2 = s.signals.filter((x) => x.round === 2);
    for (const id of ['oostdal', 'westerveen', 'noordhoek'])
      expect(round2.filter((x) => x.municipalityId === id).length).toBeLessThanOrEqual(2);
    expect(round2.every((x) => x.by === 'bot')).toBe(true);
    s = must(s, { type: 'advance-phase', actor: facilitator, at: T0 + 99_000 });
    const answered = s.signals.filter((x) => x.round === 2);
    for (const x of answered) {
      const expected = x.municipalityId === 'noordhoek' ? 'act' : 'dismiss';
      expect(x.response?.kind).toBe(expected);
    }
  });
});
