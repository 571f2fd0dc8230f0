import { leaveQueue } from '../queue/server-pools.ts';
import { CareType, Phase } from '../state/episodes.ts';
import type { ProviderState, SimState } from '../state/sim-state.ts';
import { Acc } from '../state/year-accumulator.ts';
import { fillPool, route } from './access.ts';
import { isLastOfItsKind, rescue } from './availability-duty.ts';
import { transfer } from './care.ts';
import { clamp, isBuildUp, isWarmup } from './context.ts';
import { contractProviders, countProviderContracts } from './contracting.ts';
import { outsideTheModel, shiftMarketWeek, syncBeds, updateMarketTargets } from './market.ts';
import { earnTrajectoryPay, pay, providerWeeklyCost, unbilledCare } from './provider-finance.ts';
import { careSlots, updateWorkforce } from './workforce.ts';

/** Places or client slots the provider can offer this week (M5, M8). */
export const providerSlots = (st: SimState, pr: ProviderState): number => {
  const p = st.params;
  if (pr.type === CareType.residential || pr.type === CareType.crisis) {
    const ftePerBed = pr.type === CareType.residential ? p.residentialFtePerBed : p.crisisFtePerBed;
    // Group care runs around the clock: admin above the reference eats into staffed places.
    const staffed =
      ((pr.fteTarget - pr.vacancies) * (1 - pr.sickLeave) * (1 - (pr.adminShare - p.referenceAdminShare))) /
      ftePerBed;
    // A roster opens a place when most of its shifts are covered (overtime fills the rest); flooring left
    // one- and two-bed crisis units with no staffed place at all.
    return Math.max(0, Math.min(pr.beds, Math.round(staffed / p.staffedShiftCoverage)));
  }
  // Named reads, not `p[key]`: this runs for every provider every week.
  if (pr.type === CareType.ambulant)
    return careSlots(p, pr.fteTarget, pr, pr.adminShare, 0, p.ambulantHoursPerCaseWeek);
  if (pr.type === CareType.specialist)
    return careSlots(p, pr.fteTarget, pr, pr.adminShare, 0, p.specialistHoursPerCaseWeek);
  return 0;
};

/** Every provider's week; in a quarter's last week each one's books first value the care not yet billed. */
export const updateProvidersWeek = (st: SimState): void => {
  const unbilled = (st.week + 1) % 13 === 0 ? unbilledCare(st) : null;
  for (const pr of st.providers) updateProviderWeek(st, pr, unbilled);
};

const updateProviderWeek = (st: SimState, pr: ProviderState, unbilled: Float64Array | null): void => {
  if (pr.bankrupt) return;
  shiftMarketWeek(st, pr);
  const pools = st.pools;
  const load = pools.capacity[pr.pool] > 0 ? pools.busy[pr.pool] / pools.capacity[pr.pool] : 1;
  updateWorkforce(st.params, pr, pr.fteTarget, pr.adminShare, pr.autonomy, load);
  const before = pools.capacity[pr.pool];
  pools.capacity[pr.pool] = providerSlots(st, pr);
  if (pools.capacity[pr.pool] > before) fillPool(st, pr.pool);
  pr.usedWeeks += pools.busy[pr.pool];
  pr.slotWeeks += pools.capacity[pr.pool];
  pr.busyQuarter += pools.busy[pr.pool];
  pr.slotsQuarter += pools.capacity[pr.pool];
  pr.neededWeeks += pools.busy[pr.pool] + pools.waiting[pr.pool];
  // Its books are the model's only while it holds a contract here (market.ts); with its staff gone it leaves.
  if (outsideTheModel(st, pr)) {
    if (pr.fteTarget < st.params.providerExitFte && !isWarmup(st)) leaveTheArea(st, pr);
    return;
  }
  earnTrajectoryPay(st, pr);
  const cost = providerWeeklyCost(st, pr);
  pr.reserves -= cost;
  pr.costQuarter += cost;
  if (!unbilled) return;
  reviewMargin(st, pr, unbilled[pr.index]);
  // Solvency is judged on the quarter's books, as a provider's accounts and its bank judge it: its cash plus
  // the care it gave and has not billed yet (bills go out at reviews, 8-26 weeks apart). On cash alone a
  // partner that grew fivefold at a tender ran out of money a week before its bills came in, and closed.
  if (isWarmup(st) || pr.reserves + unbilled[pr.index] >= 0 || buildingUp(st, pr)) return;
  if (isLastOfItsKind(st, pr)) rescue(st, pr);
  else goBankrupt(st, pr);
};

