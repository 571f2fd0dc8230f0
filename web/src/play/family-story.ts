import type { SeatView } from '../api/view-types.ts';

type Family = NonNullable<SeatView['lenses']['leefwereld']>['families'][number];

/** One sentence of a kitchen-table story: a locale key (story.<key>) and its values. */
export type StoryLine = { key: string; values: Record<string, string | number> };

const firstWeek = (f: Family, kind: string) => f.events.find((e) => e.kind === kind)?.week;

/**
 * A short story in plain words, told from the family's own events and counters (GAME.md section 6, leefwereld).
 * Which sentences appear depends on what happened; the wording lives in the locale files.
 */
export const familyStory = (f: Family): StoryLine[] => {
  const j = f.journey;
  const lines: StoryLine[] = [{ key: 'start', values: { name: f.name } }];
  const onset = firstWeek(f, 'onset');
  const signal = firstWeek(f, 'signal');
  if (onset !== undefined && signal !== undefined)
    lines.push({ key: 'askedForHelp', values: { count: Math.max(0, signal - onset) } });
  if (j.desks > 1) lines.push({ key: 'desks', values: { count: j.desks } });
  if (j.tellings > 1) lines.push({ key: 'tellings', values: { count: j.tellings } });
  if (j.letters > 0) lines.push({ key: 'letters', values: { count: j.letters } });
  if (j.weeksWaited > 0) lines.push({ key: 'waited', values: { count: Math.round(j.weeksWaited) } });
  if (j.continuityBreaks > 0) lines.push({ key: 'newFaces', values: { count: j.continuityBreaks } });
  if (!j.inSchool) lines.push({ key: 'outOfSchool', values: {} });
  if (j.place !== 'home') lines.push({ key: `place.${j.place}`, values: {} });
  lines.push({ key: `status.${j.status}`, values: {} });
  lines.push({
    key: j.trust < 0.4 ? 'trust.low' : j.trust > 0.65 ? 'trust.high' : 'trust.mixed',
    values: {},
  });
  return lines;
};
