import type { SeatView } from '../api/view-types.ts';
import { laneMarks, timelineSpan, yearTicks } from '../debrief/family-journeys-vm.ts';
import type { TimelineVm } from '../debrief/family-timeline.tsx';
import { familyStory } from './family-story.ts';

export type Family = NonNullable<SeatView['lenses']['leefwereld']>['families'][number];

/** Where the session stands, so a timeline knows its years. */
export type SessionClock = { startYear: number; yearsPlayed: number };

/** The clock of a seat view: the years from the session's first year up to the current round's last. */
export const sessionClock = (session: SeatView['session']): SessionClock => ({
  startYear: session.startYear,
  yearsPlayed: Math.max(1, (session.years.at(-1) ?? session.startYear) - session.startYear + 1),
});

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
    story: familyStory(f),
  };
};

export type FamilyCardVm = ReturnType<typeof familyCardVm>;
