import type { MunicipalityState, SimState } from '../state/sim-state.ts';
import { Acc } from '../state/year-accumulator.ts';
import { clamp } from './context.ts';

/**
 * M14: what a family went through, as trust: waiting and good periods move it as they happen; every extra
 * telling of the story and every letter weigh at the end (004:236, 004:466).
 */
export const experiencedTrust = (st: SimState, id: number): number => {
  const e = st.episodes;
  const p = st.params;
  const retellings = Math.max(0, e.tellings[id] - 1);
  return clamp(e.trust[id] - p.trustPerRetelling * retellings - p.trustPerLetter * e.letters[id], 0, 1);
};

/**
 * What one journey says about the system's conduct: the neutral level moved by what this family went
 * through (its trust now minus its trust when the need arose). Anchoring at the neutral level, not at the
 * family's own starting trust, gives the municipal mean a resting level set by conduct (waits, retelling,
 * letters, help that works): it cannot integrate to 0 or 1 while conduct stays the same.
 */
export const conductScore = (st: SimState, id: number): number =>
  clamp(st.params.trustNeutral + experiencedTrust(st, id) - st.episodes.trustAtOnset[id], 0, 1);

/** The municipality's trust follows the families it served (a slow average): it feeds legitimacy (004:271). */
export const trustAfterCare = (st: SimState, m: MunicipalityState, id: number): void => {
  m.year.v[Acc.trustSum] += experiencedTrust(st, id);
  m.year.v[Acc.trustN]++;
  // The municipal mean remembers about half a year of ended journeys (trustMemoryJourneys per 1000 youths).
  const weight = 1 / (st.params.trustMemoryBase + (st.params.trustMemoryPer1000 * m.youth) / 1000);
  m.trust += (conductScore(st, id) - m.trust) * weight;
};
