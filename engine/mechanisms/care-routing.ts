import { uniform } from '../random/prng.ts';
import type { Parameters } from '../scenario/parameters.ts';
import { CareType, Domain } from '../state/episodes.ts';
import type { MunicipalityState, SimState } from '../state/sim-state.ts';
import { popcount } from './context.ts';

/**
 * Which help a need gets, by severity and domains: light needs with the local team (more so with mandate,
 * 004:434), medium ones ambulant or specialist (or with a specialist at school, 004:430-432), heavy needs at
 * home or in an unsafe home residential or crisis care (M7, 001:676-718).
 */
export const chooseCareType = (st: SimState, m: MunicipalityState, id: number): number => {
  const e = st.episodes;
  const p = st.params;
  const s = e.severity[id];
  const u = uniform(st.rng, e.stream[id]);
  const domains = e.domains[id];
  // A team without a free place does not put a need it could carry on its own waiting list: it refers the
  // family on (the middle that cannot hold passes work to the defence, 001:671-734).
  const teamHasRoom = st.pools.busy[m.localTeam.pool] < st.pools.capacity[m.localTeam.pool];
  if (s < p.lightBelow) {
    return teamHasRoom && u < p.localTreatShareBase + p.localTreatShareMandate * m.autonomy
      ? CareType.local
      : CareType.ambulant;
  }
  if (s < p.escalateAbove) {
    if (teamHasRoom && m.effective.specialistsNearby && u < p.nearbyTreatMedium) return CareType.local;
    return domains & Domain.mental ? CareType.specialist : CareType.ambulant;
  }
  if (domains & (Domain.home | Domain.safety)) {
    return s >= p.crisisAbove && domains & Domain.safety ? CareType.crisis : CareType.residential;
  }
  return CareType.specialist;
};

/** M4: product codes split a multi-domain need into one product per domain (004:167-184). */
export const productPieces = (p: Parameters, codes: 'veel' | 'weinig' | 'geen', domains: number): number => {
  if (codes === 'geen') return 1;
  const n = Math.max(1, Math.min(p.maxPieces, popcount(domains)));
  return codes === 'weinig' ? Math.min(n, p.maxPiecesFewCodes) : n;
};

const poolOf = (st: SimState, provider: number): number => st.municipalities.length + provider;

/** Free slots minus families in line: the shorter the better. */
const slack = (st: SimState, pool: number): number =>
  st.pools.capacity[pool] - st.pools.busy[pool] - st.pools.waiting[pool];

/**
 * Contracted providers of the care type. When none is left (all closed), the municipality's duty of care
 * makes it buy from any provider in the area that still offers the type, then from a neighbouring type.
 */
const candidates = (st: SimState, m: MunicipalityState, type: number): number[] => {
  if (m.eligible[type].length > 0) return m.eligible[type];
  const order = [type, CareType.specialist, CareType.ambulant, CareType.residential, CareType.crisis];
  for (const t of order) {
    const open = st.areaProviders[m.areaIndex].filter(
      (p) => !st.providers[p].bankrupt && st.providers[p].type === t,
    );
    if (open.length > 0) return open;
  }
  return [];
};

/**
 * M9/M16: under relational or learning contracts, with a shared ledger or regional contracting, providers
 * share information and the family goes where the line is shortest ("men gunt elkaar het werk", 004:346).
 * Under NPM competition a family looks at two providers and joins the shorter line (its sign-ups at
 * several providers inflate the registered waiting list, M10, municipality-week.ts).
 */
export const chooseProviderPool = (st: SimState, m: MunicipalityState, id: number): number => {
  const e = st.episodes;
  const type = e.careType[id];
  if (type === CareType.residential) return chooseResidentialPool(st, m, id);
  const list = candidates(st, m, type);
  if (type === CareType.crisis) return chooseCrisisPool(st, m, list);
  if (list.length === 0) return m.localTeam.pool;
  if (cooperates(st, m)) return poolOf(st, shortestLine(st, list));
  const a = list[Math.floor(uniform(st.rng, e.stream[id]) * list.length)];
  const b = list[Math.floor(uniform(st.rng, e.stream[id]) * list.length)];
  return poolOf(st, slack(st, poolOf(st, a)) >= slack(st, poolOf(st, b)) ? a : b);
};

/**
 * A crisis cannot wait (availability duty, 001:286-288): the first free crisis place in the area, else a free
 * group-home bed of any kind as an emergency place, and only when the area has neither the crisis line.
 */
const chooseCrisisPool = (st: SimState, m: MunicipalityState, list: number[]): number => {
  const free = (p: number) => slack(st, poolOf(st, p)) > 0;
  const crisis = list.find(free);
  if (crisis !== undefined) return poolOf(st, crisis);
  const emergency = st.areaResidential[m.areaIndex].find((p) => !st.providers[p].bankrupt && free(p));
  if (emergency !== undefined) return poolOf(st, emergency);
  return list.length > 0 ? poolOf(st, shortestLine(st, list)) : m.localTeam.pool;
};

export const cooperates = (st: SimState, m: MunicipalityState): boolean =>
  m.effective.archetype !== 'npm' || m.effective.sharedLedger || st.regional.jointContracting;

/**
 * The provider with the most slack, the first of equals. A region's lists hold some 60 providers and this runs
 * at every referral (still about 5% of a regional run), so the pool arrays are read once into locals.
 */
const shortestLine = (st: SimState, list: number[]): number => {
  const { capacity, busy, waiting } = st.pools;
  const n = st.municipalities.length;
  let best = list[0];
  let bestSlack = -Infinity;
  for (let i = 0; i < list.length; i++) {
    const pool = n + list[i];
    const s = capacity[pool] - busy[pool] - waiting[pool];
    if (s > bestSlack) {
      bestSlack = s;
      best = list[i];
    }
  }
  return best;
};

/**
 * Residential placement (M7, M10): the right place if one is free; without regional placement coordination
 * a child goes wherever a bed is free, even the wrong kind (002:29-53); with coordination the region looks
 * across all its providers for the right place first (002:68-71, 002:902-907).
 */
const chooseResidentialPool = (st: SimState, m: MunicipalityState, id: number): number => {
  const e = st.episodes;
  if (e.bedNeed[id] === 0) e.bedNeed[id] = 1 + drawBedType(st, e.stream[id]);
  const need = e.bedNeed[id] - 1;
  const own = candidates(st, m, CareType.residential);
  const coordinated = st.regional.placementCoordination;
  const pool = st.areaResidential[m.areaIndex];
  const matchingOwn = own.filter((p) => st.providers[p].bedType === need);
  const free = (list: number[]) => list.find((p) => slack(st, poolOf(st, p)) > 0);
  const direct =
    free(matchingOwn) ??
    (coordinated ? free(pool.filter((p) => st.providers[p].bedType === need)) : undefined);
  if (direct !== undefined) return poolOf(st, direct);
  // Registered need makes a wrong place visible: the placer waits for the right one (M10, 002:121-130).
  if (!coordinated && m.effective.registration === 'gebruik') {
    const anyBed = free(own);
    if (anyBed !== undefined) return poolOf(st, anyBed);
  }
  const waitList = coordinated ? pool.filter((p) => st.providers[p].bedType === need) : matchingOwn;
  const last = waitList.length > 0 ? waitList : own;
  return last.length > 0 ? poolOf(st, shortestLine(st, last)) : m.localTeam.pool;
};

const drawBedType = (st: SimState, stream: number): number => {
  const [a, b, c] = st.bedNeedMix;
  const u = uniform(st.rng, stream) * (a + b + c);
  return u < a ? 0 : u < a + b ? 1 : 2;
};
