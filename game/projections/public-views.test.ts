import { describe, expect, it } from 'vitest';
import { createGame } from '../state/create-game.ts';
import {
  facilitator,
  must,
  playTo,
  seatActor,
  T0,
  tinyConfig,
  withSeats,
} from '../test-support/tiny-game.ts';
import { publicTeams, regionalTableView, regionResults, revealedCards, sessionView } from './public-views.ts';

describe('sessionView', () => {
  it('in the lobby: no round, no years, no timer', () => {
    expect(sessionView(createGame(tinyConfig()))).toEqual({
      status: 'lobby',
      round: 0,
      rounds: 4,
      phase: null,
      years: [],
      startYear: 2026,
      maxStudents: 300,
      mode: 'class',
      language: 'nl',
      scenario: { id: 'kleinland', name: 'Kleinland' },
      region: 'Kleinland',
      timer: { phaseStartedAt: null, deadline: null, paused: false, remainingMs: null },
    });
  });

  it('in a round: the years and the running or paused timer', () => {
    let s = playTo(withSeats({}, { shortMode: true }), 2, 'signalen', T0);
    expect(sessionView(s)).toMatchObject({
      round: 2,
      years: [2028, 2029],
      timer: { paused: false, remainingMs: null },
    });
    s = must(s, { type: 'pause-timer', actor: facilitator, at: (s.timer.deadline as number) - 1000 });
    expect(sessionView(s).timer).toMatchObject({ deadline: null, paused: true, remainingMs: 1000 });
  });
});

describe('revealedCards', () => {
  it('shows the cards in play with their sources and how long they last', () => {
    let s = playTo(withSeats({}), 1, 'overleg');
    s = must(s, { type: 'inject-card', actor: facilitator, at: T0 + 5000, cardId: 'faillissement' });
    s = playTo(s, 3, 'signalen');
    const cards = revealedCards(s);
    const wvbj = cards.find((c) => c.id === 'wvbj');
    const fail = cards.find((c) => c.id === 'faillissement');
    expect(wvbj).toMatchObject({
      fromRound: 1,
      lastRound: null,
      via: 'deck',
      active: true,
      sources: ['001:286-288', '001:636-639'],
    });
    expect(fail).toMatchObject({ fromRound: 1, lastRound: 2, via: 'facilitator', active: false });
    expect(JSON.stringify(cards)).not.toContain('"effects"');
  });
});

describe('regionalTableView', () => {
  it('shows each municipality as agree, disagree or pending', () => {
    let s = playTo(
      withSeats({
        a: { municipalityId: 'oostdal' },
        b: { municipalityId: 'westerveen' },
        c: { municipalityId: 'noordhoek' },
      }),
      1,
      'overleg',
    );
    s = must(s, {
      type: 'propose-regional',
      actor: seatActor('a'),
      at: T0 + 5000,
      decisions: { jointContracting: true },
    });
    s = must(s, { type: 'vote-regional', actor: seatActor('b'), at: T0 + 5001, proposalId: 1, agree: false });
    expect(regionalTableView(s).proposal?.votes).toEqual([
      { municipalityId: 'oostdal', vote: 'agree' },
      { municipalityId: 'westerveen', vote: 'disagree' },
      { municipalityId: 'noordhoek', vote: 'pending' },
    ]);
    expect(regionalTableView(s).inForce).toEqual({
      jointContracting: false,
      placementCoordination: false,
      developmentFundShare: 0,
    });
  });
});

describe('publicTeams and regionResults', () => {
  it('count students and give headline numbers per calculated year', () => {
    const s = playTo(withSeats({ a: { municipalityId: 'westerveen' } }), 3, 'signalen');
    expect(publicTeams(s).map((t) => t.students)).toEqual([0, 1, 0]);
    const r = regionResults(s);
    expect(r.region.map((y) => y.year)).toEqual([2026, 2027]);
    expect(r.municipalities[0].years.map((y) => y.year)).toEqual([2026, 2027]);
    expect(Object.keys(r.municipalities[0].years[0]).sort()).toEqual(
      [
        'budgetEur',
        'registeredSuccessShare',
        'registeredWaiting',
        'spendEur',
        'storyTellingsPerFamily',
        'thuiszitters',
        'trust',
        'weeksToFirstHelp',
        'year',
      ].sort(),
    );
  });
});
