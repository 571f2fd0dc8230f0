import { familyScripts } from '../families/named-families.ts';
import { gamingTarget, learningTarget } from '../mechanisms/learning.ts';
import { createCalendar } from '../queue/calendar.ts';
import { createServerPools } from '../queue/server-pools.ts';
import { createRngStreams, seedStream } from '../random/prng.ts';
import type { Scenario } from '../scenario/scenario-schema.ts';
import { bedTypes, providerTypes } from '../scenario/scenario-schema.ts';
import { municipalityAsDoubles, providerAsDoubles } from './double-fields.ts';
import { allocateEpisode, CARE_TYPES, createEpisodes, Phase } from './episodes.ts';
import type { MunicipalityState, NamedFamilyState, ProviderState, SimState } from './sim-state.ts';
import { bucketIntsFor, episodeCapacityFor } from './sizing.ts';
import { createYearAccumulator } from './year-accumulator.ts';

/** Stream keys: municipalities by index, named families by script (the same stream in every municipality). */
const FAMILY_KEY_BASE = 1_000_000;

/**
 * `streamKeys[i]` is the key of municipality i's random stream (default i): an area shard passes its
 * municipalities' indices in the whole scenario, so each draws what it would draw in any split of the scenario.
 */
export const createInitialState = (
  scenario: Scenario,
  seed: number,
  streamKeys?: readonly number[],
): SimState => {
  const areas = [...new Set(scenario.municipalities.map((m) => m.area))];
  const providerSpecs = expandProviders(scenario);
  const families = scenario.municipalities.flatMap((_, mi) =>
    familyScripts.filter((f) => scenario.namedFamilies.includes(f.key)).map((f) => ({ f, mi })),
  );
  const nM = scenario.municipalities.length;
  const rng = createRngStreams(seed, nM + families.length);
  if (streamKeys) {
    if (streamKeys.length !== nM)
      throw new Error(`${streamKeys.length} stream keys for ${nM} municipalities`);
    streamKeys.forEach((key, i) => {
      if (key !== i) seedStream(rng, i, seed, key);
    });
  }
  const youth = scenario.municipalities.reduce((sum, m) => sum + m.youth, 0);
  for (const [i, { f }] of families.entries())
    seedStream(rng, nM + i, seed, FAMILY_KEY_BASE + familyScripts.indexOf(f));
  const st: SimState = {
    version: 1,
    scenarioId: scenario.id,
    seed,
    startYear: scenario.startYear,
    warmupWeeks: scenario.warmupWeeks,
    week: 0,
    params: { ...scenario.parameters },
    bedNeedMix: [...scenario.bedNeedMix],
    regional: { ...scenario.region.decisions },
    regionName: scenario.region.name,
    rng,
    municipalities: [],
    providers: [],
    episodes: createEpisodes(episodeCapacityFor(youth)),
    calendar: createCalendar(bucketIntsFor(youth)),
    pools: createServerPools(nM + providerSpecs.length),
    families: [],
    history: scenario.municipalities.map(() => []),
    regionHistory: [],
    areas,
    areaProviders: areas.map(() => []),
    areaResidential: areas.map(() => []),
    areaMunicipalityCount: areas.map((a) => scenario.municipalities.filter((m) => m.area === a).length),
    areaBedNeed: new Int32Array(areas.length * 3),
    areaBedNeedWeeks: new Float64Array(areas.length * 3),
    providerContractCount: new Int32Array(providerSpecs.length),
    providerContractYouth: new Float64Array(providerSpecs.length),
    providerRegistersNeed: new Uint8Array(providerSpecs.length),
    regionBankruptciesThisYear: 0,
    // Present from the start (set when the warm-up closes): a property added mid-run would change the state's
    // hidden class and throw away every optimised function that reads the state (double-fields.ts).
    baseline: undefined,
  };
  st.providers = providerSpecs.map((spec, i) => providerAsDoubles(createProvider(st, spec, i, nM + i)));
  for (const pr of st.providers) {
    st.areaProviders[pr.areaIndex].push(pr.index);
    if (pr.type === 3) st.areaResidential[pr.areaIndex].push(pr.index);
  }
  st.municipalities = scenario.municipalities.map((spec, i) =>
    municipalityAsDoubles(createMunicipality(st, spec, i)),
  );
  st.families = families.map(({ f, mi }, i) => createFamily(st, f, mi, nM + i, i));
  return st;
};

type ExpandedProvider = Scenario['providers'][number];

