import type { ProjectorView } from '../api/view-types.ts';
import { type TeamProgress, teamProgress } from '../play/team-progress.ts';

type Year = ProjectorView['results']['municipalities'][number]['years'][number];

/** How a panel's numbers are written; `weeks` and `times` carry their unit as a plural (i18next count). */
export type PanelFormat = 'integer' | 'percent' | 'weeks' | 'times';

type Measure = {
  id: string;
  side: 'meetbaar' | 'merkbaar';
  format: PanelFormat;
  value: (y: Year) => number | null;
};

/**
 * The projector's small multiples (issue 15, defect 1): one measure per panel, each on its own scale from zero,
 * the dashboard's measures (meetbaar) in the left column and the families' (merkbaar) in the right, every
 * panel listing the municipalities in the same order so a row reads across as one municipality.
 */
export const projectorMeasures: readonly Measure[] = [
  { id: 'registeredWaiting', side: 'meetbaar', format: 'integer', value: (y) => y.registeredWaiting },
  { id: 'registeredSuccess', side: 'meetbaar', format: 'percent', value: (y) => y.registeredSuccessShare },
  {
    id: 'spendOfBudget',
    side: 'meetbaar',
    format: 'percent',
    value: (y) => (y.budgetEur > 0 ? y.spendEur / y.budgetEur : null),
  },
  { id: 'weeksToFirstHelp', side: 'merkbaar', format: 'weeks', value: (y) => y.weeksToFirstHelp },
  { id: 'storyTellings', side: 'merkbaar', format: 'times', value: (y) => y.storyTellingsPerFamily },
  { id: 'trust', side: 'merkbaar', format: 'percent', value: (y) => y.trust },
];

export type PanelRow = { id: string; name: string; value: number | null; share: number };
export type Panel = { id: string; side: Measure['side']; format: PanelFormat; rows: PanelRow[] };

const finite = (x: number | null | undefined): x is number => typeof x === 'number' && Number.isFinite(x);

/** A panel's bars: each value as a share of the panel's own largest value (0 when nothing is known yet). */
export const panelOf = (m: Measure, last: { id: string; name: string; y: Year | null }[]): Panel => {
  const values = last.map((r) => (r.y ? m.value(r.y) : null));
  const max = Math.max(0, ...values.filter(finite));
  return {
    id: m.id,
    side: m.side,
    format: m.format,
    rows: last.map((r, i) => {
      const v = values[i];
      return {
        id: r.id,
        name: r.name,
        value: finite(v) ? v : null,
        share: finite(v) && max > 0 ? v / max : 0,
      };
    }),
  };
};

export type ProjectorTeam = {
  id: string;
  name: string;
  students: number;
  progress: TeamProgress;
  /** Nobody of the class sits in this team: the game's bots play it. */
  bots: boolean;
};

/**
 * The big screen (public only): in the lobby the join code and who has joined per team; during play where each
 * team really is and each municipality's last year as small multiples; in the debrief the presenter.
 */
export const projectorVm = (v: ProjectorView) => {
  // Before the first year is played, the warm-up's last year: round 1 is not decided blind (defect 11).
  const last = v.results.municipalities.map((m) => ({
    id: m.id,
    name: m.name,
    y: m.years.at(-1) ?? m.baseline ?? null,
  }));
  // The spotlight: where families told their story most often last year (a public, per-municipality number).
  const spotlight = [...last]
    .filter((m) => m.y)
    .sort((a, b) => (b.y?.storyTellingsPerFamily ?? 0) - (a.y?.storyTellingsPerFamily ?? 0))[0];
  const teams: ProjectorTeam[] = v.teams.map((t) => ({
    id: t.id,
    name: t.name,
    students: t.students,
    progress: teamProgress(v.session, t.submitted),
    bots: t.students === 0,
  }));
  return {
    mode:
      v.session.status === 'lobby'
        ? ('lobby' as const)
        : v.debrief
          ? ('debrief' as const)
          : ('play' as const),
    students: classSize(v),
    providerStudents: v.providerTeam ? v.providerTeam.students : null,
    teams,
    panels: projectorMeasures.map((m) => panelOf(m, last)),
    hasResults: last.some((m) => m.y),
    year: last.find((m) => m.y)?.y?.year ?? null,
    /** The results shown are the baseline (the warm-up's last year), not a year the class played. */
    baseline: v.results.municipalities.every((m) => m.years.length === 0) && v.results.baselineYear !== null,
    spotlight: spotlight
      ? { name: spotlight.name, tellings: spotlight.y?.storyTellingsPerFamily ?? null }
      : null,
    /** Newest first: the screen tells the newest card's story and names the older ones still in play. */
    cards: v.cards.filter((c) => c.active).reverse(),
  };
};

/**
 * Every student in the room: the municipal teams and the provider team. The console, the class report and the
 * projector all count with this, so no screen says 5 where another says 6 (issue 15, defect 7).
 */
export const classSize = (v: Pick<ProjectorView, 'teams' | 'providerTeam'>): number =>
  v.teams.reduce((s, t) => s + t.students, 0) + (v.providerTeam?.students ?? 0);
