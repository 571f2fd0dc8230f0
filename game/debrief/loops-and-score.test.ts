import { describe, expect, it } from 'vitest';
import { decisionsSchema, type YearReport } from '../../engine/index.ts';
import { dashboardScores } from './dashboard-score.ts';
import type { TeamRun } from './evidence-types.ts';
import { dominantLoops } from './loops.ts';

const year = (over: Partial<YearReport> = {}): YearReport =>
  ({
    year: 2026,
    weeksToFirstHelp: { median: 4, p90: 10, mean: 4 },
    gaveUp: 0,
    newEpisodes: 100,
    gamingLevel: 0.1,
    adminShare: 0.2,
    sickLeave: 0.03,
    bankruptcies: 0,
    activeProviders: 10,
    stayedSmall: 10,
    trust: 0.6,
    spendEur: 100,
    budgetEur: 100,
    storyTellingsPerFamily: 1.5,
    thuiszitters: 5,
    dashboard: {
      registeredWaiting: 5,
      registeredClients: 100,
      lawfulness: 0.97,
      registeredSuccessShare: 0.8,
    },
    ...over,
  }) as YearReport;

const run = (id: string, years: YearReport[], decisions = {}): TeamRun => ({
  id,
  name: id,
  youth: 1000,
  years,
  decisions: decisionsSchema.parse(decisions),
});

describe('dominant loops', () => {
  it('scores every loop per municipality and marks the two strongest for the region', () => {
    const teams = [
      run(
        'a',
        [year(), year({ weeksToFirstHelp: { median: 12, p90: 30, mean: 12 }, gaveUp: 10, gamingLevel: 0.9 })],
        {
          tariffLevel: 0.7,
        },
      ),
      run('b', [year(), year({ gamingLevel: 0.7 })]),
    ];
    const loops = dominantLoops(teams);
    expect(
      loops
        .map((l) => l.id)
        .slice(0, 2)
        .sort(),
    ).toEqual(['indicatorgaming', 'wachtspiraal']);
    expect(
      loops
        .filter((l) => l.dominant)
        .map((l) => l.id)
        .sort(),
    ).toEqual(['indicatorgaming', 'wachtspiraal']);
    const wait = loops.find((l) => l.id === 'wachtspiraal');
    expect(wait?.municipalities[0].score).toBeCloseTo(1, 12);
    for (const l of loops) for (const m of l.municipalities) expect(m.score).toBeGreaterThanOrEqual(0);
  });

  it('counts trust through transparency whichever way trust moves, and not when it stays put', () => {
    const trustLoop = (from: number, to: number) =>
      dominantLoops([run('a', [year({ trust: from }), year({ trust: to })])]).find(
        (l) => l.id === 'vertrouwen-door-transparantie',
      )?.municipalities[0].score;
    expect(trustLoop(0.6, 0.6)).toBe(0);
    expect(trustLoop(0.6, 0.7)).toBeCloseTo(0.5, 12);
    expect(trustLoop(0.6, 0.5)).toBeCloseTo(0.5, 12);
    expect(trustLoop(0.7, 0.3)).toBe(1);
  });

  it('marks nothing dominant when nothing happened yet', () => {
    expect(dominantLoops([run('a', [])]).some((l) => l.dominant)).toBe(false);
  });
});

describe('dashboard score', () => {
  it('ranks on the dashboard only and shows the lived-world rank next to it', () => {
    const teams = [
      run('tidy', [
        year({ weeksToFirstHelp: { median: 20, p90: 40, mean: 20 }, storyTellingsPerFamily: 4, trust: 0.3 }),
      ]),
      run('messy', [
        year({
          spendEur: 130,
          dashboard: {
            registeredWaiting: 30,
            registeredClients: 100,
            lawfulness: 0.87,
            registeredSuccessShare: 0.5,
          } as YearReport['dashboard'],
        }),
      ]),
    ];
    const d = dashboardScores(teams);
    expect(d?.ranking).toEqual([
      { municipalityId: 'tidy', name: 'tidy', dashboardScore: 89, dashboardRank: 1, leefwereldRank: 2 },
      { municipalityId: 'messy', name: 'messy', dashboardScore: 17, dashboardRank: 2, leefwereldRank: 1 },
    ]);
    expect(d?.headline.nl).toBe(
      'tidy won op het dashboard met 89 punten en stond in de leefwereld op plaats 2 van 2.',
    );
  });

  it('is null before any year was calculated', () => {
    expect(dashboardScores([run('a', [])])).toBeNull();
  });
});