const expandProviders = (scenario: Scenario): ExpandedProvider[] =>
  scenario.providers.flatMap((p) =>
    p.count === 1
      ? [p]
      : Array.from({ length: p.count }, (_, k) => ({
          ...p,
          id: `${p.id}-${k + 1}`,
          name: `${p.name} ${k + 1}`,
          count: 1,
        })),
  );

const createProvider = (
  st: SimState,
  spec: ExpandedProvider,
  index: number,
  pool: number,
): ProviderState => ({
  index,
  id: spec.id,
  name: spec.name,
  type: (providerTypes.indexOf(spec.type) + 1) as 1 | 2 | 3 | 4,
  area: spec.area,
  areaIndex: st.areas.indexOf(spec.area),
  bedType: bedTypes.indexOf(spec.bedType),
  beds: spec.beds,
  bedsPerFte: spec.beds / spec.fte,
  fteTarget: spec.fte,
  marketTarget: spec.fte,
  vacancies: 0,
  sickLeave: st.params.startSickLeave,
  turnover: st.params.startTurnover,
  quality: 1,
  reserves: (st.params.providerReserveWeeks * spec.fte * st.params.costPerFteYear) / 52,
  revenueQuarter: 0,
  revenueUnearned: 0,
  unbilledAtReview: 0,
  costQuarter: 0,
  busyQuarter: 0,
  occupancyTrend: st.params.plannedOccupancy,
  slotsQuarter: 0,
  revenueTotal: 0,
  revenueQuarterLast: 0,
  costQuarterLast: 0,
  relationalShare: 0,
  bankrupt: false,
  bankruptWeek: -1,
  pool,
  adminShare: st.params.referenceAdminShare,
  autonomy: 0.5,
  usedWeeks: 0,
  neededWeeks: 0,
  slotWeeks: 0,
});

const createMunicipality = (
  st: SimState,
  spec: Scenario['municipalities'][number],
  index: number,
): MunicipalityState => {
  const m: MunicipalityState = {
    index,
    id: spec.id,
    name: spec.name,
    area: spec.area,
    areaIndex: st.areas.indexOf(spec.area),
    youth: spec.youth,
    risk: spec.risk,
    baseBudgetEur: spec.budgetEur,
    budgetEur: spec.decisions.budgetEur ?? spec.budgetEur,
    healthy: spec.youth,
    decisions: spec.decisions,
    effective: spec.decisions,
    stream: index,
    basisStrength: 1,
    signalDelayWeeks: st.params.signalDelayWeeks,
    learning: 0,
    gaming: 0,
    trust: st.params.trustStart,
    pressure: 0,
    pressureShock: 0,
    transition: 0,
    transitionAdminGap: 0,
    signalResponse: 1,
    adminShare: 0.3,
    autonomy: 0.5,
    localTeam: {
      fteFunded: 0,
      vacancies: 0,
      sickLeave: st.params.startSickLeave,
      turnover: st.params.startTurnover,
      pool: index,
    },
    contracted: [],
    contractMask: new Uint8Array(st.providers.length),
    eligible: Array.from({ length: CARE_TYPES }, () => []),
    yearsSinceTender: 0,
    transactionEurPerWeek: 0,
    inCare: 0,
    inCareByType: new Array(CARE_TYPES).fill(0),
    waitingByType: new Array(CARE_TYPES).fill(0),
    lastYearSpend: 0,
    verdedigingPaidTotal: 0,
    year: createYearAccumulator(),
  };
  m.basisStrength =
    (m.budgetEur * m.effective.budgetSplit.aanval) / m.youth / st.params.referenceBasisEurPerYouth;
  m.learning = learningTarget(st, m);
  m.gaming = gamingTarget(st, m);
  return m;
};

const createFamily = (
  st: SimState,
  f: (typeof familyScripts)[number],
  municipality: number,
  stream: number,
  index: number,
): NamedFamilyState => {
  const e = st.episodes;
  const id = allocateEpisode(e);
  e.muni[id] = municipality;
  e.stream[id] = stream;
  e.family[id] = index;
  e.domains[id] = f.domains;
  e.severity[id] = f.severity;
  e.age[id] = f.age;
  e.phase[id] = Phase.away;
  e.trust[id] = f.trust;
  e.trustAtOnset[id] = f.trust;
  return {
    key: f.key,
    name: f.name,
    municipality,
    episode: id,
    stream,
    onsetWeek: f.week,
    events: [],
    done: false,
  };
};
