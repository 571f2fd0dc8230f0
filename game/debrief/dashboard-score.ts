import type { YearReport } from '../../engine/index.ts';
import { text } from '../text.ts';
import type { TeamRun } from './evidence-types.ts';
import { fill } from './format.ts';

const clamp01 = (x: number): number => Math.min(1, Math.max(0, Number.isFinite(x) ? x : 0));

/**
 * The optional dashboard score (GAME.md section 1: off by default): only what the policy dashboard measures,
 * i.e. staying within budget, a short registered waiting list, lawfulness and registered success. Weights
 * are equal (assumption). Shown next to a lived-world ranking so a class sees who won on the dashboard and
 * how their families fared.
 */
const dashboardPoints = (y: YearReport): number => {
  const budget = clamp01(1 - 5 * Math.max(0, y.spendEur / y.budgetEur - 1));
  const waiting = clamp01(
    1 - (5 * y.dashboard.registeredWaiting) / Math.max(1, y.dashboard.registeredClients),
  );
  const lawful = clamp01((y.dashboard.lawfulness - 0.85) / 0.12);
  return Math.round(25 * (budget + waiting + lawful + clamp01(y.dashboard.registeredSuccessShare)));
};

/** Lived-world standing: lower waits, fewer tellings and thuiszitters and more trust rank higher. */
const leefwereldPoints = (y: YearReport, t: TeamRun): number =>
  -y.weeksToFirstHelp.median / 8 -
  y.storyTellingsPerFamily / 2 -
  (y.thuiszitters / t.youth) * 200 +
  2 * y.trust;

const rank = <T>(items: readonly T[], value: (x: T) => number): Map<T, number> => {
  const sorted = [...items].sort((a, b) => value(b) - value(a));
  return new Map(sorted.map((x, i) => [x, i + 1]));
};

export const dashboardScores = (teams: readonly TeamRun[]) => {
  const scored = teams.flatMap((t) => {
    const y = t.years.at(-1);
    return y ? [{ t, y, points: dashboardPoints(y), lived: leefwereldPoints(y, t) }] : [];
  });
  if (scored.length === 0) return null;
  const dash = rank(scored, (s) => s.points);
  const lived = rank(scored, (s) => s.lived);
  const winner = scored.find((s) => dash.get(s) === 1) ?? scored[0];
  return {
    ranking: scored.map((s) => ({
      municipalityId: s.t.id,
      name: s.t.name,
      dashboardScore: s.points,
      dashboardRank: dash.get(s) ?? 0,
      leefwereldRank: lived.get(s) ?? 0,
    })),
    headline: fill(
      text(
        '{m} won op het dashboard met {p} punten en stond in de leefwereld op plaats {r} van {n}.',
        '{m} won on the dashboard with {p} points and came {r} of {n} in the lived world.',
      ),
      { m: winner.t.name, p: winner.points, r: String(lived.get(winner) ?? 0), n: String(scored.length) },
    ),
  };
};
