import { describe, expect, it } from 'vitest';
import { decisionsSchema, type FamilyReport, type YearReport } from '../../engine/index.ts';
import type { TeamRun } from './evidence-types.ts';
import { contrast } from './evidence-types.ts';
import { familyEvidence } from './family-evidence.ts';
import { yearMetrics } from './metrics.ts';
import { acrossEvidence, overTimeEvidence } from './year-metric.ts';

const run = (id: string, name: string, years: Partial<YearReport>[], decisions = {}): TeamRun => ({
  id,
  name,
  youth: 1000,
  years: years.map((y, i) => ({ year: 2026 + i, ...y }) as YearReport),
  decisions: decisionsSchema.parse(decisions),
});

const family = (
  municipality: string,
  key: string,
  journey: Partial<FamilyReport['journey']>,
): FamilyReport => ({
  municipality,
  key,
  name: key === 'ryan' ? 'Ryan (14)' : key,
  events: [],
  journey: {
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
    ...journey,
  },
});

const metric = (id: string) => {
  const m = yearMetrics.find((x) => x.id === id);
  if (!m) throw new Error(id);
  return m;
};

describe('contrast', () => {
  const teams = [run('a', 'A', []), run('b', 'B', []), run('c', 'C', [])];
  it('finds the highest and lowest when they differ enough', () => {
    const c = contrast(
      teams.map((team, i) => ({ team, value: [6, 2, 4][i] })),
      2,
    );
    expect(c?.hi.team.id).toBe('a');
    expect(c?.lo.team.id).toBe('b');
    expect(c?.strength).toBeCloseTo(4 / 6, 12);
  });
  it('says nothing for a small gap, a single team or non-numbers', () => {
    expect(
      contrast(
        teams.map((team, i) => ({ team, value: [3, 2, 2][i] })),
        2,
      ),
    ).toBeNull();
    expect(contrast([{ team: teams[0], value: 9 }], 1)).toBeNull();
    expect(
      contrast(
        teams.map((team) => ({ team, value: Number.NaN })),
        1,
      ),
    ).toBeNull();
  });
});

describe('family evidence', () => {
  it('tells how often a named family had to tell its story, in the best and the worst municipality', () => {
    const teams = [run('oostdal', 'Oostdal', []), run('westerveen', 'Westerveen', [])];
    const ev = familyEvidence(teams, [
      family('oostdal', 'ryan', { tellings: 6 }),
      family('westerveen', 'ryan', { tellings: 2 }),
    ]);
    expect(ev).toHaveLength(1);
    expect(ev[0].text.nl).toBe(
      'In Oostdal moest het gezin van Ryan (14) het verhaal 6 keer vertellen, in Westerveen 2 keer.',
    );
    expect(ev[0].text.en).toBe(
      "In Oostdal Ryan's family (Ryan, 14) had to tell the story 6 times, in Westerveen 2 times.",
    );
    expect(ev[0]).toMatchObject({
      question: 1,
      lens: 'leefwereld',
      municipalities: ['oostdal', 'westerveen'],
    });
  });

  it('leaves out families whose story has not started yet', () => {
    const teams = [run('oostdal', 'Oostdal', []), run('westerveen', 'Westerveen', [])];
    const ev = familyEvidence(teams, [
      family('oostdal', 'ryan', { tellings: 6 }),
      family('westerveen', 'ryan', { tellings: 1, status: 'not-yet' }),
    ]);
    expect(ev).toEqual([]);
  });
});

describe('year metrics', () => {
  const teams = [
    run('oostdal', 'Oostdal', [
      { weeksToFirstHelp: { median: 4, p90: 9, mean: 4 } },
      { weeksToFirstHelp: { median: 11, p90: 20, mean: 11 } },
    ]),
    run('westerveen', 'Westerveen', [
      { weeksToFirstHelp: { median: 4, p90: 9, mean: 4 } },
      { weeksToFirstHelp: { median: 3, p90: 8, mean: 3 } },
    ]),
  ];

  it('contrasts the last year across municipalities', () => {
    const e = acrossEvidence(metric('weeks-to-help'), teams);
    expect(e?.text.nl).toBe(
      'In Oostdal duurde het 11 weken van het eerste signaal tot echte hulp, in Westerveen 3 weken (mediaan).',
    );
  });

  it('tells the biggest change within one municipality, a little weaker than a contrast', () => {
    const e = overTimeEvidence(metric('weeks-to-help'), teams);
    expect(e?.text.en).toBe(
      'In Oostdal the wait for real help went from 4 weeks in 2026 to 11 weeks in 2027.',
    );
    expect(e?.strength).toBeCloseTo(0.8 * (7 / 11), 12);
  });

  it('names the lever behind a contrast and weighs a contrast between alike teams less', () => {
    const mk = (funding: string, early: number) =>
      run(funding, funding, [{ earlyClosures: early, newEpisodes: 100 }], { funding });
    const differ = acrossEvidence(metric('early-closures'), [mk('per-traject', 14), mk('lumpsum', 2)]);
    expect(differ?.text.nl).toContain('(betaling per traject)');
    expect(differ?.text.nl).toContain('(lumpsum)');
    const alike = acrossEvidence(metric('early-closures'), [
      run('a', 'A', [{ earlyClosures: 14, newEpisodes: 100 }]),
      run('b', 'B', [{ earlyClosures: 2, newEpisodes: 100 }]),
    ]);
    expect(alike?.strength).toBeCloseTo(0.6 * (differ?.strength ?? 0), 12);
  });
});
