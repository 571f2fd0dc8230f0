import type { CareTypeCounts, YearReport } from '../../engine/index.ts';
import type { Lens } from '../model/roles.ts';
import type { FactMessage, MessageEvidence, TeamRun } from './evidence-types.ts';
import { setupLabel } from './lever-labels.ts';

/**
 * What question 3 (a system that learns, or one that settles accounts?) can read from one municipality's own
 * last year, without a second municipality or year to compare with: a settled baseline played for four rounds
 * gives few contrasts, but every session has these levels. Each fact says what the session's data shows, with
 * its numbers; a threshold keeps it out when the data does not show it.
 */
export type LevelFact = {
  id: string;
  lens: Lens;
  /** The fact in this team's last year, with its strength before weighting; null when the data does not show it. */
  read: (y: YearReport, team: TeamRun, context: LevelContext) => Reading | null;
};

export type Reading = { strength: number; count?: number; values: FactMessage['values'] };
export type LevelContext = { weeklyHours: number };

/**
 * A level describes one team; a contrast between teams or years shows a lever at work and counts double, so the
 * contrasts come first when a session has them.
 */
export const LEVEL_WEIGHT = 0.5;

/** Young people over all care types (a yearly mean). */
export const careTotal = (c: CareTypeCounts): number =>
  c.local + c.ambulant + c.specialist + c.residential + c.crisis;
const round1 = (x: number): number => Math.round(x * 10) / 10;

/**
 * Use is not need (002:29-37): a register of use counts the children in care as the demand, so the children
 * still waiting are missing from the figure the purchasing rests on. Shown when at least one young person (a
 * yearly mean, rounded) is missing: fewer is no child the register leaves out. Registering need counts them
 * all, so the fact never appears there.
 */
const useNotNeed: LevelFact = {
  id: 'use-not-need',
  lens: 'beleid',
  read: (y, team) => {
    const registered = careTotal(y.dashboard.registeredDemand);
    const need = careTotal(y.dashboard.trueNeed);
    const missing = Math.round(need - registered);
    if (missing < 1 || need <= 0) return null;
    return {
      strength: (need - registered) / need,
      count: missing,
      values: {
        m: team.name,
        setup: setupLabel(team.decisions, 'registration'),
        registered: Math.round(registered),
        need: Math.round(need),
        missing,
        share: Math.round(((need - registered) / need) * 100),
      },
    };
  },
};

/**
 * Paper quality (004:299-302, M9): the dashboard books a trajectory closed early as a success, so its success
 * share runs ahead of what was really solved. Shown when the two differ by at least one percentage point, the
 * smallest difference the dashboards show (whole percentages).
 */
const paperSuccess: LevelFact = {
  id: 'paper-success',
  lens: 'beleid',
  read: (y, team) => {
    const booked = Math.round(y.dashboard.registeredSuccessShare * 100);
    const solved = Math.round(y.dashboard.trueSuccessShare * 100);
    if (booked - solved < 1 || booked <= 0) return null;
    return {
      strength: (booked - solved) / booked,
      values: { m: team.name, setup: setupLabel(team.decisions, 'funding'), booked, solved },
    };
  },
};

/**
 * Time goes to accounting instead of the craft (004:295-297): professionals spend 20-40% of their time on
 * administration, leaving less room for reflection and learning. Shown from 20% of the week, the lower end of
 * that range; below it the week is not what the source calls the burden. The hours for reflection are the
 * team's own lever (002:663-666, M11).
 */
const adminWeek: LevelFact = {
  id: 'admin-week',
  lens: 'praktijk',
  read: (y, team, { weeklyHours }) => {
    if (y.adminShare < ADMIN_BURDEN) return null;
    const reflection = team.decisions.reflectionHours;
    return {
      strength: Math.min(1, y.adminShare / ADMIN_BURDEN_HIGH),
      count: reflection,
      values: {
        m: team.name,
        setup: setupLabel(team.decisions, 'accountability'),
        hours: round1(y.adminShare * weeklyHours),
        week: weeklyHours,
        share: Math.round(y.adminShare * 100),
        reflection,
      },
    };
  },
};

/** The 20-40% of professionals' time that goes to administration (004:297). */
export const ADMIN_BURDEN = 0.2;
const ADMIN_BURDEN_HIGH = 0.4;

/**
 * Where the money that is not care goes: buying and managing contracts (M13: tenders, contract management,
 * yearly talks, 004:204-209, 003:594-600) or learning (M11: a learning fund and the regional development fund,
 * the reisbudget of 004:378-380). Shown when one line is at least twice the other ("twice as much" is where a
 * class reads a choice rather than a balance; an assumption, like the contrasts' smallest gaps) and the larger
 * is at least one euro per young person (less is no line a budget shows).
 */
const learnOrAccount: LevelFact = {
  id: 'learn-or-account',
  lens: 'contracten',
  read: (y, team) => {
    const account = Math.round(y.spendByLine.transactie / team.youth);
    const learn = Math.round(y.spendByLine.leren / team.youth);
    const more = Math.max(account, learn);
    const less = Math.min(account, learn);
    if (more < 1 || more < 2 * less) return null;
    return {
      strength: 1 - less / more,
      values: { m: team.name, setup: setupLabel(team.decisions, 'procurement'), account, learn },
    };
  },
};

export const levelFacts: readonly LevelFact[] = [useNotNeed, paperSuccess, adminWeek, learnOrAccount];

/**
 * Each level fact of question 3 in the municipality where it is strongest (one fact per kind, as the
 * debrief keeps one fact per metric), weighted below the contrasts.
 */
export const levelEvidence = (
  teams: readonly TeamRun[],
  context: LevelContext,
  facts: readonly LevelFact[] = levelFacts,
): MessageEvidence[] =>
  facts.flatMap((fact) => {
    let best: { team: TeamRun; reading: Reading } | null = null;
    for (const team of teams) {
      const y = team.years.at(-1);
      const reading = y ? fact.read(y, team, context) : null;
      if (reading && (!best || reading.strength > best.reading.strength)) best = { team, reading };
    }
    if (!best) return [];
    const { team, reading } = best;
    return [
      {
        id: `${fact.id}:${team.id}`,
        question: 3 as const,
        lens: fact.lens,
        strength: LEVEL_WEIGHT * Math.min(1, Math.max(0, reading.strength)),
        message: {
          key: fact.id,
          ...(reading.count !== undefined ? { count: reading.count } : {}),
          values: reading.values,
        },
        municipalities: [team.id],
      },
    ];
  });
