import type { SeatView } from '../api/view-types.ts';
import { familyStory } from './family-story.ts';
import { kpi } from './kpi.ts';

export const signalAspects = [
  'story-retold',
  'waiting',
  'letters',
  'desks',
  'continuity',
  'school',
  'trust',
] as const;

/** The named families' journeys as timelines with their kitchen-table stories, and the signals already raised. */
export const ervaringsdeskundigeVm = (view: SeatView) => {
  const lens = view.lenses.leefwereld;
  const s = lens?.summary;
  return {
    kpis: [
      kpi('weeksToFirstHelp', s?.weeksToFirstHelp?.median, 'decimal'),
      kpi('storyTellings', s?.storyTellingsPerFamily, 'decimal'),
      kpi('desks', s?.desksPerFamily, 'decimal'),
      kpi('letters', s?.lettersPerFamily, 'decimal'),
      kpi('continuityBreaks', s?.continuityBreaksPerFamily, 'decimal'),
      kpi('thuiszitters', s?.thuiszitters, 'integer'),
      kpi('outOfHomePlacements', s?.outOfHomePlacements, 'integer'),
      kpi('trust', s?.trust, 'percent'),
    ],
    families: (lens?.families ?? []).map((f) => ({
      key: f.key,
      name: f.name,
      status: f.journey.status,
      timeline: f.events.map((e, i) => ({ id: `${e.week}-${i}`, week: e.week, kind: e.kind })),
      story: familyStory(f),
      signals: (view.team?.signals ?? []).filter((x) => x.familyKey === f.key),
    })),
    signalsAreDecor: view.team?.decisions.ervaringskennis !== 'structureel',
  };
};
