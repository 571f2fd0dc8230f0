import type { Calendar } from '../queue/calendar.ts';
import type { ServerPools } from '../queue/server-pools.ts';
import type { RngStreams } from '../random/prng.ts';
import type { BaselineYear, FamilyEvent, YearReport } from '../report/report-types.ts';
import type { Decisions, RegionalDecisions } from '../scenario/decisions.ts';
import type { Parameters } from '../scenario/parameters.ts';
import type { Episodes } from './episodes.ts';
import type { YearAccumulator } from './year-accumulator.ts';

/** A local team (middenveld): municipal staff doing intakes and light help (MODEL.md section 2). */
export type LocalTeam = {
  fteFunded: number;
  vacancies: number;
  sickLeave: number;
  turnover: number;
  pool: number;
};

export type MunicipalityState = {
  index: number;
  id: string;
  name: string;
  area: string;
  areaIndex: number;
  youth: number;
  risk: number;
  /** Budget from the scenario; decisions may set another. */
  baseBudgetEur: number;
  budgetEur: number;
  /** Youths without an open episode of need. */
  healthy: number;
  decisions: Decisions;
  /** Decisions as adjusted by the risk reflex (M15); what the engine acts on. */
  effective: Decisions;
  stream: number;
  basisStrength: number;
  /** Mean weeks from onset to signal this week (M1, M14), refreshed weekly. */
  signalDelayWeeks: number;
  learning: number;
  gaming: number;
  trust: number;
  pressure: number;
  /** One-off pressure from an event card, taken up at the next year start. */
  pressureShock: number;
  /** How much of a change of system is still under way (1 at the switch, 0 when done; transition.ts). */
  transition: number;
  /**
   * Admin share the old arrangements cost above the new ones at the switch: it runs down with the transition
   * (old files, forms and contract terms stay in use while the new ones start; transition.ts).
   */
  transitionAdminGap: number;
  /** How the team responds to raised signals (0-1, set by the game); scales structural ervaringskennis (M11). */
  signalResponse: number;
  adminShare: number;
  autonomy: number;
  localTeam: LocalTeam;
  /** Provider indices this municipality has contracted. */
  contracted: number[];
  contractMask: Uint8Array;
  /** Per care type (ambulant..crisis) the providers a family can be sent to. */
  eligible: number[][];
  yearsSinceTender: number;
  transactionEurPerWeek: number;
  inCare: number;
  inCareByType: number[];
  waitingByType: number[];
  lastYearSpend: number;
  verdedigingPaidTotal: number;
  year: YearAccumulator;
};

export type ProviderState = {
  index: number;
  id: string;
  name: string;
  type: 0 | 1 | 2 | 3 | 4;
  area: string;
  areaIndex: number;
  bedType: number;
  beds: number;
  /** Places per FTE of this provider (group homes come with their staff): beds follow staff (M9 market). */
  bedsPerFte: number;
  fteTarget: number;
  /** Staff the market moves this provider toward: its contracted share of its kind's staff in the area. */
  marketTarget: number;
  vacancies: number;
  sickLeave: number;
  turnover: number;
  quality: number;
  reserves: number;
  revenueQuarter: number;
  /** Per-trajectory sums received but not yet earned: the margin review counts them as the weeks pass (M9). */
  revenueUnearned: number;
  /** Care given but not yet billed at its last margin review (onderhanden werk, provider-finance.ts). */
  unbilledAtReview: number;
  costQuarter: number;
  /** Client-weeks in care and place-weeks offered this quarter: the occupancy its margin review sees. */
  busyQuarter: number;
  /** Occupancy over about the last year (idleMemoryQuarters), what idle-staff shedding reads (M9). */
  occupancyTrend: number;
  slotsQuarter: number;
  revenueTotal: number;
  revenueQuarterLast: number;
  costQuarterLast: number;
  /** Youth-weighted share of its contracts that are relational or learning (M9 stewardship). */
  relationalShare: number;
  bankrupt: boolean;
  bankruptWeek: number;
  pool: number;
  /** Share-weighted admin and autonomy of the contracts it works under. */
  adminShare: number;
  autonomy: number;
  /** Slot-weeks used this year (registered use) and needed (true need) for the M10 capacity cycle. */
  usedWeeks: number;
  neededWeeks: number;
  /** Slot-weeks it offered this year: the capacity its use is measured against (M10). */
  slotWeeks: number;
};

export type NamedFamilyState = {
  key: string;
  name: string;
  municipality: number;
  episode: number;
  stream: number;
  onsetWeek: number;
  events: FamilyEvent[];
  done: boolean;
};

export type SimState = {
  version: 1;
  scenarioId: string;
  seed: number;
  startYear: number;
  warmupWeeks: number;
  week: number;
  params: Parameters;
  bedNeedMix: [number, number, number];
  regional: RegionalDecisions;
  regionName: string;
  rng: RngStreams;
  municipalities: MunicipalityState[];
  providers: ProviderState[];
  episodes: Episodes;
  calendar: Calendar;
  pools: ServerPools;
  families: NamedFamilyState[];
  /** Completed years per municipality (index = municipality), then the region. */
  history: YearReport[][];
  regionHistory: YearReport[];
  /** The last warm-up year, set when the warm-up closes (absent without a warm-up or before then). */
  baseline?: BaselineYear;
  areas: string[];
  areaProviders: number[][];
  areaResidential: number[][];
  areaMunicipalityCount: number[];
  /** Children in residential care per area and needed bed type; and its weekly sum (M10). */
  areaBedNeed: Int32Array;
  areaBedNeedWeeks: Float64Array;
  providerContractCount: Int32Array;
  providerContractYouth: Float64Array;
  providerRegistersNeed: Uint8Array;
  regionBankruptciesThisYear: number;
};
