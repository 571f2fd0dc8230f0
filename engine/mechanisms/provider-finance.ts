import type { Parameters } from '../scenario/parameters.ts';
import { CareType } from '../state/episodes.ts';
import type { MunicipalityState, ProviderState, SimState } from '../state/sim-state.ts';
import { Acc } from '../state/year-accumulator.ts';

/** Weeks of care a per-trajectory tariff pays for, per care type (the local team is never paid so). */
const TRAJECTORY_KEYS = [
  null,
  'trajectoryWeeksAmbulant',
  'trajectoryWeeksSpecialist',
  'trajectoryWeeksResidential',
  'trajectoryWeeksCrisis',
] as const satisfies readonly (keyof Parameters | null)[];
export const trajectoryWeeks = (p: Parameters, type: number): number => {
  const key = TRAJECTORY_KEYS[type];
  return key ? p[key] : 0;
};

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
  const funding = m.effective.funding;
  if (st.episodes.careType[id] === CareType.crisis) return;
  if (funding !== 'per-product' && funding !== 'taakgericht') return;
  const provider = providerOf(st, id);
  if (!provider) return;
  const e = st.episodes;
  const weeks = st.week - e.periodStart[id];
  if (weeks <= 0) return;
  const pieces = funding === 'per-product' ? 1 + st.params.pieceCapacityOverhead * (e.pieces[id] - 1) : 1;
  pay(st, m, provider, weeks * tariffWeek(st, m, e.careType[id]) * pieces);
};

/** Per-trajectory pay: a fixed sum at the start, so a shorter trajectory earns more (M9, 004:299-302). */
export const payTrajectory = (st: SimState, m: MunicipalityState, id: number): void => {
  if (m.effective.funding !== 'per-traject' || st.episodes.careType[id] === CareType.crisis) return;
  const provider = providerOf(st, id);
  if (!provider) return;
  const type = st.episodes.careType[id];
  pay(st, m, provider, trajectoryWeeks(st.params, type) * tariffWeek(st, m, type));
};

/**
 * Specialists placed at school and GP (youthPerNearbyFte youths each) work in the local team; their cost comes
 * out of the specialist budget (under a lump sum it is taken from the sum; otherwise it replaces care that
 * would have been bought).
 */
export const nearbySpecialistFte = (st: SimState, m: MunicipalityState): number =>
  m.effective.specialistsNearby ? m.youth / st.params.youthPerNearbyFte : 0;

/**
 * Lump-sum pay: the planned verdediging budget goes to the contracted providers each week in proportion to
 * their staff, whatever they deliver (003:1253-1421).
 */
export const payLumpSums = (st: SimState, m: MunicipalityState): void => {
  payCrisisAvailability(st, m);
  if (m.effective.funding !== 'lumpsum') return;
  const nearby = (nearbySpecialistFte(st, m) * st.params.costPerFteYear) / 52;
  const weekly = Math.max(0, (m.budgetEur * m.effective.budgetSplit.verdediging) / 52 - nearby);
  let total = 0;
  for (const p of m.contracted) if (!st.providers[p].bankrupt) total += st.providers[p].fteTarget;
  if (total <= 0) return;
  for (const p of m.contracted) {
    const provider = st.providers[p];
    if (!provider.bankrupt) pay(st, m, provider, (weekly * provider.fteTarget) / total);
  }
};

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
