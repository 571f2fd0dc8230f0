import { describe, expect, it } from 'vitest';
import type { FamilyReport } from '../../engine/index.ts';
import { playTo, withSeats } from '../test-support/tiny-game.ts';
import { botResponse, botSignals } from './bot-signals.ts';

const journey = (over: Partial<FamilyReport['journey']>): FamilyReport['journey'] => ({
  weeksWaited: 0,
  professionals: 1,
  tellings: 1,
  desks: 1,
  letters: 0,
  continuityBreaks: 0,
  trust: 0.6,
  place: 'home',
  inSchool: true,
  status: 'in-care',
  ...over,
});

describe('bot signals', () => {
  const s = playTo(withSeats({}), 1, 'signalen');
  const team = s.teams[0];

  it('raise the most striking aspect per family, at most two a round', () => {
    const found = botSignals(s, team, [
      { key: 'ryan', journey: journey({ tellings: 4, weeksWaited: 10 }) },
      { key: 'sara', journey: journey({ inSchool: false }) },
      { key: 'amir', journey: journey({ letters: 5 }) },
    ]);
    expect(found).toEqual([
      { familyKey: 'ryan', aspect: 'story-retold' },
      { familyKey: 'sara', aspect: 'school' },
    ]);
  });

  it('stay quiet about a journey with nothing striking', () => {
    expect(botSignals(s, team, [{ key: 'ryan', journey: journey({}) }])).toEqual([]);
  });

  it('do not repeat what they raised the round before', () => {
    const later = {
      ...s,
      round: 2,
      signals: [
        {
          id: 1,
          round: 1,
          municipalityId: team.id,
          familyKey: 'ryan',
          aspect: 'story-retold' as const,
          by: 'bot',
          at: 0,
          response: null,
        },
      ],
    };
    expect(
      botSignals(later, team, [{ key: 'ryan', journey: journey({ tellings: 4, weeksWaited: 10 }) }]),
    ).toEqual([{ familyKey: 'ryan', aspect: 'waiting' }]);
  });

  it('answer by the team ervaringskennis: structural acts, advisory notes, none dismisses', () => {
    expect(s.teams.map(botResponse)).toEqual(['dismiss', 'dismiss', 'act']);
    expect(botResponse({ ...team, decisions: { ...team.decisions, ervaringskennis: 'adviserend' } })).toBe(
      'note',
    );
  });
});
