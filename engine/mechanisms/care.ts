import { schedule } from '../queue/calendar.ts';
import { hasFreePlace } from '../queue/server-pools.ts';
import { weeksUntil } from '../random/distributions.ts';
import { bernoulli } from '../random/prng.ts';
import type { Parameters } from '../scenario/parameters.ts';
import { CareType, Domain, Phase } from '../state/episodes.ts';
import type { MunicipalityState, SimState } from '../state/sim-state.ts';
import { Acc, recordFirstHelpWait } from '../state/year-accumulator.ts';
import { releaseSlot, route } from './access.ts';
import { clamp, logFamily, setPhase, settleSeverity, yearTag } from './context.ts';
import { EventKind, eventCode, MAX_DELAY_WEEKS } from './event-kinds.ts';
import { closeEpisode } from './lifecycle.ts';
import { billPeriod, payTrajectory } from './provider-finance.ts';
import { markOutOfSchool } from './school.ts';
import { trustAfterCare } from './trust.ts';

/** Weeks between reviews of a care type (named reads: this runs at every review). */
const reviewWeeks = (p: Parameters, type: number): number =>
  type === CareType.local
    ? p.reviewWeeksLocal
    : type === CareType.ambulant
      ? p.reviewWeeksAmbulant
      : type === CareType.specialist
        ? p.reviewWeeksSpecialist
        : type === CareType.residential
          ? p.reviewWeeksResidential
          : p.reviewWeeksCrisis;

/** Help begins: the first real help for this need, or the next stretch of care after a move. */
export const startCare = (st: SimState, m: MunicipalityState, id: number): void => {
  const e = st.episodes;
  const tag = yearTag(st);
  const waited = st.week - e.waitStart[id];
  settleSeverity(st, id);
  setPhase(st, id, Phase.inCare);
  e.trust[id] = clamp(e.trust[id] - st.params.trustPerWaitWeek * waited, 0, 1);
  const type = e.careType[id];
  if (e.firstHelp[id] < 0) {
    e.firstHelp[id] = st.week;
    recordFirstHelpWait(m.year, st.week - e.signalWeek[id]);
  }
  if (e.careStart[id] < 0) {
    e.careStart[id] = st.week;
    m.year.v[Acc.newEpisodes]++;
  }
  countYouthInCare(st, m, id, tag);
  e.periodStart[id] = st.week;
  // The placement first: fit reads which bed the child got (M10), so it must be this stay's bed, not the last.
  if (type === CareType.residential || type === CareType.crisis) recordPlacement(st, m, id, tag);
  e.fit[id] = fitOf(st, m, id);
  m.inCareByType[type]++;
  m.inCare++;
  logFamily(st, id, 'care-start', careLabel(st, id));
  payTrajectory(st, m, id);
  scheduleReview(st, id);
};

const countYouthInCare = (st: SimState, m: MunicipalityState, id: number, tag: number): void => {
  const e = st.episodes;
  if (e.countedYear[id] !== tag) {
    e.countedYear[id] = tag;
    m.year.v[Acc.youthInCare]++;
  }
};

const recordPlacement = (st: SimState, m: MunicipalityState, id: number, tag: number): void => {
  const e = st.episodes;
  const provider = st.providers[e.pool[id] - st.municipalities.length];
  m.year.v[Acc.placements]++;
  if (e.residentialYear[id] !== tag) {
    e.residentialYear[id] = tag;
    m.year.v[Acc.residentialYouth]++;
  }
  if (e.careType[id] === CareType.residential) {
    e.bedGot[id] = provider.bedType + 1;
    m.year.v[Acc.residentialPlacements]++;
    if (e.bedNeed[id] !== e.bedGot[id]) m.year.v[Acc.mismatches]++;
    st.areaBedNeed[m.areaIndex * 3 + e.bedNeed[id] - 1]++;
  }
  logFamily(st, id, 'placement', provider.name);
};

const careLabel = (st: SimState, id: number): string => {
  const pool = st.episodes.pool[id];
  const n = st.municipalities.length;
  return pool < n ? 'neighbourhood team' : st.providers[pool - n].name;
};

const scheduleReview = (st: SimState, id: number): void => {
  const e = st.episodes;
  schedule(
    st.calendar,
    st.week + reviewWeeks(st.params, e.careType[id]),
    id,
    eventCode(EventKind.review, e.token[id]),
  );
};

/**
 * M6: the chance help works depends on fit (the right help for the need, not split in pieces), craft
 * (quality, mandate, stable staff), continuity and how heavy the need has become (004:231-234).
 */
