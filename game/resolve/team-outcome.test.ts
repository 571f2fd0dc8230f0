import { describe, expect, it } from 'vitest';
import type { Signal } from '../state/game-state.ts';
import { must, playTo, seatActor, T0, withSeats } from '../test-support/tiny-game.ts';
import {
  botAnsweredSignals,
  MODEL_SIGNAL_RESPONSE,
  NO_SIGNALS_RESPONSE,
  signalResponse,
  silentResponse,
  teamOutcome,
} from './team-outcome.ts';

const signal = (
  id: number,
  kind: 'act' | 'note' | 'dismiss' | null,
  round = 1,
  municipalityId = 'oostdal',
): Signal => ({
  id,
  round,
  municipalityId,
  familyKey: 'ryan',
  aspect: 'waiting',
  by: 'x',
  at: 0,
  response: kind && { kind, by: 'y', at: 0 },
});

describe('signal response', () => {
  it('weighs act 1, note 0.4, dismiss and no answer 0, over this round and team only', () => {
    const signals = [
      signal(1, 'act'),
      signal(2, 'note'),
      signal(3, 'dismiss'),
      signal(4, null),
      signal(5, 'act', 0),
      signal(6, 'act', 1, 'westerveen'),
    ];
    expect(signalResponse(signals, 1, 'oostdal')).toBeCloseTo(1.4 / 4, 12);
    expect(signalResponse(signals, 1, 'westerveen')).toBe(1);
    expect(signalResponse(signals, 1, 'noordhoek')).toBe(NO_SIGNALS_RESPONSE);
  });
});

describe('team outcome', () => {
  it('a submission wins; without one a student wethouder keeps, a bot wethouder moves', () => {
    let s = playTo(withSeats({ a: { municipalityId: 'oostdal' } }, { emptyRoles: 'bot' }), 1, 'overleg');
    expect(teamOutcome(s, s.teams[0]).source).toBe('kept');
    expect(teamOutcome(s, s.teams[1])).toMatchObject({ source: 'bot', by: 'bot' });
    s = must(s, {
      type: 'submit-decisions',
      actor: seatActor('a'),
      at: T0 + 5000,
      changes: { mandate: 0.55 },
    });
    expect(teamOutcome(s, s.teams[0])).toMatchObject({
      source: 'submitted',
      by: 'a',
      decided: { mandate: 0.55 },
    });
  });

  it('with a bot wethouder the students drafts are taken along', () => {
    let s = playTo(
      withSeats({ i: { municipalityId: 'oostdal', role: 'inkoper' } }, { emptyRoles: 'bot' }),
      1,
      'overleg',
    );
    s = must(s, {
      type: 'draft-decisions',
      actor: seatActor('i'),
      at: T0 + 5000,
      role: 'inkoper',
      changes: { contractYears: 7 },
    });
    expect(teamOutcome(s, s.teams[0])).toMatchObject({ source: 'bot', decided: { contractYears: 7 } });
  });

  it('bots answer only the open signals of their own team and this round', () => {
    let s = playTo(
      withSeats({ e: { municipalityId: 'oostdal', role: 'ervaringsdeskundige' } }, { emptyRoles: 'bot' }),
      1,
      'overleg',
    );
    s = must(s, {
      type: 'raise-signal',
      actor: seatActor('e'),
      at: T0 + 5000,
      familyKey: 'ryan',
      aspect: 'waiting',
    });
    const answered = botAnsweredSignals(s, T0 + 6000).find((x) => x.by === 'e');
    expect(answered?.response).toEqual({ kind: 'dismiss', by: 'bot', at: T0 + 6000 });
  });
});

describe('signal response when nothing was raised', () => {
  it('is the model default before journeys begin and for bots; half for a silent student ervaringsdeskundige', () => {
    const first = playTo(withSeats({ e: { municipalityId: 'oostdal' } }), 1, 'overleg');
    expect(silentResponse(first, first.teams[0])).toBe(MODEL_SIGNAL_RESPONSE);
    const later = playTo(withSeats({ e: { municipalityId: 'oostdal' } }), 3, 'overleg');
    expect(silentResponse(later, later.teams[0])).toBe(NO_SIGNALS_RESPONSE);
    expect(silentResponse(later, later.teams[1])).toBe(MODEL_SIGNAL_RESPONSE);
  });
});
