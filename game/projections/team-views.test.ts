import { describe, expect, it } from 'vitest';
import { must, playTo, seatActor, T0, withSeats } from '../test-support/tiny-game.ts';
import { lensContent } from './lens-content.ts';
import { byView, leversOf, teamDesk, teamSignals } from './team-views.ts';

describe('team views', () => {
  it('name a student, a bot, or nobody once the seat has left', () => {
    let s = withSeats({ a: {} });
    expect(byView(s, 'a')).toEqual({ kind: 'student', name: 'Student a' });
    expect(byView(s, 'bot')).toEqual({ kind: 'bot' });
    s = must(s, { type: 'leave', actor: seatActor('a'), at: T0 + 1 });
    expect(byView(s, 'a')).toEqual({ kind: 'student', name: null });
  });

  it('list the levers of the roles held, in role order', () => {
    expect(leversOf(['ervaringsdeskundige', 'wethouder'])).toEqual([
      'budgetEur',
      'budgetSplit',
      'learningFundShare',
      'riskReflex',
      'ervaringskennis',
      'learningRhythm',
    ]);
    expect(leversOf(['aanbieder'])).toEqual([]);
  });

  it('give the desk: budget bounds, preview and history of each round source', () => {
    const s = playTo(withSeats({ a: { municipalityId: 'oostdal' } }), 3, 'signalen');
    const desk = teamDesk(s, s.teams[0]);
    expect(desk.budgetBounds.min).toBeCloseTo(2_618_000 * 0.7 * (1400 / 1400), 0);
    expect(desk.history.map((h) => [h.round, h.source])).toEqual([
      [1, 'kept'],
      [2, 'kept'],
    ]);
    expect(desk.preview).toEqual(s.teams[0].decisions);
  });

  it('mark signals as decor unless ervaringskennis is structural', () => {
    let s = playTo(
      withSeats({ a: { municipalityId: 'oostdal' }, n: { municipalityId: 'noordhoek' } }),
      1,
      'signalen',
    );
    s = must(s, {
      type: 'raise-signal',
      actor: seatActor('a'),
      at: T0 + 5000,
      familyKey: 'ryan',
      aspect: 'waiting',
    });
    s = must(s, {
      type: 'raise-signal',
      actor: seatActor('n'),
      at: T0 + 5000,
      familyKey: 'sara',
      aspect: 'school',
    });
    expect(teamSignals(s, s.teams[0])).toMatchObject([
      { familyName: 'Ryan (14)', decor: true, by: { kind: 'student' } },
    ]);
    expect(teamSignals(s, s.teams[2])).toMatchObject([{ familyName: 'Sara (12)', decor: false }]);
  });
});

describe('lens contents', () => {
  const s = playTo(withSeats({}), 3, 'signalen');
  const team = s.teams[1];

  it('beleid: registered dashboard, spend, politics, the wethouder levers and what the risk reflex made of them', () => {
    const b = lensContent(s, team, 'beleid');
    expect(Object.keys(b)).toEqual([
      'shown',
      'dashboard',
      'spend',
      'politics',
      'decisions',
      'effective',
      'series',
    ]);
    expect(b.shown).toEqual({ year: 2027, baseline: false });
    expect(Object.keys(b.decisions)).toEqual(['budgetEur', 'budgetSplit', 'learningFundShare', 'riskReflex']);
    expect(b.series.map((y) => y.year)).toEqual([2025, 2026, 2027]);
  });

  it('contracten: the contracted providers and their behaviour', () => {
    const c = lensContent(s, team, 'contracten');
    expect(c.providers.length).toBeGreaterThan(0);
    expect(c.behaviour).toHaveProperty('gamingLevel');
    expect(c.decisions.providerCount).toBe(6);
  });

  it('praktijk: the local team and its week', () => {
    const p = lensContent(s, team, 'praktijk');
    expect(p['local-team']).toHaveProperty('waitingAtTheDoor');
    expect(p.series[0]).toHaveProperty('adminShare');
  });

  it('leefwereld: what families go through, with the journeys', () => {
    const l = lensContent(s, team, 'leefwereld');
    expect(l.summary).toHaveProperty('weeksToFirstHelp');
    expect(l.families.map((f) => f.key)).toEqual(['ryan', 'sara']);
    expect(l.series[1]).toHaveProperty('reallyWaiting');
  });
});
