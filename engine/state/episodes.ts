/**
 * Episodes of need, one agent per child while it has a need (MODEL.md section 1), in parallel typed arrays
 * ("structure of arrays") so national runs allocate nothing per event. Ids are recycled through a free list.
 */
export const Phase = {
  free: 0,
  unsignalled: 1,
  waitingIntake: 2,
  intake: 3,
  awaitingDecision: 4,
  waitingCare: 5,
  inCare: 6,
  away: 7,
} as const;

export const CareType = { local: 0, ambulant: 1, specialist: 2, residential: 3, crisis: 4 } as const;
export const CARE_TYPES = 5;

/** Domains of need as bits (MODEL.md section 2). */
export const Domain = {
  school: 1,
  home: 2,
  mental: 4,
  money: 8,
  parentHealth: 16,
  safety: 32,
} as const;

const int32Fields = [
  'muni',
  'stream',
  'family',
  'token',
  'pool',
  'sevWeek',
  'onsetWeek',
  'signalWeek',
  'careStart',
  'firstHelp',
  'waitStart',
  'periodStart',
  'countedYear',
  'residentialYear',
  'outOfSchoolYear',
] as const;
const uint8Fields = [
  'phase',
  'domains',
  'age',
  'careType',
  'pieces',
  'bedNeed',
  'bedGot',
  'professionals',
  'tellings',
  'desks',
  'letters',
  'breaks',
  'escalations',
  'earlyClosed',
  'extended',
] as const;
const float64Fields = ['severity', 'trust', 'trustAtOnset', 'fit'] as const;

type Int32Field = (typeof int32Fields)[number];
type Uint8Field = (typeof uint8Fields)[number];
type Float64Field = (typeof float64Fields)[number];

export type Episodes = { [K in Int32Field]: Int32Array } & { [K in Uint8Field]: Uint8Array } & {
  [K in Float64Field]: Float64Array;
} & { size: number; live: number; freeIds: Int32Array; freeCount: number };

/**
 * Builds the table as one object literal with every field spelled out, so V8 keeps it in fast mode (a
 * table built by assigning computed keys ends up as a slow dictionary, and every field read pays for it).
 */
export const episodesFromFields = (
  f: {
    [K in Int32Field | Uint8Field | Float64Field | 'freeIds']: Episodes[K];
  } & { size: number; live: number; freeCount: number },
): Episodes => ({
  muni: f.muni,
  stream: f.stream,
  family: f.family,
  token: f.token,
  pool: f.pool,
  sevWeek: f.sevWeek,
  onsetWeek: f.onsetWeek,
  signalWeek: f.signalWeek,
  careStart: f.careStart,
  firstHelp: f.firstHelp,
  waitStart: f.waitStart,
  periodStart: f.periodStart,
  countedYear: f.countedYear,
  residentialYear: f.residentialYear,
  outOfSchoolYear: f.outOfSchoolYear,
  phase: f.phase,
  domains: f.domains,
  age: f.age,
  careType: f.careType,
  pieces: f.pieces,
  bedNeed: f.bedNeed,
  bedGot: f.bedGot,
  professionals: f.professionals,
  tellings: f.tellings,
  desks: f.desks,
  letters: f.letters,
  breaks: f.breaks,
  escalations: f.escalations,
  earlyClosed: f.earlyClosed,
  extended: f.extended,
  severity: f.severity,
  trust: f.trust,
  trustAtOnset: f.trustAtOnset,
  fit: f.fit,
  size: f.size,
  live: f.live,
  freeIds: f.freeIds,
  freeCount: f.freeCount,
});

export const createEpisodes = (capacity = 1024): Episodes => {
  const fields: Record<string, unknown> = {
    size: 0,
    live: 0,
    freeIds: new Int32Array(capacity),
    freeCount: 0,
  };
  for (const f of int32Fields) fields[f] = new Int32Array(capacity);
  for (const f of uint8Fields) fields[f] = new Uint8Array(capacity);
  for (const f of float64Fields) fields[f] = new Float64Array(capacity);
  return episodesFromFields(fields as Parameters<typeof episodesFromFields>[0]);
};

export const episodeCapacity = (e: Episodes): number => e.phase.length;

const grow = (e: Episodes): void => {
  const cap = episodeCapacity(e) * 2;
  const rec = e as unknown as Record<string, Int32Array | Uint8Array | Float64Array>;
  for (const f of [...int32Fields, ...uint8Fields, ...float64Fields]) {
    const old = rec[f];
    const next = new (old.constructor as Int32ArrayConstructor)(cap);
    next.set(old as Int32Array);
    rec[f] = next;
  }
  const freeIds = new Int32Array(cap);
  freeIds.set(e.freeIds);
  e.freeIds = freeIds;
};

/** Allocates an episode id with every field reset. */
export const allocateEpisode = (e: Episodes): number => {
  let id: number;
  if (e.freeCount > 0) id = e.freeIds[--e.freeCount];
  else {
    if (e.size === episodeCapacity(e)) grow(e);
    id = e.size++;
  }
  e.live++;
  // The token keeps counting across reuse, so stale queue entries and events of an earlier episode
  // with this id can never match the new one.
  e.token[id]++;
  e.muni[id] = -1;
  e.stream[id] = -1;
  e.family[id] = -1;
  e.pool[id] = -1;
  e.sevWeek[id] = -1;
  e.onsetWeek[id] = -1;
  e.signalWeek[id] = -1;
  e.careStart[id] = -1;
  e.firstHelp[id] = -1;
  e.waitStart[id] = -1;
  e.periodStart[id] = -1;
  e.countedYear[id] = -1;
  e.residentialYear[id] = -1;
  e.outOfSchoolYear[id] = -1;
  e.phase[id] = 0;
  e.domains[id] = 0;
  e.age[id] = 0;
  e.careType[id] = 0;
  e.pieces[id] = 0;
  e.bedNeed[id] = 0;
  e.bedGot[id] = 0;
  e.professionals[id] = 0;
  e.tellings[id] = 0;
  e.desks[id] = 0;
  e.letters[id] = 0;
  e.breaks[id] = 0;
  e.escalations[id] = 0;
  e.earlyClosed[id] = 0;
  e.extended[id] = 0;
  e.severity[id] = 0;
  e.trust[id] = 0;
  e.trustAtOnset[id] = 0;
  e.fit[id] = 0;
  return id;
};

export const freeEpisode = (e: Episodes, id: number): void => {
  e.phase[id] = Phase.free;
  e.token[id]++;
  e.live--;
  e.freeIds[e.freeCount++] = id;
};

export const episodeFieldNames = { int32Fields, uint8Fields, float64Fields };
