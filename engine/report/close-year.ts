import type { MunicipalityState, SimState } from '../state/sim-state.ts';
import { Acc, histogramMean, histogramQuantile, WAIT_HISTOGRAM_WEEKS } from '../state/year-accumulator.ts';
import type { BaselineYear, CareTypeCounts, YearReport } from './report-types.ts';

const ratio = (a: number, b: number): number => (b > 0 ? a / b : 0);
const round = (x: number, digits = 4): number => Math.round(x * 10 ** digits) / 10 ** digits;
const CARE_KEYS = ['local', 'ambulant', 'specialist', 'residential', 'crisis'] as const;

const careCounts = (v: Float64Array, offset: number, weeks: number): CareTypeCounts =>
  Object.fromEntries(CARE_KEYS.map((k, i) => [k, round(ratio(v[offset + i], weeks), 1)])) as CareTypeCounts;

/** The raw sums behind a YearReport, summable over municipalities for the region. */
export type YearSums = {
  v: Float64Array;
  histogram: Int32Array;
  youth: number;
  budget: number;
  providers: number;
  bankruptcies: number;
  stocks: Stocks;
};
type Stocks = {
  trust: number;
  learning: number;
  gaming: number;
  basis: number;
  pressure: number;
  lawfulness: number;
};

export const closeYearReports = (st: SimState): void => {
  const year = st.startYear + st.history[0].length;
  const sums = st.municipalities.map((m) => municipalitySums(st, m));
  st.municipalities.forEach((m, i) => {
    st.history[i].push(toReport(year, sums[i], registersNeed(m)));
    m.lastYearSpend = spendOf(sums[i].v);
  });
  st.regionHistory.push(regionReport(year, sums, activeProviders(st), st.regionBankruptciesThisYear));
};

/**
 * Closes the last warm-up weeks like a year (year = startYear - 1) as the baseline a game's first round starts
 * from; read-only: it changes no history, no spend and no other state the model reads (issue 15, defect 11).
 */
export const closeBaselineYear = (st: SimState): BaselineYear => {
  const year = st.startYear - 1;
  const sums = st.municipalities.map((m) => municipalitySums(st, m));
  return {
    municipalities: st.municipalities.map((m, i) => toReport(year, sums[i], registersNeed(m))),
    region: regionReport(year, sums, activeProviders(st), st.regionBankruptciesThisYear),
  };
};

/**
 * What one state contributes to the region's report of the year it just closed: its municipalities' raw sums
 * (in its municipality order), its open providers and its bankruptcies. An area shard hands this over at every
 * year close (engine/shards); read right after the close, before the next week resets the year's books.
 */
export type RegionPiece = { sums: YearSums[]; activeProviders: number; bankruptcies: number };

export const regionPieceOf = (st: SimState): RegionPiece => ({
  sums: st.municipalities.map((m) => municipalitySums(st, m)),
  activeProviders: activeProviders(st),
  bankruptcies: st.regionBankruptciesThisYear,
});

const activeProviders = (st: SimState): number => st.providers.filter((p) => !p.bankrupt).length;

/**
 * The region's year report from every municipality's sums IN MUNICIPALITY INDEX ORDER: the float sums then
 * never depend on how the municipalities were split over states or threads.
 */
export const regionReport = (
  year: number,
  sums: readonly YearSums[],
  providers: number,
  bankruptcies: number,
): YearReport => toReport(year, mergeSums(sums, providers, bankruptcies), false);

const registersNeed = (m: MunicipalityState): boolean => m.effective.registration === 'behoefte';

const spendOf = (v: Float64Array): number =>
  v[Acc.spendAanval] +
  v[Acc.spendMiddenveld] +
  v[Acc.spendVerdediging] +
  v[Acc.spendTransactie] +
  v[Acc.spendLeren];

/** The lawfulness score a municipality registers: high under tight checks on formal decisions. */
const lawfulnessOf = (st: SimState, m: MunicipalityState): number =>
  st.params.lawfulnessBase -
  (m.effective.access === 'direct' ? st.params.lawfulnessDirect : 0) -
  (m.effective.accountability === 'verhalend' ? st.params.lawfulnessVerhalend : 0);

const municipalitySums = (st: SimState, m: MunicipalityState): YearSums => ({
  v: m.year.v.slice(),
  histogram: m.year.waitHistogram.slice(),
  youth: m.youth,
  budget: m.budgetEur,
  providers: m.contracted.filter((p) => !st.providers[p].bankrupt).length,
  bankruptcies: m.year.v[Acc.bankruptcies],
  stocks: {
    trust: m.trust,
    learning: m.learning,
    gaming: m.gaming,
    basis: m.basisStrength,
    pressure: m.pressure,
    lawfulness: lawfulnessOf(st, m),
  },
});

