import type { Parameters } from '../scenario/parameters.ts';
import { CareType, Phase } from '../state/episodes.ts';
import type { MunicipalityState, ProviderState, SimState } from '../state/sim-state.ts';
import { Acc } from '../state/year-accumulator.ts';

/**
 * Weeks of care a per-trajectory tariff pays for, per care type (the local team is never paid so). Named reads:
 * this runs for every provider every week, and read by a computed key (`p[key]`) it was 1.9% of a regional run.
 */
export const trajectoryWeeks = (p: Parameters, type: number): number =>
  type === CareType.ambulant
    ? p.trajectoryWeeksAmbulant
    : type === CareType.specialist
      ? p.trajectoryWeeksSpecialist
      : type === CareType.residential
        ? p.trajectoryWeeksResidential
        : type === CareType.crisis
          ? p.trajectoryWeeksCrisis
          : 0;

/** Cost price of one client-week of care of a type, at the reference admin share (004:297). */
export const costPriceWeek = (st: SimState, type: number): number => {
  const p = st.params;
  const staffWeek = p.costPerFteYear / 52;
  if (type === CareType.residential || type === CareType.crisis) {
    const ftePerBed = type === CareType.residential ? p.residentialFtePerBed : p.crisisFtePerBed;
    return (ftePerBed * staffWeek + p.residentialFixedEurPerBedWeek) / p.plannedOccupancy;
  }
  const hours = type === CareType.specialist ? p.specialistHoursPerCaseWeek : p.ambulantHoursPerCaseWeek;
  const careHoursPerFte = p.weeklyHoursPerFte * (1 - p.referenceAdminShare) * (1 - p.plannedSickLeave);
  return (hours * staffWeek) / careHoursPerFte / p.plannedOccupancy;
};

export const tariffWeek = (st: SimState, m: MunicipalityState, type: number): number =>
  costPriceWeek(st, type) * m.effective.tariffLevel;

const providerOf = (st: SimState, id: number): ProviderState | undefined => {
  const pool = st.episodes.pool[id];
  const n = st.municipalities.length;
  return pool < n ? undefined : st.providers[pool - n];
};

/** Money moves from a municipality to a provider: booked on both sides at once (conservation). */
export const pay = (_st: SimState, m: MunicipalityState, provider: ProviderState, amount: number): void => {
  m.year.v[Acc.spendVerdediging] += amount;
  m.verdedigingPaidTotal += amount;
  provider.reserves += amount;
  provider.revenueQuarter += amount;
  provider.revenueTotal += amount;
};

/**
 * Per-product pay bills every product of a split need (M4 costs, 004:290-292); task-based pay bills the
 * family once per week of care, whatever its pieces.
 */
export const billPeriod = (st: SimState, m: MunicipalityState, id: number): void => {
  const amount = amountDue(st, m, id);
  if (amount > 0) pay(st, m, providerOf(st, id) as ProviderState, amount);
};

/** Care is billed at its reviews only where it is paid per use. */
const billsPerUse = (m: MunicipalityState): boolean =>
  m.effective.funding === 'per-product' || m.effective.funding === 'taakgericht';

/** What a bill for this client would say now: the care given since its last review, when paid per use. */
const amountDue = (st: SimState, m: MunicipalityState, id: number): number => {
  const funding = m.effective.funding;
  const e = st.episodes;
  if (e.careType[id] === CareType.crisis || e.pool[id] < st.municipalities.length) return 0;
  if (!billsPerUse(m)) return 0;
  const weeks = st.week - e.periodStart[id];
  if (weeks <= 0) return 0;
  const pieces = funding === 'per-product' ? 1 + st.params.pieceCapacityOverhead * (e.pieces[id] - 1) : 1;
  return weeks * tariffWeek(st, m, e.careType[id]) * pieces;
};

/**
 * Care given but not billed yet, per provider (onderhanden werk): a client is billed at its review, every 8 to 26
 * weeks, so a quarter's bills alone swing from nothing to half a year of a home's beds. A provider's books count
 * care as it is given; its quarterly margin review (providers.ts) adds the change in this stock to its bills.
 */
export const unbilledCare = (st: SimState): Float64Array => {
  const e = st.episodes;
  const n = st.municipalities.length;
  const unbilled = new Float64Array(st.providers.length);
  // Where no municipality pays per use nothing is ever unbilled: skip the scan of every episode.
  if (!st.municipalities.some(billsPerUse)) return unbilled;
  for (let id = 0; id < e.size; id++) {
    if (e.phase[id] !== Phase.inCare || e.pool[id] < n) continue;
    unbilled[e.pool[id] - n] += amountDue(st, st.municipalities[e.muni[id]], id);
  }
  return unbilled;
};