const fitOf = (st: SimState, m: MunicipalityState, id: number): number => {
  const e = st.episodes;
  const p = st.params;
  const pieces = e.pieces[id];
  const relief = m.effective.onePlanOneContact ? p.onePlanPieceRelief : 0;
  let fit = 1 - p.pieceFitPenalty * (pieces - 1) * (1 - relief) + p.learningFitGain * (m.learning - 0.5);
  if (e.careType[id] === CareType.residential && e.bedGot[id] !== e.bedNeed[id])
    fit -= p.wrongPlaceFitPenalty;
  if (e.careType[id] === CareType.local && e.severity[id] >= p.lightBelow && !m.effective.specialistsNearby) {
    fit -= p.wrongLevelFitPenalty;
  }
  return clamp(fit, p.fitMin, 1);
};

const baseEffect = (st: SimState, type: number): number => {
  const p = st.params;
  if (type === CareType.local) return p.effectLocal;
  if (type === CareType.ambulant) return p.effectAmbulant;
  if (type === CareType.specialist) return p.effectSpecialist;
  return type === CareType.residential ? p.effectResidential : p.effectCrisis;
};

const successChance = (st: SimState, m: MunicipalityState, id: number): number => {
  const e = st.episodes;
  const p = st.params;
  const type = e.careType[id];
  const n = st.municipalities.length;
  const pool = e.pool[id];
  const quality = pool < n ? 1 : st.providers[pool - n].quality;
  const autonomy = pool < n ? m.autonomy : st.providers[pool - n].autonomy;
  const craft = quality * (1 + p.craftMandateEffect * (autonomy - 0.5));
  const continuity = Math.max(p.continuityMin, 1 - p.continuityBreakPenalty * e.breaks[id]);
  const heaviness = p.heavinessBase - p.heavinessPerSeverity * e.severity[id];
  return clamp(baseEffect(st, type) * e.fit[id] * craft * continuity * heaviness, p.successMin, p.successMax);
};

/** A review at the end of a period of care: did it work, and what next (M6, M7, M8, M9). */
export const onReview = (st: SimState, m: MunicipalityState, id: number): void => {
  const e = st.episodes;
  const p = st.params;
  billPeriod(st, m, id);
  e.periodStart[id] = st.week;
  if (agesOut(st, id)) return ageOut(st, m, id);
  staffChange(st, m, id);
  const worked = bernoulli(st.rng, e.stream[id], successChance(st, m, id));
  if (worked) {
    e.severity[id] *= 1 - p.severityDropOnSuccess;
    e.trust[id] = clamp(e.trust[id] + p.trustPerGoodReview, 0, 1);
  } else e.severity[id] = Math.min(1, e.severity[id] + p.severityRiseOnFailure);
  e.sevWeek[id] = st.week;
  const s = e.severity[id];
  logFamily(st, id, 'review', worked ? 'it helps' : 'not yet');
  if (e.domains[id] & Domain.school) markOutOfSchool(st, m, id);
  if (s < p.resolvedBelow) return endCare(st, m, id, 'resolved');
  if (closesEarly(st, m, id)) return earlyClosure(st, m, id);
  const type = e.careType[id];
  if (s >= p.escalateAbove && (type === CareType.local || type === CareType.ambulant))
    return escalate(st, m, id);
  if (type === CareType.specialist && s >= p.crisisAbove && e.domains[id] & (Domain.home | Domain.safety)) {
    return escalate(st, m, id);
  }
  if ((type === CareType.residential || type === CareType.crisis) && s < p.stepDownBelow)
    return stepDown(st, m, id);
  if (type === CareType.crisis) return leaveCrisis(st, m, id);
  if (!worked && bernoulli(st.rng, e.stream[id], p.reReferralRate * (1 - e.fit[id])))
    return reRefer(st, m, id);
  if (!contracted(st, m, id)) return handOverToPartner(st, m, id);
  scheduleReview(st, id);
};

/**
 * A client of a provider that lost its contract here (a tender for fewer providers, M9) moves to a partner of
 * the same kind once one has a free place and no one waiting: a new professional and the story again (a
 * continuity break), but no new access route and no waiting list. Until then the old provider keeps the
 * client: care does not stop at a contract's end. Before, every such client went back through access at its
 * next review while the partners were still hiring, and a consolidation queued hundreds of families already
 * in care. A provider that closes moves its clients at once (providers.ts goBankrupt, leaveTheArea).
 */
