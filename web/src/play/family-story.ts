import type { SeatView } from '../api/view-types.ts';

type Family = NonNullable<SeatView['lenses']['leefwereld']>['families'][number];
type EventKind = Family['events'][number]['kind'];

const WEEKS_PER_YEAR = 52;

/** A moment of the session as a story says it: a month and a year (the component writes the month's name). */
export type When = { year: number; month: number };

/**
 * One sentence of a kitchen-table story: a locale key (story.<key>), its values, when it happened, and for
 * the "since last year" sentence the parts of its list (each a locale key with a count).
 */
export type StoryLine = {
  key: string;
  values: Record<string, string | number>;
  when?: When;
  parts?: { key: string; count: number }[];
};

/**
 * Each family's opening (story.open.<key>), written anew from its source; the facts are the sources', the
 * sentences ours: maandag 004:115-125, ryan 001:353-379, dochter 004:167-184, sara 001:999-1016,
 * amir 001:1293-1310, lotte 001:2457-2470, gezin-alles 001:1594-1620, jamal 001:3276-3282.
 */
export const familyOrder = ['maandag', 'ryan', 'dochter', 'sara', 'amir', 'lotte', 'gezin-alles', 'jamal'];

/** Events the story tells, in the words of story.event.<kind>; a review during help is not news at the table. */
const toldKinds: readonly EventKind[] = [
  'onset',
  'signal',
  'desk',
  'intake',
  'letter',
  'waiting',
  'care-start',
  'continuity-break',
  'transfer',
  're-referral',
  'escalation',
  'out-of-school',
  'placement',
  'gave-up',
  'returned',
  'early-closure',
  'resolved',
  'stayed-small',
];

/** Kinds told once with how often they came (desks, letters, new faces): the rest are told each time they start. */
const countedKinds: readonly EventKind[] = ['desk', 'letter', 'continuity-break'];

/** The most event sentences a card tells, so a phone's card stays short; the timeline below has every event. */
export const MAX_EVENT_LINES = 6;

/** Two wordings of every event; which one a family gets depends on the family and the event, so stories differ. */
const VARIANTS = 2;

export const whenOf = (week: number, startYear: number): When => {
  const inYear = ((week % WEEKS_PER_YEAR) + WEEKS_PER_YEAR) % WEEKS_PER_YEAR;
  return {
    year: startYear + Math.floor(week / WEEKS_PER_YEAR),
    month: Math.min(11, Math.floor((inYear / WEEKS_PER_YEAR) * 12)),
  };
};

/** A small string hash: the same family and event always get the same wording, other families often another. */
const variantOf = (familyKey: string, kind: EventKind): number => {
  let h = 7;
  for (const c of `${familyKey}/${kind}`) h = (h * 31 + c.charCodeAt(0)) % 1_000_003;
  return h % VARIANTS;
};

/** The events worth a sentence: the first of each counted kind (with its count), every start of another kind. */
const eventLines = (f: Family, startYear: number): StoryLine[] => {
  const lines: StoryLine[] = [];
  let previous: EventKind | null = null;
  for (const e of f.events) {
    if (!toldKinds.includes(e.kind) || e.kind === previous) continue;
    previous = e.kind;
    const counted = countedKinds.includes(e.kind);
    if (counted && lines.some((l) => l.key.startsWith(`event.${e.kind}.`))) continue;
    const count = counted ? f.events.filter((x) => x.kind === e.kind).length : 1;
    lines.push({
      key: `event.${e.kind}.v${variantOf(f.key, e.kind)}`,
      values: { count },
      when: whenOf(e.week, startYear),
    });
  }
  if (lines.length <= MAX_EVENT_LINES) return lines;
  // A long road: its beginning and how it stands now, with the middle left to the timeline.
  return [...lines.slice(0, MAX_EVENT_LINES - 2), { key: 'skipped', values: {} }, ...lines.slice(-2)];
};

/** What the last calculated year added, against the years before: letters, new faces and desks. */
const sinceLastYear = (f: Family, startYear: number, yearsCalculated: number): StoryLine | null => {
  if (yearsCalculated < 2) return null;
  const from = (yearsCalculated - 1) * WEEKS_PER_YEAR;
  const recent = f.events.filter((e) => e.week >= from && e.week < yearsCalculated * WEEKS_PER_YEAR);
  const year = startYear + yearsCalculated - 1;
  const count = (k: EventKind) => recent.filter((e) => e.kind === k).length;
  const parts = [
    { key: 'since.letters', count: count('letter') },
    { key: 'since.faces', count: count('continuity-break') + count('transfer') },
    { key: 'since.desks', count: count('desk') },
  ].filter((p) => p.count > 0);
  if (recent.length === 0) return { key: 'since.quiet', values: { year } };
  if (parts.length === 0) return { key: 'since.someNews', values: { year, count: recent.length } };
  return { key: 'since.added', values: { year }, parts };
};

/**
 * The kitchen-table story of one named family (issue 15, defect 9), told from its own timeline: who they are
 * (the opening from the sources), what happened in which month (desks, letters, faces, waits, help), what the
 * last year added, and where they stand with how it feels. A family whose question has not come yet gets its
 * opening and no more, so no card says both "out of school" and "nothing happened yet" (defect 6).
 */
export const familyStory = (
  f: Family,
  clock: { startYear: number; yearsCalculated: number },
): StoryLine[] => {
  const known = familyOrder.includes(f.key);
  const open: StoryLine = known
    ? { key: `open.${f.key}`, values: {} }
    : { key: 'open.other', values: { name: f.name } };
  if (f.events.length === 0 || f.journey.status === 'not-yet') return [open, { key: 'notYet', values: {} }];
  const j = f.journey;
  const since = sinceLastYear(f, clock.startYear, clock.yearsCalculated);
  return [
    open,
    ...eventLines(f, clock.startYear),
    ...(since ? [since] : []),
    ...(j.tellings > 1 ? [{ key: 'tellings', values: { count: j.tellings } }] : []),
    ...(j.place !== 'home' ? [{ key: `place.${j.place}`, values: {} }] : []),
    { key: `status.${j.status}`, values: {} },
    { key: j.trust < 0.4 ? 'trust.low' : j.trust > 0.65 ? 'trust.high' : 'trust.mixed', values: {} },
  ];
};