/**
 * Per-trajectory pay: a fixed sum at the start, so a shorter trajectory earns more (M9, 004:299-302). The cash
 * is the provider's at once; its books count the sum as earned over the weeks it pays for (earnTrajectoryPay),
 * as a provider books revenue while it delivers. Counted at once, a ten-bed home showed a quarter without a new
 * placement as a total loss and cut quality and staff for it, though its beds were full and paid for.
 */
export const payTrajectory = (st: SimState, m: MunicipalityState, id: number): void => {
  if (m.effective.funding !== 'per-traject' || st.episodes.careType[id] === CareType.crisis) return;
  const provider = providerOf(st, id);
  if (!provider) return;
  const type = st.episodes.careType[id];
  const amount = trajectoryWeeks(st.params, type) * tariffWeek(st, m, type);
  pay(st, m, provider, amount);
  provider.revenueQuarter -= amount;
  provider.revenueUnearned += amount;
};

/**
 * One week of the per-trajectory sums counts as earned: the unearned balance over the trajectory weeks of the
 * provider's care type, so a sum is earned over its paid weeks on average.
 */
export const earnTrajectoryPay = (st: SimState, provider: ProviderState): void => {
  if (provider.revenueUnearned <= 0) return;
  const earned = provider.revenueUnearned / Math.max(1, trajectoryWeeks(st.params, provider.type));
  provider.revenueUnearned -= earned;
  provider.revenueQuarter += earned;
};

/**
 * Specialists placed at school and GP (youthPerNearbyFte youths each) work in the local team; their cost comes
 * out of the specialist budget (under a lump sum it is taken from the sum; otherwise it replaces care that
 * would have been bought).
 */
export const nearbySpecialistFte = (st: SimState, m: MunicipalityState): number =>
  m.effective.specialistsNearby ? m.youth / st.params.youthPerNearbyFte : 0;

/**
 * Lump-sum pay: the planned verdediging budget goes to the contracted providers each week, whatever they
 * deliver (003:1253-1421), in proportion to the staff each one has for this municipality: its staff times the
 * municipality's share of its contracted youths (as crisis availability is shared). Weighting by all its
 * staff let a partner that also works for per-product municipalities draw the sum for work it did for them,
 * and left the partner that served this municipality's families paid for a fraction of its work.
 */
export const payLumpSums = (st: SimState, m: MunicipalityState): void => {
  payCrisisAvailability(st, m);
  if (m.effective.funding !== 'lumpsum') return;
  const nearby = (nearbySpecialistFte(st, m) * st.params.costPerFteYear) / 52;
  const weekly = Math.max(0, (m.budgetEur * m.effective.budgetSplit.verdediging) / 52 - nearby);
  let total = 0;
  for (const p of m.contracted) if (!st.providers[p].bankrupt) total += staffForMunicipality(st, m, p);
  if (total <= 0) return;
  for (const p of m.contracted) {
    const provider = st.providers[p];
    if (!provider.bankrupt) pay(st, m, provider, (weekly * staffForMunicipality(st, m, p)) / total);
  }
};

/** A provider's staff that work for this municipality: its share of the provider's contracted youths. */
const staffForMunicipality = (st: SimState, m: MunicipalityState, p: number): number =>
  (st.providers[p].fteTarget * m.youth) / Math.max(1, st.providerContractYouth[p]);

/**
 * Crisis places must be free when needed, so they are paid for being available (assumption: the usual
 * availability funding), shared by the contracting municipalities in proportion to their youths.
 */
const payCrisisAvailability = (st: SimState, m: MunicipalityState): void => {
  // Under a lump sum the crisis provider's share is already in it.
  if (m.effective.funding === 'lumpsum') return;
  for (const p of m.eligible[CareType.crisis]) {
    const provider = st.providers[p];
    const share = m.youth / Math.max(1, st.providerContractYouth[p]);
    pay(
      st,
      m,
      provider,
      provider.beds *
        costPriceWeek(st, CareType.crisis) *
        st.params.plannedOccupancy *
        m.effective.tariffLevel *
        share,
    );
  }
};

/** Weekly staff and housing costs; quality cuts make staff cheaper (and care worse, M9, 004:247). */
export const providerWeeklyCost = (st: SimState, provider: ProviderState): number => {
  const p = st.params;
  const staff = Math.max(0, provider.fteTarget - provider.vacancies);
  const housing = provider.beds * p.residentialFixedEurPerBedWeek;
  return (
    (staff * p.costPerFteYear * (p.qualityCostBase + p.qualityCostPerQuality * provider.quality)) / 52 +
    housing
  );
};
