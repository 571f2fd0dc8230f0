import { schedule } from '../queue/calendar.ts';
import {
  enqueue,
  peekWaiting as peekLive,
  popWaiting,
  recordServedWait,
  startNext,
  tryStart,
} from '../queue/server-pools.ts';
import { weeksUntil } from '../random/distributions.ts';
import { CareType, Phase } from '../state/episodes.ts';
import type { MunicipalityState, SimState } from '../state/sim-state.ts';
import { Acc } from '../state/year-accumulator.ts';
import { startCare } from './care.ts';
import { chooseCareType, chooseProviderPool, productPieces } from './care-routing.ts';
import { clamp, currentSeverity, logFamily, setPhase, settleSeverity } from './context.ts';
import { EventKind, eventCode, MAX_DELAY_WEEKS } from './event-kinds.ts';

/**
 * M2 access route. Under desk + intake + beschikking every step is a queue and a handoff: one more
 * professional, one more telling of the story, one more letter (004:434, 003:293-297). Direct access lets
 * the local team's plan be the referral; with one plan and one contact the story travels with the family.
 */
export const onSignal = (st: SimState, m: MunicipalityState, id: number): void => {
  const e = st.episodes;
  settleSeverity(st, id);
  if (e.signalWeek[id] < 0) {
    e.signalWeek[id] = st.week;
    m.year.v[Acc.signals]++;
    if (e.severity[id] < st.params.lightBelow) m.year.v[Acc.signalledLight]++;
  }
  logFamily(
    st,
    id,
    'signal',
    m.effective.access === 'direct' ? 'contact with the neighbourhood team' : 'to the desk',
  );
  e.desks[id]++;
  e.professionals[id]++;
  e.tellings[id]++;
  logFamily(st, id, 'desk', m.name);
  const pool = m.localTeam.pool;
  e.pool[id] = pool;
  e.careType[id] = CareType.local;
  setPhase(st, id, Phase.waitingIntake);
  e.waitStart[id] = st.week;
  if (tryStart(st.pools, pool)) startIntake(st, m, id);
  else waitInLine(st, m, id, pool);
};

const startIntake = (st: SimState, m: MunicipalityState, id: number): void => {
  setPhase(st, id, Phase.intake);
  // Under the desk route the intake is its own handoff: someone new hears the story again (M2).
  if (m.effective.access === 'loket-intake-beschikking') {
    st.episodes.professionals[id]++;
    st.episodes.tellings[id]++;
  }
  schedule(
    st.calendar,
    st.week + st.params.intakeWeeks,
    id,
    eventCode(EventKind.intakeDone, st.episodes.token[id]),
  );
  if (st.episodes.family[id] >= 0)
    logFamily(st, id, 'intake', `${st.week - st.episodes.waitStart[id]} weeks after asking`);
};

export const onIntakeDone = (st: SimState, m: MunicipalityState, id: number): void => {
  releaseSlot(st, st.episodes.pool[id]);
  route(st, m, id);
};

/** Decides what help fits and sends the family there (also after a re-referral or escalation). */
export const route = (st: SimState, m: MunicipalityState, id: number): void => {
  const e = st.episodes;
  settleSeverity(st, id);
  const type = chooseCareType(st, m, id);
  e.careType[id] = type;
  e.pieces[id] =
    type === CareType.local ? 1 : productPieces(st.params, m.effective.productCodes, e.domains[id]);
  if (type === CareType.local) {
    joinCare(st, m, id, m.localTeam.pool);
    return;
  }
  const weeks = Math.min(decisionDelay(st, m, id) + handoverDelay(st, m, id), MAX_DELAY_WEEKS);
  if (weeks === 0) {
    toProvider(st, m, id);
    return;
  }
  // Waiting for the decision and for the provider's first conversation; the need keeps growing (M3).
  setPhase(st, id, Phase.awaitingDecision);
  schedule(st.calendar, st.week + weeks, id, eventCode(EventKind.decisionDone, e.token[id]));
};

/** Under the desk route every referral waits for a decision, one letter per product (M2, M4). */
const decisionDelay = (st: SimState, m: MunicipalityState, id: number): number => {
  if (m.effective.access !== 'loket-intake-beschikking') return 0;
  const e = st.episodes;
  e.letters[id] += e.pieces[id];
  if (e.family[id] >= 0) logFamily(st, id, 'letter', `${e.pieces[id]} decision letter(s)`);
  const mean = st.params.decisionWeeks + (e.pieces[id] - 1);
  return mean > 0 ? weeksUntil(st.rng, e.stream[id], mean, 1) : 0;
};

/**
 * The provider's first conversation is planned apart, by other people (001:366-368), unless the plan made
 * with the family travels with it (004:119-125). A crisis place takes the child at once.
 */
const handoverDelay = (st: SimState, m: MunicipalityState, id: number): number => {
  if (st.episodes.careType[id] === CareType.crisis) return 0;
  const mean = m.effective.onePlanOneContact ? st.params.warmHandoverWeeks : st.params.providerIntakeWeeks;
  if (mean <= 0) return 0;
  if (st.episodes.family[id] >= 0) logFamily(st, id, 'waiting', 'for the first conversation at the provider');
  return weeksUntil(st.rng, st.episodes.stream[id], mean, 1);
};

export const onDecisionDone = (st: SimState, m: MunicipalityState, id: number): void => toProvider(st, m, id);

/**
 * M4: each product is a separate provider contact with its own intake; only one plan and one contact keep
 * the family from telling its story again at every one of them (004:167-184, 004:434).
 */
