import { uniform } from '../random/prng.ts';
import type { Parameters } from '../scenario/parameters.ts';
import { CARE_TYPES, CareType } from '../state/episodes.ts';
import type { MunicipalityState, SimState } from '../state/sim-state.ts';
import { adminShareOf, providerAutonomyOf } from './admin.ts';
import { updateMarketTargets } from './market.ts';
import { transitionAdmin } from './transition.ts';

/** Share of contracted providers that lose their contract at a new tender (assumption per form, 004:243-247). */
const TENDER_CHURN = (p: Parameters) =>
  ({
    aanbesteding: p.tenderChurnAanbesteding,
    dialoog: p.tenderChurnDialoog,
    'open-house': p.tenderChurnOpenHouse,
    'strategisch-partnerschap': p.tenderChurnStrategischPartnerschap,
    'enkele-partner': p.tenderChurnEnkelePartner,
    insourcing: p.tenderChurnInsourcing,
    subsidie: p.tenderChurnSubsidie,
  }) as const;

const activeInArea = (st: SimState, m: MunicipalityState): number[] =>
  st.areaProviders[m.areaIndex].filter((p) => !st.providers[p].bankrupt);

/**
 * Chooses the providers a municipality contracts: it keeps current partners (minus churn at a tender) and
 * fills up to its number of providers. Regional contracting contracts them all (M16, 002:242-243).
 *
 * The number of providers is shared over the kinds of care the area offers (care types, residential care by
 * bed type: a tender per care type alone left some children with no reachable place of the kind they need,
 * 002:68-71): every kind gets one partner, the rest go by the kind's share of the area's staff (largest
 * averages, D'Hondt), so with 8 providers ambulant care, which has most of the staff, keeps more than one
 * partner. Within a kind the current partners that carry the most work stay first, then new ones (in random
 * order: who wins a tender is not modelled). A lower number takes effect at the next tender: the partners that
 * lose their contract shed staff and clients to those that keep theirs through the market (market.ts), which is
 * the transition's cost. Before, a lower number came down only through tender churn, one market shift after
 * another for a decade (issue "Model truth", audit: 40 -> 8 took nine years).
 */
export const contractProviders = (st: SimState, m: MunicipalityState, tender: boolean): void => {
  const area = activeInArea(st, m);
  const churn = tender ? TENDER_CHURN(st.params)[m.effective.procurement] : 0;
  let chosen: number[];
  if (st.regional.jointContracting) chosen = area;
  else {
    const target = Math.min(m.effective.providerCount, area.length);
    const kept = m.contracted.filter((p) => !st.providers[p].bankrupt && uniform(st.rng, m.stream) >= churn);
    const others = area.filter((p) => !kept.includes(p));
    shuffleInPlace(st, m, others);
    const bySize = (a: number, b: number) => st.providers[b].fteTarget - st.providers[a].fteTarget || a - b;
    chosen = [];
    for (const { kind, seats } of seatsPerKind(st, area, target)) {
      const own = kept.filter((p) => kindOf(st, p) === kind).sort(bySize);
      const fresh = others.filter((p) => kindOf(st, p) === kind);
      chosen.push(...own.slice(0, seats), ...fresh.slice(0, Math.max(0, seats - own.length)));
    }
  }
  setContracts(st, m, chosen);
};

/** Contracts per kind of care: one each, the rest by the kind's share of the area's staff (D'Hondt). */
const seatsPerKind = (st: SimState, area: number[], target: number): { kind: number; seats: number }[] => {
  const kinds = kindsOffered(st, area).map((kind) => {
    const members = area.filter((p) => kindOf(st, p) === kind);
    const staff = members.reduce((sum, p) => sum + st.providers[p].fteTarget, 0);
    return { kind, providers: members.length, staff, seats: 1 };
  });
  for (let seats = kinds.length; seats < target; seats++) {
    let best: (typeof kinds)[number] | undefined;
    for (const k of kinds) {
      if (k.seats >= k.providers) continue;
      if (!best || k.staff / (k.seats + 1) > best.staff / (best.seats + 1)) best = k;
    }
    if (!best) break;
    best.seats++;
  }
  return kinds;
};

