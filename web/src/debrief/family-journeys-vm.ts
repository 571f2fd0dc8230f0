import type { Debrief } from './debrief-vm.ts';

type Family = Debrief['families'][number];
export type EventKind = Family['journeys'][number]['events'][number]['kind'];

const WEEKS_PER_YEAR = 52;

/** How the timeline draws an event: colour and shape by what it meant for the family. */
export type MarkGroup = 'start' | 'access' | 'waiting' | 'care' | 'harm' | 'good';

const groupOf: Record<EventKind, MarkGroup> = {
  onset: 'start',
  signal: 'access',
  desk: 'access',
  intake: 'access',
  letter: 'access',
  're-referral': 'access',
  waiting: 'waiting',
  'gave-up': 'waiting',
  returned: 'waiting',
  'care-start': 'care',
  review: 'care',
  transfer: 'care',
  'continuity-break': 'harm',
  escalation: 'harm',
  placement: 'harm',
  'out-of-school': 'harm',
  'early-closure': 'harm',
  resolved: 'good',
  'stayed-small': 'good',
  'aged-out': 'harm',
};

export const markGroups: readonly MarkGroup[] = ['start', 'access', 'waiting', 'care', 'harm', 'good'];

/** A week of the session as the class says it: the calendar year and the week in that year. */
export const weekInYear = (week: number, startYear: number) => ({
  year: startYear + Math.floor(week / WEEKS_PER_YEAR),
  week: (week % WEEKS_PER_YEAR) + 1,
});

const weeksPlayed = (d: Debrief, f: Family) =>
  timelineSpan(
    new Set(d.rounds.flatMap((r) => r.years)).size,
    f.journeys.flatMap((j) => j.events),
  );

type JourneyEvent = { week: number; kind: EventKind };

/** Marks of one lane: events in the same week stack upwards, so a desk, an intake and a letter stay visible. */
export const laneMarks = (events: readonly JourneyEvent[], span: number, startYear: number) => {
  const seen = new Map<number, number>();
  return events.map((e, i) => {
    const stack = seen.get(e.week) ?? 0;
    seen.set(e.week, stack + 1);
    return {
      id: `${e.week}-${i}`,
      kind: e.kind,
      group: groupOf[e.kind],
      x: Math.round((1000 * e.week) / span) / 10,
      stack,
      when: weekInYear(e.week, startYear),
    };
  });
};

/** A tick per calendar year across the span, as a percentage of the width. */
export const yearTicks = (span: number, startYear: number) =>
  Array.from({ length: Math.ceil(span / WEEKS_PER_YEAR) }, (_, i) => ({
    year: startYear + i,
    x: Math.round((1000 * i * WEEKS_PER_YEAR) / span) / 10,
  }));

/** Weeks a timeline spans: the years played so far, or up to the last event if that is later. */
export const timelineSpan = (yearsPlayed: number, events: readonly JourneyEvent[]) =>
  Math.max(WEEKS_PER_YEAR * Math.max(1, yearsPlayed), Math.max(0, ...events.map((e) => e.week)) + 1);

const lane = (f: Family, span: number, names: Map<string, string>) => (j: Family['journeys'][number]) => ({
  id: j.municipalityId,
  name: names.get(j.municipalityId) ?? j.municipalityId,
  status: j.journey.status,
  counters: j.journey,
  marks: laneMarks(j.events, span, f.startYear),
  route: j.route.map((r, i) => ({
    stage: r.stage,
    when: weekInYear(r.week, f.startYear),
    // Weeks until the next station: how long the family stood here (null for the last).
    weeks: i + 1 < j.route.length ? j.route[i + 1].week - r.week : null,
  })),
});

/**
 * One named family across municipalities: a timeline lane per municipality (weeks on x, events as marks), the
 * route of each as a line of stations, and the routes together as Sankey flows.
 */
export const familyJourneysVm = (d: Debrief, requested: string | null) => {
  const family = d.families.find((f) => f.key === requested) ?? d.families[0];
  if (!family) return null;
  const names = new Map(d.meetbaarMerkbaar.map((m) => [m.municipalityId, m.name]));
  const span = weeksPlayed(d, family);
  return {
    key: family.key,
    name: family.name,
    choices: d.families.map((f) => ({ key: f.key, name: f.name })),
    years: yearTicks(span, family.startYear),
    lanes: family.journeys.map(lane(family, span, names)),
    columns: 1 + Math.max(0, ...family.flows.nodes.map((n) => n.depth)),
    flows: {
      nodes: family.flows.nodes.map((n) => ({ id: n.id, stage: n.stage, depth: n.depth, ends: n.ends })),
      links: family.flows.links,
    },
  };
};

export type FamilyJourneysVm = NonNullable<ReturnType<typeof familyJourneysVm>>;