const toProvider = (st: SimState, m: MunicipalityState, id: number): void => {
  const e = st.episodes;
  const pieces = e.pieces[id];
  const onePlan = m.effective.onePlanOneContact;
  e.professionals[id] += pieces;
  e.desks[id] += onePlan ? 1 : pieces;
  e.tellings[id] += onePlan ? 0 : pieces;
  const pool = chooseProviderPool(st, m, id);
  // No provider of any fitting kind is left in the area: the local team helps as best it can.
  if (pool === m.localTeam.pool) e.careType[id] = CareType.local;
  joinCare(st, m, id, pool);
};

export const joinCare = (st: SimState, m: MunicipalityState, id: number, pool: number): void => {
  const e = st.episodes;
  e.pool[id] = pool;
  setPhase(st, id, Phase.waitingCare);
  e.waitStart[id] = st.week;
  if (tryStart(st.pools, pool)) startCare(st, m, id);
  else waitInLine(st, m, id, pool);
};

/** M3: some families give up while waiting, more so when trust is low; they come back later, heavier. */
const waitInLine = (st: SimState, m: MunicipalityState, id: number, pool: number): void => {
  const e = st.episodes;
  enqueue(st.pools, pool, id, e.token[id]);
  m.waitingByType[e.careType[id]]++;
  logFamily(st, id, 'waiting', poolName(st, pool));
  const rate =
    st.params.giveUpPerWeek *
    clamp(
      1 + st.params.giveUpTrustFactor * (st.params.trustNeutral - e.trust[id]),
      st.params.giveUpFactorMin,
      st.params.giveUpFactorMax,
    );
  if (rate <= 0) return;
  const weeks = weeksUntil(st.rng, e.stream[id], 1 / rate);
  if (weeks < MAX_DELAY_WEEKS)
    schedule(st.calendar, st.week + weeks, id, eventCode(EventKind.giveUp, e.token[id]));
};

export const poolName = (st: SimState, pool: number): string =>
  pool < st.municipalities.length ? 'neighbourhood team' : st.providers[pool - st.municipalities.length].name;

/** Frees a slot and lets the next families in line start. */
export const releaseSlot = (st: SimState, pool: number): void => {
  st.pools.busy[pool]--;
  fillPool(st, pool);
};

export const fillPool = (st: SimState, pool: number): void => {
  const e = st.episodes;
  for (;;) {
    const id = startNext(st.pools, pool, e.token);
    if (id < 0) break;
    const m = st.municipalities[e.muni[id]];
    recordServedWait(st.pools, pool, st.week - e.waitStart[id]);
    m.waitingByType[e.careType[id]]--;
    if (e.phase[id] === Phase.waitingIntake) startIntake(st, m, id);
    else if (outgrewWhileWaiting(st, id)) {
      st.pools.busy[pool]--;
      escalateAtIntake(st, m, id);
    } else startCare(st, m, id);
  }
  takeWhateverIsFree(st, pool);
};

/** M3/M7: a need that grew past ambulant help while waiting is sent on to heavier care at the intake. */
const outgrewWhileWaiting = (st: SimState, id: number): boolean => {
  const type = st.episodes.careType[id];
  if (type !== CareType.local && type !== CareType.ambulant) return false;
  return currentSeverity(st, id) >= st.params.escalateAbove;
};

const escalateAtIntake = (st: SimState, m: MunicipalityState, id: number): void => {
  m.year.v[Acc.escalations]++;
  st.episodes.escalations[id]++;
  logFamily(st, id, 'escalation', 'heavier help needed after the wait');
  route(st, m, id);
};

const peekWaiting = (st: SimState, pool: number): number => peekLive(st.pools, pool, st.episodes.token);

/**
 * Weeks a child waits for the right place before any free bed is taken (assumption). Where need is
 * registered the mismatch is visible, so the placer holds out longer (M10, 002:121-130); a regional
 * placement table searches every bed of the area and holds out half a year before a child is placed where
 * there is room (002:68-71), so a mismatch becomes rare, not impossible.
 */
const waitForRightPlace = (st: SimState, id: number): number => {
  if (st.regional.placementCoordination) return st.params.rightPlaceWaitCoordinated;
  return st.municipalities[st.episodes.muni[id]].effective.registration === 'behoefte'
    ? st.params.rightPlaceWaitNeed
    : st.params.rightPlaceWaitUse;
};

/**
 * M10: a free residential bed goes to a child who has waited a while for another kind of place: placed
 * where there is room, not where it fits (002:29-53).
 */
const takeWhateverIsFree = (st: SimState, pool: number): void => {
  const n = st.municipalities.length;
  if (pool < n) return;
  const provider = st.providers[pool - n];
  if (provider.type !== CareType.residential || provider.bankrupt) return;
  const pools = st.pools;
  if (pools.waiting[pool] > 0 || pools.busy[pool] >= pools.capacity[pool]) return;
  for (const other of st.areaResidential[provider.areaIndex]) {
    const otherPool = n + other;
    if (otherPool === pool || pools.waiting[otherPool] === 0) continue;
    const head = peekWaiting(st, otherPool);
    if (head < 0 || st.week - st.episodes.waitStart[head] < waitForRightPlace(st, head)) continue;
    const id = popWaiting(pools, otherPool, st.episodes.token);
    pools.busy[pool]++;
    const m = st.municipalities[st.episodes.muni[id]];
    recordServedWait(pools, otherPool, st.week - st.episodes.waitStart[id]);
    m.waitingByType[CareType.residential]--;
    st.episodes.pool[id] = pool;
    startCare(st, m, id);
    if (pools.busy[pool] >= pools.capacity[pool]) return;
  }
};
