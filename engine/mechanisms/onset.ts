import { schedule } from '../queue/calendar.ts';
import { poisson, weeksUntil } from '../random/distributions.ts';
import { uniform } from '../random/prng.ts';
import type { Parameters } from '../scenario/parameters.ts';
import { allocateEpisode, Domain, Phase } from '../state/episodes.ts';
import type { MunicipalityState, SimState } from '../state/sim-state.ts';
import { Acc } from '../state/year-accumulator.ts';
import { clamp, logFamily, setPhase } from './context.ts';
import { EventKind, eventCode, MAX_DELAY_WEEKS } from './event-kinds.ts';
import { closeEpisode } from './lifecycle.ts';

/**
 * M1 onset: new needs per healthy youth, raised by the risk profile and lowered a little by a strong sociale
 * basis (004:430-432). M12: basis strength is a slow stock, so a cut or an investment shows here only years
 * later (001:676-718, 001:760-767).
 */
export const weeklyOnsetRate = (st: SimState, m: MunicipalityState): number => {
  const p = st.params;
  const basisFactor = 1 + p.basisOnsetEffect * (1 - m.basisStrength);
  return (
    (p.onsetPerYouthYear / 52) * m.risk * clamp(basisFactor, p.onsetBasisFactorMin, p.onsetBasisFactorMax)
  );
};

export const generateOnsets = (st: SimState, m: MunicipalityState): void => {
  const n = poisson(st.rng, m.stream, m.healthy * weeklyOnsetRate(st, m));
  for (let i = 0; i < n && m.healthy > 0; i++) {
    const id = allocateEpisode(st.episodes);
    const e = st.episodes;
    e.muni[id] = m.index;
    e.stream[id] = m.stream;
    drawNeed(st, id);
    beginNeed(st, m, id);
  }
};

/** Domains and starting severity of a need (MODEL.md section 2). */
const drawNeed = (st: SimState, id: number): void => {
  const e = st.episodes;
  const s = e.stream[id];
  const p = st.params;
  const u = uniform(st.rng, s);
  // Severity bands at onset: light, medium, heavy (MODEL.md M1).
  const band = u < p.lightShareAtOnset ? 0 : u < 1 - p.heavyShareAtOnset ? 1 : 2;
  const from = band === 0 ? p.onsetLightFrom : band === 1 ? p.onsetMediumFrom : p.onsetHeavyFrom;
  const span = band === 0 ? p.onsetLightSpan : band === 1 ? p.onsetMediumSpan : p.onsetHeavySpan;
  e.severity[id] = from + uniform(st.rng, s) * span;
  e.domains[id] = drawDomains(st, s);
  // New youth-care needs arise before 18; after that a new need is the adult services' (Wmo, 003:629-631).
  e.age[id] = Math.floor(uniform(st.rng, s) * st.params.careEndsAtAge);
};

/** Assumption: one main domain, and each other domain joins with a chance; a few needs touch many domains. */
const DOMAIN_LIST = [
  Domain.school,
  Domain.home,
  Domain.mental,
  Domain.money,
  Domain.parentHealth,
  Domain.safety,
];
/** Chance each domain (in DOMAIN_LIST order) is the main one (named reads: this runs at every onset). */
const mainDomainWeight = (p: Parameters, i: number): number =>
  i === 0
    ? p.mainDomainSchool
    : i === 1
      ? p.mainDomainHome
      : i === 2
        ? p.mainDomainMental
        : i === 3
          ? p.mainDomainMoney
          : i === 4
            ? p.mainDomainParentHealth
            : p.mainDomainSafety;
const drawDomains = (st: SimState, stream: number): number => {
  const p = st.params;
  let u = uniform(st.rng, stream);
  let bits = 0;
  for (let i = 0; i < DOMAIN_LIST.length; i++) {
    u -= mainDomainWeight(p, i);
    if (u < 0 || i === DOMAIN_LIST.length - 1) {
      bits = DOMAIN_LIST[i];
      break;
    }
  }
  for (const d of DOMAIN_LIST) if (uniform(st.rng, stream) < p.domainJoinChance) bits |= d;
  return bits;
};

/**
 * Starts an unsignalled need: either it stays small in the sociale basis, or after a delay someone notices
 * and the family asks for help. The delay is shorter with a well-funded basis and specialists nearby (M1,
 * 001:794-822, 004:119-125) and longer when families distrust the system (M14, 004:236).
 */
export const beginNeed = (st: SimState, m: MunicipalityState, id: number): void => {
  const e = st.episodes;
  const p = st.params;
  m.healthy--;
  m.year.v[Acc.onsets]++;
  e.onsetWeek[id] = st.week;
  e.sevWeek[id] = st.week;
  e.trust[id] = m.trust;
  e.trustAtOnset[id] = m.trust;
  setPhase(st, id, Phase.unsignalled);
  const s = e.stream[id];
  const signalAt = st.week + Math.min(weeksUntil(st.rng, s, m.signalDelayWeeks), MAX_DELAY_WEEKS);
  if (e.severity[id] < p.lightBelow) {
    const hazard = p.stayedSmallPerWeek * m.basisStrength;
    const smallAt =
      hazard > 0 ? st.week + Math.min(weeksUntil(st.rng, s, 1 / hazard), MAX_DELAY_WEEKS) : Infinity;
    if (smallAt < signalAt && severityAt(st, id, smallAt) < p.lightBelow) {
      schedule(st.calendar, smallAt, id, eventCode(EventKind.stayedSmall, e.token[id]));
      return;
    }
  }
  schedule(st.calendar, signalAt, id, eventCode(EventKind.signal, e.token[id]));
};

const severityAt = (st: SimState, id: number, week: number): number =>
  1 - (1 - st.episodes.severity[id]) * (1 - st.params.growthPerWeek) ** (week - st.episodes.sevWeek[id]);

export const signalDelayMean = (st: SimState, m: MunicipalityState): number => {
  const p = st.params;
  const funding = basisFundingRatio(st, m);
  const detection =
    clamp(1 + p.basisDetectionEffect * (funding - 1), p.detectionFundingMin, p.detectionFundingMax) +
    (m.effective.specialistsNearby ? p.nearbyDetectionBoost : 0) +
    p.learningDetectionGain * m.learning;
  const distrust = 1 + p.trustSignalDelay * Math.max(0, p.trustNeutral - m.trust);
  return (p.signalDelayWeeks * distrust) / detection;
};

/** Basis funding per youth relative to the reference that counts as strength 1 (M12). */
export const basisFundingRatio = (st: SimState, m: MunicipalityState): number =>
  (m.budgetEur * m.effective.budgetSplit.aanval) / m.youth / st.params.referenceBasisEurPerYouth;

/** M12: basis strength follows funding slowly (prevention pays late, 001:760-767). */
export const updateBasisStrength = (st: SimState, m: MunicipalityState): void => {
  const target = basisFundingRatio(st, m);
  m.basisStrength += (target - m.basisStrength) / st.params.basisTauWeeks;
  m.signalDelayWeeks = signalDelayMean(st, m);
};

/** A light need resolved with help from the sociale basis before anyone made it a care case. */
export const onStayedSmall = (st: SimState, m: MunicipalityState, id: number): void => {
  m.year.v[Acc.stayedSmall]++;
  logFamily(st, id, 'stayed-small', 'help from the neighbourhood was enough');
  closeEpisode(st, m, id);
};
