import type { FamilyReport } from '../../engine/index.ts';
import { familyRoute, routeFlows } from './family-route.ts';

/**
 * The named families side by side across municipalities (GAME.md section 9): per municipality the journey's
 * counters, its events for a timeline and its route; per family the routes as Sankey flows. An event keeps
 * its week and kind only: the engine's detail is an untranslated note, and dropping it halves the payload.
 */
export const familyJourneys = (families: readonly FamilyReport[], startYear: number) =>
  [...new Set(families.map((f) => f.key))].map((key) => {
    const journeys = families
      .filter((f) => f.key === key)
      .map((f) => ({
        municipalityId: f.municipality,
        journey: f.journey,
        events: f.events.map((e) => ({ week: e.week, kind: e.kind })),
        route: familyRoute(f.events),
      }));
    return {
      key,
      name: families.find((f) => f.key === key)?.name ?? key,
      // Week 0 is the first week of the first played year; the timeline marks the years from here.
      startYear,
      journeys,
      flows: routeFlows(journeys),
    };
  });