/** A care type, with residential care split by bed type (0-4 care types, 10+ bed type). */
const kindOf = (st: SimState, p: number): number => {
  const pr = st.providers[p];
  return pr.type === CareType.residential ? 10 + pr.bedType : pr.type;
};

const kindsOffered = (st: SimState, area: number[]): number[] => {
  const kinds = new Set<number>();
  for (const p of area) if (st.providers[p].type !== CareType.local) kinds.add(kindOf(st, p));
  return [...kinds].sort((a, b) => a - b);
};

const shuffleInPlace = (st: SimState, m: MunicipalityState, list: number[]): void => {
  for (let i = list.length - 1; i > 0; i--) {
    const j = Math.floor(uniform(st.rng, m.stream) * (i + 1));
    const t = list[i];
    list[i] = list[j];
    list[j] = t;
  }
};

const setContracts = (st: SimState, m: MunicipalityState, chosen: number[]): void => {
  m.contractMask.fill(0);
  for (const p of chosen) m.contractMask[p] = 1;
  m.contracted = chosen.slice().sort((a, b) => a - b);
  rebuildEligible(st, m);
};

export const rebuildEligible = (st: SimState, m: MunicipalityState): void => {
  for (let t = 0; t < CARE_TYPES; t++) m.eligible[t] = [];
  for (const p of m.contracted) if (!st.providers[p].bankrupt) m.eligible[st.providers[p].type].push(p);
};

/**
 * A provider's professionals work under the terms of the municipalities that contract it: their admin share
 * and room are the youth-weighted mean over those contracts (M5, M9).
 */
export const updateProviderTerms = (st: SimState): void => {
  const weight = new Float64Array(st.providers.length);
  const admin = new Float64Array(st.providers.length);
  const room = new Float64Array(st.providers.length);
  const relational = new Float64Array(st.providers.length);
  for (const m of st.municipalities) {
    for (const p of m.contracted) {
      const contracts = st.providerContractCount[p];
      weight[p] += m.youth;
      admin[p] +=
        m.youth *
        Math.min(
          st.params.adminShareMax,
          adminShareOf(st.params, m.effective, contracts, m.learning) + transitionAdmin(st, m),
        );
      room[p] += m.youth * providerAutonomyOf(st.params, m.effective);
      if (m.effective.archetype !== 'npm') relational[p] += m.youth;
    }
  }
  st.providers.forEach((provider, p) => {
    provider.adminShare = weight[p] > 0 ? admin[p] / weight[p] : st.params.referenceAdminShare;
    provider.autonomy = weight[p] > 0 ? room[p] / weight[p] : 0.5;
    provider.relationalShare = weight[p] > 0 ? relational[p] / weight[p] : 0;
  });
};

export const countProviderContracts = (st: SimState): void => {
  st.providerContractCount.fill(0);
  st.providerContractYouth.fill(0);
  for (const m of st.municipalities) {
    for (const p of m.contracted) {
      st.providerContractCount[p]++;
      st.providerContractYouth[p] += m.youth;
    }
  }
  updateMarketTargets(st);
};

/**
 * M13: tenders, contract management and yearly talks cost municipal hours, scaling with the number of
 * contracts and how often the market is re-tendered (004:204-209, 004:260, 003:594-600). Providers pay for
 * their bids out of their reserves.
 */
export const transactionCostPerYear = (st: SimState, m: MunicipalityState, tender: boolean): number => {
  const p = st.params;
  const shared = st.regional.jointContracting ? st.areaMunicipalityCount[m.areaIndex] : 1;
  const contracts = m.contracted.length / shared;
  let hours = p.contractHoursPerContractYear * contracts;
  if (tender && m.effective.procurement !== 'open-house')
    hours += p.tenderHoursBase / shared + p.tenderHoursPerContract * contracts;
  if (m.effective.procurement === 'open-house')
    hours += p.tenderHoursPerContract * contracts * p.openHouseContractWork;
  return hours * p.civilServantEurPerHour;
};

export const chargeBids = (st: SimState, m: MunicipalityState): void => {
  const hourCost = st.params.costPerFteYear / (52 * st.params.weeklyHoursPerFte);
  for (const p of m.contracted) st.providers[p].reserves -= st.params.providerBidHours * hourCost;
};
