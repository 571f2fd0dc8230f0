import type { ProjectorView } from '../api/view-types.ts';
import type { ChartData } from '../components/chart-data.ts';

/**
 * The big screen (public only): in the lobby the join code and who has joined; during play each municipality's
 * last year, meetbaar (registered waiting) beside merkbaar (weeks to first help, times the story was told).
 */
export const projectorVm = (
  v: ProjectorView,
  labels: { registeredWaiting: string; weeksToFirstHelp: string; storyTellings: string },
) => {
  const last = v.results.municipalities.map((m) => ({ name: m.name, y: m.years.at(-1) ?? null }));
  const chart: ChartData = {
    kind: 'bar',
    categories: last.map((m) => m.name),
    series: [
      { name: labels.registeredWaiting, values: last.map((m) => m.y?.registeredWaiting ?? null) },
      { name: labels.weeksToFirstHelp, values: last.map((m) => m.y?.weeksToFirstHelp ?? null) },
      { name: labels.storyTellings, values: last.map((m) => m.y?.storyTellingsPerFamily ?? null) },
    ],
  };
  // The spotlight: where families told their story most often last year (a public, per-municipality number).
  const spotlight = [...last]
    .filter((m) => m.y)
    .sort((a, b) => (b.y?.storyTellingsPerFamily ?? 0) - (a.y?.storyTellingsPerFamily ?? 0))[0];
  return {
    mode:
      v.session.status === 'lobby'
        ? ('lobby' as const)
        : v.debrief
          ? ('debrief' as const)
          : ('play' as const),
    // Every student in the room, the provider team's too; that team is named apart when the session has one.
    students: v.teams.reduce((s, t) => s + t.students, 0) + (v.providerTeam?.students ?? 0),
    providerStudents: v.providerTeam ? v.providerTeam.students : null,
    teams: v.teams.map((t) => ({ id: t.id, name: t.name, students: t.students, submitted: t.submitted })),
    chart,
    hasResults: last.some((m) => m.y),
    year: last.find((m) => m.y)?.y?.year ?? null,
    spotlight: spotlight
      ? { name: spotlight.name, tellings: spotlight.y?.storyTellingsPerFamily ?? null }
      : null,
    /** Newest first: the screen tells the newest card's story and names the older ones still in play. */
    cards: v.cards.filter((c) => c.active).reverse(),
  };
};