/**
 * M9: below cost, providers cut quality and staff to survive (004:247); with margin they recover.
 * Skipped in the warm-up's build-up; runs in its settling years (context.ts settleStart).
 */
const reviewMargin = (st: SimState, pr: ProviderState, unbilled: number): void => {
  // Earned this quarter: its bills plus the growth of care given but not yet billed.
  const revenue = pr.revenueQuarter + unbilled - pr.unbilledAtReview;
  pr.unbilledAtReview = unbilled;
  const margin = pr.costQuarter > 0 ? (revenue - pr.costQuarter) / pr.costQuarter : 0;
  pr.revenueQuarterLast = revenue;
  pr.costQuarterLast = pr.costQuarter;
  pr.revenueQuarter = 0;
  pr.costQuarter = 0;
  const occupancy = pr.slotsQuarter > 0 ? pr.busyQuarter / pr.slotsQuarter : 1;
  pr.busyQuarter = 0;
  pr.slotsQuarter = 0;
  // The build-up stands for the settled past: no one trims or cuts quality while its stocks still fill (its
  // occupancy says nothing about demand yet). The settling years keep the books; bankruptcy waits (above).
  if (isBuildUp(st)) return;
  pr.occupancyTrend += (occupancy - pr.occupancyTrend) / st.params.idleMemoryQuarters;
  if (!isWarmup(st)) shareRisk(st, pr, occupancy);
  reviewQuality(st, pr, careMargin(st, pr, occupancy));
  if (margin >= 0) return;
  // Idle staff go first (temporary contracts end, leavers are not replaced), at most idleStaffShed a quarter,
  // down to the staff the occupied places need; a loss alone trims an eighth of the margin. Crisis places are
  // paid to stand free, so idle crisis staff are not idle.
  // Idle is judged over about a year: a quarter with two empty beds in a small group home is the normal swing
  // of a few placements, and regrowth waits for the yearly capacity round. A provider with families in line
  // has no idle staff (crisis staff never do).
  const queued = st.pools.waiting[pr.pool] > 0;
  const idle = pr.type === CareType.crisis || queued ? 1 : pr.occupancyTrend / st.params.plannedOccupancy;
  // Paid a fixed sum, a provider brings its staff within the sum as fast as it can shed staff: the lump sum,
  // not the demand, sets its size (003:1253-1421).
  const withinSum = paidByLumpSum(st, pr) ? 1 + margin : 1;
  const shrink = Math.min(
    1 + clamp(margin, st.params.marginCutFloor, 0) / st.params.marginStaffDivisor,
    Math.max(1 - st.params.idleStaffShed, Math.min(idle, withinSum)),
  );
  pr.fteTarget *= shrink;
  pr.marketTarget *= shrink;
  pr.vacancies = Math.min(pr.vacancies, pr.fteTarget);
  syncBeds(pr);
};

/**
 * Quality answers the price of the care given (tariff pressure, 004:247), not empty places: a provider whose
 * occupied places are paid below their cost cuts quality with that loss (stewards protect it first, 004:159,
 * 004:346), and one paid well above cost restores it. Idle places are a volume loss, answered by shedding staff
 * (reviewMargin); cutting the quality of the care still given would not fill them.
 */
const reviewQuality = (st: SimState, pr: ProviderState, margin: number): void => {
  const p = st.params;
  if (margin > p.marginRecoveryAbove)
    pr.quality = clamp(pr.quality + p.qualityRecoveryStep, p.qualityRecoveryFloor, 1);
  if (margin >= 0) return;
  const shield = 1 - p.stewardshipQualityShield * pr.relationalShare;
  pr.quality = clamp(pr.quality + (p.qualityCutPerLoss * margin * shield) / 4, p.qualityMin, 1);
};

/**
 * The quarter's margin on the care it gave: revenue against the cost of its occupied places (up to planned
 * occupancy). Crisis places are paid to stand ready, so their whole cost is the cost of the care.
 */
const careMargin = (st: SimState, pr: ProviderState, occupancy: number): number => {
  const cost = pr.type === CareType.crisis ? pr.costQuarterLast : occupiedCost(st, pr, occupancy);
  return cost > 0 ? (pr.revenueQuarterLast - cost) / cost : 0;
};

