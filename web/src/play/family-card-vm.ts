import type { SeatView } from '../api/view-types.ts';
import { familyStory } from './family-story.ts';

export type Family = NonNullable<SeatView['lenses']['leefwereld']>['families'][number];

/** One named family as a card: the kitchen-table story and the timeline of what happened (GAME.md 6). */
export const familyCardVm = (f: Family) => ({
  key: f.key,
  name: f.name,
  status: f.journey.status,
  timeline: f.events.map((e, i) => ({ id: `${e.week}-${i}`, week: e.week, kind: e.kind })),
  story: familyStory(f),
});

export type FamilyCardVm = ReturnType<typeof familyCardVm>;