const mergeSums = (sums: readonly YearSums[], providers: number, bankruptcies: number): YearSums => {
  const v = new Float64Array(sums[0].v.length);
  const histogram = new Int32Array(WAIT_HISTOGRAM_WEEKS);
  const youth = sums.reduce((a, s) => a + s.youth, 0);
  const stocks: Stocks = { trust: 0, learning: 0, gaming: 0, basis: 0, pressure: 0, lawfulness: 0 };
  for (const s of sums) {
    for (let i = 0; i < v.length; i++) v[i] += s.v[i];
    for (let i = 0; i < histogram.length; i++) histogram[i] += s.histogram[i];
    for (const k of Object.keys(stocks) as (keyof Stocks)[]) stocks[k] += (s.stocks[k] * s.youth) / youth;
  }
  // Weekly means (admin, sick leave, turnover) are per municipality: average them by youth, not summed.
  v[Acc.weeksAccumulated] = sums[0].v[Acc.weeksAccumulated];
  for (const k of [Acc.adminWeeks, Acc.sickWeeks, Acc.turnoverWeeks]) {
    v[k] = sums.reduce((a, s) => a + (s.v[k] * s.youth) / youth, 0);
  }
  return {
    v,
    histogram,
    youth,
    budget: sums.reduce((a, s) => a + s.budget, 0),
    providers,
    bankruptcies,
    stocks,
  };
};

const toReport = (year: number, s: YearSums, needRegistration: boolean): YearReport => {
  const v = s.v;
  const weeks = Math.max(1, v[Acc.weeksAccumulated]);
  const ended = v[Acc.ended];
  const productEnds = ended + v[Acc.productEndsUnmet];
  const journeys = v[Acc.journeys];
  const use = careCounts(v, Acc.useLocal, weeks);
  const need = careCounts(v, Acc.needLocal, weeks);
  return {
    year,
    youthInCare: v[Acc.youthInCare],
    activeCasesMean: round(v[Acc.activeWeeks] / weeks, 1),
    prevalence: round(ratio(v[Acc.youthInCare], s.youth)),
    residentialShare: round(ratio(v[Acc.residentialYouth], v[Acc.youthInCare])),
    newEpisodes: v[Acc.newEpisodes],
    meanEpisodeWeeks: round(ratio(v[Acc.endedWeeks], ended), 1),
    weeksToFirstHelp: {
      median: histogramQuantile(s.histogram, 0.5),
      p90: histogramQuantile(s.histogram, 0.9),
      mean: round(histogramMean(s.histogram), 2),
    },
    professionalsPerFamily: round(ratio(v[Acc.professionals], journeys), 2),
    storyTellingsPerFamily: round(ratio(v[Acc.tellings], journeys), 2),
    desksPerFamily: round(ratio(v[Acc.desks], journeys), 2),
    lettersPerFamily: round(ratio(v[Acc.letters], journeys), 2),
    continuityBreaksPerFamily: round(ratio(v[Acc.breaks], journeys), 2),
    thuiszitters: v[Acc.thuiszitters],
    outOfHomePlacements: v[Acc.placements],
    placementMismatchShare: round(ratio(v[Acc.mismatches], v[Acc.residentialPlacements])),
    escalations: v[Acc.escalations],
    stayedSmall: v[Acc.stayedSmall],
    onsets: v[Acc.onsets],
    stayedSmallShare: round(ratio(v[Acc.stayedSmall], v[Acc.onsets])),
    lightAtSignalShare: round(ratio(v[Acc.signalledLight], v[Acc.signals])),
    gaveUp: v[Acc.gaveUp],
    earlyClosures: v[Acc.earlyClosures],
    agedOut: v[Acc.agedOut],
    adminShare: round(v[Acc.adminWeeks] / weeks),
    sickLeave: round(v[Acc.sickWeeks] / weeks),
    turnover: round(v[Acc.turnoverWeeks] / weeks),
    activeProviders: s.providers,
    bankruptcies: s.bankruptcies,
    rescues: v[Acc.rescues],
    spendEur: Math.round(spendOf(v)),
    spendByLine: {
      aanval: Math.round(v[Acc.spendAanval]),
      middenveld: Math.round(v[Acc.spendMiddenveld]),
      verdediging: Math.round(v[Acc.spendVerdediging]),
      transactie: Math.round(v[Acc.spendTransactie]),
      leren: Math.round(v[Acc.spendLeren]),
    },
    budgetEur: Math.round(s.budget),
    trust: round(v[Acc.trustN] > 0 ? v[Acc.trustSum] / v[Acc.trustN] : s.stocks.trust),
    learningStock: round(s.stocks.learning),
    gamingLevel: round(s.stocks.gaming),
    basisStrength: round(s.stocks.basis),
    politicalPressure: round(s.stocks.pressure),
    dashboard: {
      registeredClients: v[Acc.youthInCare],
      registeredWaiting: round(v[Acc.registeredWaitingWeeks] / weeks, 1),
      trueWaiting: round(v[Acc.trueWaitingWeeks] / weeks, 1),
      registeredDemand: needRegistration ? need : use,
      trueNeed: need,
      // The register closes a product trajectory at every ending: resolved, closed early (booked as a success,
      // M9) or with the goal not met (escalated or re-referred, the care itself goes on elsewhere).
      registeredSuccessShare: round(ratio(v[Acc.resolved] + v[Acc.earlyClosures], productEnds)),
      trueSuccessShare: round(ratio(v[Acc.resolved], productEnds)),
      costPerTrajectoryEur: Math.round(ratio(v[Acc.spendVerdediging], ended)),
      lawfulness: round(s.stocks.lawfulness),
      riskSharingEur: Math.round(v[Acc.riskSharing]),
    },
  };
};