const handOverToPartner = (st: SimState, m: MunicipalityState, id: number): void => {
  const e = st.episodes;
  const pool = freePartnerPlace(st, m, id);
  if (pool < 0) return scheduleReview(st, id);
  logFamily(st, id, 'transfer', 'contract ended');
  billPeriod(st, m, id);
  leaveCare(st, m, id);
  e.breaks[id]++;
  e.professionals[id]++;
  e.tellings[id]++;
  e.pool[id] = pool;
  st.pools.busy[pool]++;
  e.waitStart[id] = st.week;
  startCare(st, m, id);
};

/** A contracted provider of the client's care type (and bed type) with a free place and an empty line, or -1. */
const freePartnerPlace = (st: SimState, m: MunicipalityState, id: number): number => {
  const e = st.episodes;
  const type = e.careType[id];
  const from = st.providers[e.pool[id] - st.municipalities.length];
  for (const p of m.eligible[type]) {
    const pr = st.providers[p];
    if (type === CareType.residential && pr.bedType !== from.bedType) continue;
    if (hasFreePlace(st.pools, pr.pool)) return pr.pool;
  }
  return -1;
};

/** The youth's age now: its age when the need arose plus the years since. */
export const ageNow = (st: SimState, id: number): number =>
  st.episodes.age[id] + Math.floor((st.week - st.episodes.onsetWeek[id]) / 52);

/**
 * M7 the 18-/18+ cliff: youth care ends at 18, when the youth passes to adult services (003:629-631, Jamal
 * 001:3276). Specialist and residential care may go on as extended youth care (verlengde jeugdhulp) for
 * extendedCareShare of them, decided once at 18, and ends at 23 at the latest (the population is 0-22).
 */
const agesOut = (st: SimState, id: number): boolean => {
  const e = st.episodes;
  const p = st.params;
  const age = ageNow(st, id);
  if (age < p.careEndsAtAge) return false;
  if (age >= p.extendedCareUntilAge) return true;
  if (e.extended[id] === 0) {
    const heavy = e.careType[id] !== CareType.local && e.careType[id] !== CareType.ambulant;
    e.extended[id] = heavy && bernoulli(st.rng, e.stream[id], p.extendedCareShare) ? 1 : 2;
  }
  return e.extended[id] === 2;
};

/** Youth care stops with the need unresolved: the journey ends here (M14 counts it as it was). */
const ageOut = (st: SimState, m: MunicipalityState, id: number): void => {
  leaveCare(st, m, id);
  recordTrajectoryEnd(st, m, id);
  recordJourney(st, m, id);
  m.year.v[Acc.agedOut]++;
  trustAfterCare(st, m, id);
  logFamily(st, id, 'aged-out', 'youth care ends at 18; adult services take over');
  closeEpisode(st, m, id);
};

/** M8: turnover replaces the professional now and then: a continuity break and the story again. */
const staffChange = (st: SimState, m: MunicipalityState, id: number): void => {
  const e = st.episodes;
  const pool = e.pool[id];
  const n = st.municipalities.length;
  const turnover = pool < n ? m.localTeam.turnover : st.providers[pool - n].turnover;
  if (!bernoulli(st.rng, e.stream[id], (turnover * reviewWeeks(st.params, e.careType[id])) / 52)) return;
  e.breaks[id]++;
  e.professionals[id]++;
  e.tellings[id]++;
  logFamily(st, id, 'continuity-break', 'a new professional');
};

/**
 * M9: where gaming is high (NPM, per-trajectory or per-product pay, accounting on indicators) a case that
 * "scores" is closed early and often comes back (004:299-302).
 */
const closesEarly = (st: SimState, m: MunicipalityState, id: number): boolean => {
  const e = st.episodes;
  if (e.careType[id] === CareType.local || e.severity[id] >= st.params.earlyCloseBelow) return false;
  return bernoulli(st.rng, e.stream[id], m.gaming * st.params.gamingDischargeRate);
};

const contracted = (st: SimState, m: MunicipalityState, id: number): boolean => {
  const pool = st.episodes.pool[id];
  const n = st.municipalities.length;
  if (pool < n) return true;
  const provider = pool - n;
  return !st.providers[provider].bankrupt && m.contractMask[provider] === 1;
};

