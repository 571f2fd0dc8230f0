/**
 * Running totals for the current year of one municipality; closed into a YearReport at year end.
 * Fixed slots in one Float64Array keep weekly and per-event bookkeeping allocation-free.
 */
export const Acc = {
  youthInCare: 0,
  activeWeeks: 1,
  newEpisodes: 2,
  ended: 3,
  endedWeeks: 4,
  residentialYouth: 5,
  professionals: 6,
  tellings: 7,
  desks: 8,
  letters: 9,
  breaks: 10,
  thuiszitters: 11,
  placements: 12,
  mismatches: 13,
  escalations: 14,
  stayedSmall: 15,
  gaveUp: 16,
  earlyClosures: 17,
  adminWeeks: 18,
  sickWeeks: 19,
  turnoverWeeks: 20,
  spendAanval: 21,
  spendMiddenveld: 22,
  spendVerdediging: 23,
  spendTransactie: 24,
  spendLeren: 25,
  bankruptcies: 26,
  trustSum: 27,
  trustN: 28,
  resolved: 29,
  registeredWaitingWeeks: 30,
  trueWaitingWeeks: 31,
  useLocal: 32,
  needLocal: 37,
  firstHelpN: 42,
  weeksAccumulated: 43,
  onsets: 44,
  journeys: 45,
  residentialPlacements: 46,
  signals: 47,
  signalledLight: 48,
  rescues: 49,
  /** Product trajectories the register closes as "goal not met": escalated to heavier care or re-referred. */
  productEndsUnmet: 50,
  /** Youths whose youth care ended because they turned 18 (or 23 after an extension), need unresolved. */
  agedOut: 51,
  /** Euro paid to relational partners under the risk-sharing contract term (M9, part of verdediging). */
  riskSharing: 52,
} as const;
export const ACC_SIZE = 53;
export const WAIT_HISTOGRAM_WEEKS = 261;

export type YearAccumulator = { v: Float64Array; waitHistogram: Int32Array };

export const createYearAccumulator = (): YearAccumulator => ({
  v: new Float64Array(ACC_SIZE),
  waitHistogram: new Int32Array(WAIT_HISTOGRAM_WEEKS),
});

export const resetYearAccumulator = (a: YearAccumulator): void => {
  a.v.fill(0);
  a.waitHistogram.fill(0);
};

export const recordFirstHelpWait = (a: YearAccumulator, weeks: number): void => {
  a.waitHistogram[weeks < WAIT_HISTOGRAM_WEEKS ? weeks : WAIT_HISTOGRAM_WEEKS - 1]++;
  a.v[Acc.firstHelpN]++;
};

/** Mean of a weekly histogram (waits of five years or more count as five years). */
export const histogramMean = (h: Int32Array): number => {
  let total = 0;
  let sum = 0;
  for (let i = 0; i < h.length; i++) {
    total += h[i];
    sum += i * h[i];
  }
  return total === 0 ? 0 : sum / total;
};

/** Quantile (0-1) of a weekly histogram: the smallest week with at least that share at or below it. */
export const histogramQuantile = (h: Int32Array, q: number): number => {
  let total = 0;
  for (let i = 0; i < h.length; i++) total += h[i];
  if (total === 0) return 0;
  const need = q * total;
  let cum = 0;
  for (let i = 0; i < h.length; i++) {
    cum += h[i];
    if (cum >= need) return i;
  }
  return h.length - 1;
};
