import { CareType, Phase } from '../state/episodes.ts';
import type { SimState } from '../state/sim-state.ts';
import { Acc, resetYearAccumulator } from '../state/year-accumulator.ts';
import { isWarmup, settleStart, yearTag } from './context.ts';
import {
  chargeBids,
  contractProviders,
  countProviderContracts,
  transactionCostPerYear,
  updateProviderTerms,
} from './contracting.ts';
import { updatePolitics } from './politics.ts';
import { tariffWeek, trajectoryWeeks } from './provider-finance.ts';
import { followRegisteredDemand } from './providers.ts';

/** Runs at the first week of every 52-week block (last year was closed at the end of its last week). */
export const startOfYear = (st: SimState): void => {
  // Without a warm-up the books start fresh here; otherwise closeWarmup already did it.
  if (st.week === 0 && st.warmupWeeks === 0) freshStart(st);
  const spendLastYear = st.municipalities.map((m) => m.lastYearSpend);
  if (!isWarmup(st) && st.week > st.warmupWeeks)
    for (const m of st.municipalities) updatePolitics(st, m, spendLastYear[m.index]);
  // Capacity follows demand once a year from the second settling year on (M10; without settling years, from
  // the second reported year): the first year after the build-up measures the demand of a filled stock.
  if (st.week === settleStart(st)) clearProviderCounters(st);
  else if (st.week > settleStart(st)) followRegisteredDemand(st);
  for (const m of st.municipalities) {
    m.yearsSinceTender++;
    const tender = m.yearsSinceTender >= m.effective.contractYears;
    if (tender && st.week > 0) {
      m.yearsSinceTender = 0;
      contractProviders(st, m, true);
      if (!isWarmup(st)) chargeBids(st, m);
    }
    m.transactionEurPerWeek = transactionCostPerYear(st, m, tender) / 52;
  }
  countProviderContracts(st);
  updateProviderTerms(st);
  for (const pr of st.providers) st.providerRegistersNeed[pr.index] = 0;
  for (const m of st.municipalities) {
    if (m.effective.registration === 'behoefte')
      for (const p of m.contracted) st.providerRegistersNeed[p] = 1;
    resetYearAccumulator(m.year);
  }
  st.regionBankruptciesThisYear = 0;
  countCarriedOver(st);
};

/** Youths still in care when the year starts count as in care this year too. */
const countCarriedOver = (st: SimState): void => {
  const e = st.episodes;
  const tag = yearTag(st);
  for (let id = 0; id < e.size; id++) {
    if (e.phase[id] !== Phase.inCare) continue;
    const m = st.municipalities[e.muni[id]];
    e.countedYear[id] = tag;
    m.year.v[Acc.youthInCare]++;
    if (e.careType[id] === CareType.residential || e.careType[id] === CareType.crisis) {
      e.residentialYear[id] = tag;
      m.year.v[Acc.residentialYouth]++;
    }
  }
};

/**
 * Runs right after the last warm-up week, before anyone looks: a game shows the providers' books between the
 * warm-up and its first round, and must not show the warm-up's losses (they once showed 140 of 150 providers
 * in the red at the start of a session).
 */
export const closeWarmup = (st: SimState): void => freshStart(st);

/** The warm-up stands for the settled past; the reported years start with sound provider books. */
const freshStart = (st: SimState): void => {
  for (const pr of st.providers) {
    pr.reserves = (st.params.providerReserveWeeks * (pr.fteTarget * st.params.costPerFteYear)) / 52;
    clearQuarter(pr);
  }
  creditPrepaidTrajectories(st);
};

const clearQuarter = (pr: SimState['providers'][number]): void => {
  pr.revenueQuarter = 0;
  pr.costQuarter = 0;
  pr.busyQuarter = 0;
  pr.slotsQuarter = 0;
};

/**
 * Provider counters start afresh when the settling years begin (what the build-up measured says nothing of
 * demand); the yearly ones (use, need) then run on into each year start's capacity round.
 */
const clearProviderCounters = (st: SimState): void => {
  for (const pr of st.providers) {
    clearQuarter(pr);
    pr.usedWeeks = 0;
    pr.neededWeeks = 0;
    pr.slotWeeks = 0;
  }
  st.areaBedNeedWeeks.fill(0);
};

/**
 * Per-trajectory pay arrives when care starts; clients who started in the warm-up were paid for work still
 * to be done, so that prepayment stays with the provider (otherwise year one would show false losses).
 */
const creditPrepaidTrajectories = (st: SimState): void => {
  const e = st.episodes;
  const n = st.municipalities.length;
  for (let id = 0; id < e.size; id++) {
    if (e.phase[id] !== Phase.inCare || e.pool[id] < n) continue;
    const m = st.municipalities[e.muni[id]];
    if (m.effective.funding !== 'per-traject') continue;
    const weeksLeft = Math.max(0, trajectoryWeeks(st.params, e.careType[id]) - (st.week - e.periodStart[id]));
    st.providers[e.pool[id] - n].reserves += weeksLeft * tariffWeek(st, m, e.careType[id]);
  }
};
