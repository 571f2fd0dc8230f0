import type { Decisions, YearReport } from '../../engine/index.ts';
import type { Lens } from '../model/roles.ts';
import type { Text } from '../text.ts';
import { contrast, type Question, type TeamRun, type TextEvidence } from './evidence-types.ts';
import { fill, formatNumber } from './format.ts';
import { setupLabel } from './lever-labels.ts';

/**
 * A yearly number that can tell a debrief story, either as a contrast between municipalities in the last
 * year ({hi} {x} against {lo} {y}) or as a change within one municipality ({m} from {a} in {y1} to {b} in
 * {y2}). `setup` names the lever that explains the contrast ({setupHi}, {setupLo}, {setup}).
 */
export type YearMetric = {
  id: string;
  question: Question;
  lens: Lens;
  value: (y: YearReport, team: TeamRun) => number;
  minGap: number;
  digits: number;
  setup?: keyof Decisions;
  across: Text;
  overTime: Text;
};

const num = (x: number, digits: number): Text => ({
  nl: formatNumber(x, 'nl', digits),
  en: formatNumber(x, 'en', digits),
});

export const acrossEvidence = (metric: YearMetric, teams: readonly TeamRun[]): TextEvidence | null => {
  const values = teams.flatMap((team) => {
    const y = team.years.at(-1);
    return y ? [{ team, value: metric.value(y, team) }] : [];
  });
  const c = contrast(values, metric.minGap);
  if (!c) return null;
  const setup = metric.setup;
  // A contrast the named lever explains is worth more than one between teams that chose alike.
  const alike = setup !== undefined && c.hi.team.decisions[setup] === c.lo.team.decisions[setup];
  return {
    id: `${metric.id}:across`,
    question: metric.question,
    lens: metric.lens,
    strength: alike ? 0.6 * c.strength : c.strength,
    text: fill(metric.across, {
      hi: c.hi.team.name,
      lo: c.lo.team.name,
      x: num(c.hi.value, metric.digits),
      y: num(c.lo.value, metric.digits),
      ...(setup
        ? { setupHi: setupLabel(c.hi.team.decisions, setup), setupLo: setupLabel(c.lo.team.decisions, setup) }
        : {}),
    }),
    municipalities: [c.hi.team.id, c.lo.team.id],
  };
};

/** The municipality whose number moved most between its first and last year; counts a bit less than a contrast. */
export const overTimeEvidence = (metric: YearMetric, teams: readonly TeamRun[]): TextEvidence | null => {
  let best: TextEvidence | null = null;
  for (const team of teams) {
    if (team.years.length < 2) continue;
    const first = team.years[0];
    const last = team.years[team.years.length - 1];
    const a = metric.value(first, team);
    const b = metric.value(last, team);
    const gap = Math.abs(b - a);
    if (!Number.isFinite(gap) || gap < metric.minGap) continue;
    const strength = 0.8 * Math.min(1, gap / Math.max(Math.abs(a), Math.abs(b), metric.minGap));
    if (best && best.strength >= strength) continue;
    best = {
      id: `${metric.id}:over-time:${team.id}`,
      question: metric.question,
      lens: metric.lens,
      strength,
      text: fill(metric.overTime, {
        m: team.name,
        a: num(a, metric.digits),
        b: num(b, metric.digits),
        y1: String(first.year),
        y2: String(last.year),
        ...(metric.setup ? { setup: setupLabel(team.decisions, metric.setup) } : {}),
      }),
      municipalities: [team.id],
    };
  }
  return best;
};