const leaveCare = (st: SimState, m: MunicipalityState, id: number): void => {
  const e = st.episodes;
  const type = e.careType[id];
  m.inCareByType[type]--;
  m.inCare--;
  if (type === CareType.residential) st.areaBedNeed[m.areaIndex * 3 + e.bedNeed[id] - 1]--;
  releaseSlot(st, e.pool[id]);
};

/** Closes a trajectory (its length counts in the year's figures). */
const recordTrajectoryEnd = (st: SimState, m: MunicipalityState, id: number): void => {
  const e = st.episodes;
  m.year.v[Acc.ended]++;
  m.year.v[Acc.endedWeeks] += st.week - e.careStart[id];
  e.careStart[id] = -1;
};

/** The family's whole journey with this need, counted once when the need is over (leefwereld figures). */
const recordJourney = (st: SimState, m: MunicipalityState, id: number): void => {
  const e = st.episodes;
  const v = m.year.v;
  v[Acc.journeys]++;
  v[Acc.professionals] += e.professionals[id];
  v[Acc.tellings] += e.tellings[id];
  v[Acc.desks] += e.desks[id];
  v[Acc.letters] += e.letters[id];
  v[Acc.breaks] += e.breaks[id];
};

export const endCare = (st: SimState, m: MunicipalityState, id: number, why: 'resolved'): void => {
  const e = st.episodes;
  leaveCare(st, m, id);
  recordTrajectoryEnd(st, m, id);
  recordJourney(st, m, id);
  m.year.v[Acc.resolved]++;
  e.trust[id] = clamp(e.trust[id] + st.params.trustOnResolution, 0, 1);
  trustAfterCare(st, m, id);
  logFamily(st, id, 'resolved', why);
  closeEpisode(st, m, id);
};

const earlyClosure = (st: SimState, m: MunicipalityState, id: number): void => {
  const e = st.episodes;
  const p = st.params;
  leaveCare(st, m, id);
  recordTrajectoryEnd(st, m, id);
  e.earlyClosed[id]++;
  m.year.v[Acc.earlyClosures]++;
  logFamily(st, id, 'early-closure', 'the trajectory was closed');
  if (!bernoulli(st.rng, e.stream[id], p.relapseAfterEarlyClose)) {
    recordJourney(st, m, id);
    trustAfterCare(st, m, id);
    closeEpisode(st, m, id);
    return;
  }
  // The need was not gone: it grows again untreated, and the family asks for help anew.
  e.severity[id] = Math.min(1, e.severity[id] + p.relapseSeverityRise);
  e.sevWeek[id] = st.week;
  setPhase(st, id, Phase.away);
  const weeks = Math.min(weeksUntil(st.rng, e.stream[id], p.relapseReturnWeeks), MAX_DELAY_WEEKS);
  schedule(st.calendar, st.week + weeks, id, eventCode(EventKind.returnAfterAway, e.token[id]));
};

/** M7: a need that outgrows its help moves to heavier care, with a new provider and the story again. */
const escalate = (st: SimState, m: MunicipalityState, id: number): void => {
  const e = st.episodes;
  m.year.v[Acc.escalations]++;
  m.year.v[Acc.productEndsUnmet]++;
  e.escalations[id]++;
  logFamily(st, id, 'escalation', 'heavier help needed');
  move(st, m, id);
};

/** A crisis place is for weeks: after the review the child moves on to residential care or home. */
const leaveCrisis = (st: SimState, m: MunicipalityState, id: number): void => {
  logFamily(st, id, 'transfer', 'out of the crisis place');
  move(st, m, id);
};

const stepDown = (st: SimState, m: MunicipalityState, id: number): void => {
  logFamily(st, id, 'transfer', 'back home with help');
  move(st, m, id);
};

const reRefer = (st: SimState, m: MunicipalityState, id: number): void => {
  m.year.v[Acc.productEndsUnmet]++;
  logFamily(st, id, 're-referral', 'the help did not fit');
  move(st, m, id);
};

export const transfer = (st: SimState, m: MunicipalityState, id: number, why: string): void => {
  logFamily(st, id, 'transfer', why);
  // Care given since the last review is owed, also to a provider that closes (its receivers collect it).
  billPeriod(st, m, id);
  st.episodes.periodStart[id] = st.week;
  move(st, m, id);
};

/** Leaves this help and goes through routing again: a continuity break and one more handoff. */
const move = (st: SimState, m: MunicipalityState, id: number): void => {
  const e = st.episodes;
  leaveCare(st, m, id);
  e.breaks[id]++;
  if (e.careType[id] !== CareType.residential) e.bedNeed[id] = 0;
  route(st, m, id);
};