/** The cost of its occupied places: the quarter's cost in proportion to occupancy, up to planned occupancy. */
const occupiedCost = (st: SimState, pr: ProviderState, occupancy: number): number =>
  pr.costQuarterLast * Math.min(1, occupancy / st.params.plannedOccupancy);

/**
 * M9 risk sharing, a named contract term of relational and learning contracts: the financial agreements made in
 * advance, worst case included (003:664-666), in a partnership where "men gunt elkaar het werk" (004:346). At
 * each quarterly review the municipalities cover relationalLossCover of a partner's loss on the care it
 * actually gave (the cost of its occupied places, not of idle over-capacity), each for its share of the
 * partner's relational youths. The money is verdediging spend, also shown on the dashboard (riskSharingEur).
 */
const shareRisk = (st: SimState, pr: ProviderState, occupancy: number): void => {
  if (pr.relationalShare <= 0 || st.params.relationalLossCover <= 0) return;
  const loss = occupiedCost(st, pr, occupancy) - pr.revenueQuarterLast;
  if (loss <= 0) return;
  let youth = 0;
  for (const m of st.municipalities)
    if (m.contractMask[pr.index] === 1 && m.effective.archetype !== 'npm') youth += m.youth;
  if (youth <= 0) return;
  const covered = loss * st.params.relationalLossCover;
  for (const m of st.municipalities) {
    if (m.contractMask[pr.index] !== 1 || m.effective.archetype === 'npm') continue;
    const part = (covered * m.youth) / youth;
    pay(st, m, pr, part);
    m.year.v[Acc.riskSharing] += part;
  }
};

/** Most of the provider's contracted youths are under a lump-sum contract (M9 funding). */
const paidByLumpSum = (st: SimState, pr: ProviderState): boolean => {
  let lump = 0;
  for (const m of st.municipalities)
    if (m.contractMask[pr.index] === 1 && m.effective.funding === 'lumpsum') lump += m.youth;
  return lump > st.params.lumpSumMajority * st.providerContractYouth[pr.index];
};

/**
 * A provider still hiring toward a new contract is financed against it (the contract is the collateral): a
 * start-up loss does not close it, or no new partner could ever take over a market (market.ts).
 */
const buildingUp = (st: SimState, pr: ProviderState): boolean =>
  pr.marketTarget > st.params.buildUpAbove * pr.fteTarget;

/**
 * A provider without contracts here whose staff have moved on stops offering care in the area (market.ts):
 * not a bankruptcy; anyone still in its line is routed again.
 */
const leaveTheArea = (st: SimState, pr: ProviderState): void => {
  pr.bankrupt = true;
  pr.bankruptWeek = st.week;
  st.pools.capacity[pr.pool] = 0;
  moveClients(st, pr);
};

/**
 * A provider whose reserves run out closes (004:261): its clients move elsewhere with a continuity break,
 * its staff partly join other providers of its kind in the area, and neighbours feel the lost capacity (M16).
 */
export const goBankrupt = (st: SimState, pr: ProviderState): void => {
  pr.bankrupt = true;
  pr.bankruptWeek = st.week;
  st.pools.capacity[pr.pool] = 0;
  const losers = st.municipalities.filter((m) => m.contractMask[pr.index] === 1);
  for (const m of losers) m.year.v[Acc.bankruptcies]++;
  st.regionBankruptciesThisYear++;
  inheritStaffAndPlaces(st, pr);
  // The municipalities that lost a partner contract another at once (no tender: the care must go on).
  for (const m of losers) contractProviders(st, m, false);
  countProviderContracts(st);
  moveClients(st, pr);
};

/**
 * Staff of a closed provider partly join others of its kind in the area; in group care they come with
 * their group homes, so the heirs gain places as well as staff (staff without beds would only be cost).
 * Group-care heirs of the same bed type go first: a secure unit is not taken over as an open group.
 */
const inheritStaffAndPlaces = (st: SimState, pr: ProviderState): void => {
  const open = st.areaProviders[pr.areaIndex].filter(
    (p) => !st.providers[p].bankrupt && st.providers[p].type === pr.type,
  );
  const sameBeds = open.filter((p) => st.providers[p].bedType === pr.bedType);
  const residential = pr.type === CareType.residential;
  const heirs = residential && sameBeds.length > 0 ? sameBeds : open;
  if (heirs.length === 0) return;
  for (const h of heirs) {
    const heir = st.providers[h];
    heir.fteTarget += (st.params.takeoverShare * pr.fteTarget) / heirs.length;
    syncBeds(heir);
  }
};

