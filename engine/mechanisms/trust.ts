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

/** The municipality's trust follows the families it served (a slow average): it feeds legitimacy (004:271). */
export const trustAfterCare = (st: SimState, m: MunicipalityState, id: number): void => {
  const t = experiencedTrust(st, id);
  m.year.v[Acc.trustSum] += t;
  m.year.v[Acc.trustN]++;
  // Assumption: the municipal mean remembers about half a year of ended trajectories (~1% of youths).
  const weight = 1 / (20 + 0.01 * m.youth);
  m.trust += (t - m.trust) * weight;
};
