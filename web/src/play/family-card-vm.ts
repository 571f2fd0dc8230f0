import type { SeatView } from '../api/view-types.ts';
import { laneMarks, timelineSpan, yearTicks } from '../debrief/family-journeys-vm.ts';
import type { TimelineVm } from '../debrief/family-timeline.tsx';
import { familyStory } from './family-story.ts';

export type Family = NonNullable<SeatView['lenses']['leefwereld']>['families'][number];

/**
 * Where the session stands, so a timeline knows its years: `yearsPlayed` runs to the current round's last year,
 * `yearsCalculated` counts only the years the engine has closed (the current round's once it is calculated).
 */
export type SessionClock = { startYear: number; yearsPlayed: number; yearsCalculated: number };

/** The clock of a seat view: the years from the session's first year up to the current round's last. */
export const sessionClock = (session: SeatView['session']): SessionClock => {
  const yearsPlayed = Math.max(1, (session.years.at(-1) ?? session.startYear) - session.startYear + 1);
  const done = session.status !== 'rounds' || session.phase === 'terugblik';
  const before = (session.years[0] ?? session.startYear) - session.startYear;
  return { startYear: session.startYear, yearsPlayed, yearsCalculated: done ? yearsPlayed : before };
};

/**
 * One named family as a card (GAME.md 6): the kitchen-table story, the journey as a timeline strip (weeks on x,
 * marks by what each event meant, the same drawing as the debrief) and the same events as a list.
 */
export const familyCardVm = (f: Family, clock: SessionClock) => {
  const span = timelineSpan(clock.yearsPlayed, f.events);
  const strip: TimelineVm = {
    name: f.name,
    years: yearTicks(span, clock.startYear),
    lanes: [
      {
        id: f.key,
        name: f.name,
        status: f.journey.status,
        marks: laneMarks(f.events, span, clock.startYear),
      },
    ],
  };
  return {
    key: f.key,
    name: f.name,
    status: f.journey.status,
    timeline: f.events.map((e, i) => ({ id: `${e.week}-${i}`, week: e.week, kind: e.kind })),
    strip,
    story: familyStory(f, clock),
  };
};

export type FamilyCardVm = ReturnType<typeof familyCardVm>;