const moveClients = (st: SimState, pr: ProviderState): void => {
  const e = st.episodes;
  for (let id = 0; id < e.size; id++) {
    if (e.pool[id] !== pr.pool) continue;
    const m = st.municipalities[e.muni[id]];
    if (e.phase[id] === Phase.inCare) transfer(st, m, id, 'provider closed');
    else if (e.phase[id] === Phase.waitingCare) {
      leaveQueue(st.pools, pr.pool);
      m.waitingByType[e.careType[id]]--;
      route(st, m, id);
    }
  }
};

/**
 * M10: each year contracted capacity moves toward registered demand. With use-only registration demand is
 * where children landed (capped by what was there), so the wrong mix confirms itself (002:29-53); with
 * need registration the waiting and the mismatched count too.
 */
export const followRegisteredDemand = (st: SimState): void => {
  const p = st.params;
  // In the warm-up's settling years the market stands for the settled past, which had years to follow what
  // was registered: capacity closes the whole gap each year. From the first reported year on it closes
  // capacityFollowRate of it (M10).
  const rate = isWarmup(st) ? 1 : p.capacityFollowRate;
  for (const pr of st.providers) {
    if (pr.bankrupt) continue;
    const byNeed = st.providerRegistersNeed[pr.index] === 1;
    let demand = (byNeed ? pr.neededWeeks : pr.usedWeeks) / 52;
    if (pr.type === CareType.residential && byNeed) demand = residentialNeedShare(st, pr);
    // Use is measured against the places offered over the same year, not against today's: a partner that
    // grew into work it took over at a tender was full all year, though its year's mean use is below its
    // places now (trimmed to it, the work's staff left the area at every tender, M9).
    const slots = Math.max(1, pr.slotWeeks / 52);
    const full = pr.usedWeeks / 52 >= p.fullAbove * slots;
    const headroom = breakEvenHeadroom(st, pr);
    let ratio = clamp((demand * headroom) / slots, p.capacityRatioMin, p.capacityRatioMax);
    // A provider adds places only where its own are nearly full; registered need steers the mix, but no
    // one staffs beds that stay empty (they would sink the provider, M9).
    if (ratio > 1 && !full) ratio = 1;
    // Staff without contracted work here are the market's to move (market.ts), not this rule's.
    // Crisis places are sized to stand ready (availability, M7), not to last year's use.
    if (!outsideTheModel(st, pr) && pr.type !== CareType.crisis) {
      const change = 1 + rate * (ratio - 1);
      pr.fteTarget *= change;
      syncBeds(pr);
    }
    pr.usedWeeks = 0;
    pr.neededWeeks = 0;
    pr.slotWeeks = 0;
  }
  // Bed need is a yearly sum too: start counting afresh for the next year.
  st.areaBedNeedWeeks.fill(0);
  updateMarketTargets(st);
};

/**
 * Capacity as a multiple of registered demand that a provider keeps: its places are full enough to break even
 * at the tariff it is paid. A cost price assumes plannedOccupancy (0.88); paid tariffLevel times that price, a
 * provider breaks even at plannedOccupancy / tariffLevel of its places, so it keeps tariffLevel /
 * plannedOccupancy places per place in use (NPM tariff 0.95: 1.08; at cost price: 1.14). Below cost price
 * (headroom under 1) no occupancy breaks even: it plans for full places and its losses act through M9.
 * The tariff is the mean of its contracting municipalities', weighted by their youths.
 */
const breakEvenHeadroom = (st: SimState, pr: ProviderState): number => {
  let youth = 0;
  let weighted = 0;
  for (const m of st.municipalities) {
    if (m.contractMask[pr.index] !== 1) continue;
    youth += m.youth;
    weighted += m.youth * m.effective.tariffLevel;
  }
  const tariff = youth > 0 ? weighted / youth : 1;
  return Math.max(1, tariff / st.params.plannedOccupancy);
};

/** Needed places of this bed type in the area, shared over its providers of that type by size. */
const residentialNeedShare = (st: SimState, pr: ProviderState): number => {
  const sameType = st.areaResidential[pr.areaIndex].filter(
    (q) => st.providers[q].bedType === pr.bedType && !st.providers[q].bankrupt,
  );
  const beds = sameType.reduce((sum, q) => sum + st.providers[q].beds, 0);
  const needed = st.areaBedNeedWeeks[pr.areaIndex * 3 + pr.bedType] / 52;
  return beds > 0 ? (needed * pr.beds) / beds : needed;
};
