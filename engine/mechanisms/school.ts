import { Domain } from '../state/episodes.ts';
import type { MunicipalityState, SimState } from '../state/sim-state.ts';
import { Acc } from '../state/year-accumulator.ts';
import { currentSeverity, logFamily, yearTag } from './context.ts';

/** M7: a school need that has grown heavy keeps the child at home: a thuiszitter (001:942-1043). */
export const markOutOfSchool = (st: SimState, m: MunicipalityState, id: number): void => {
  const e = st.episodes;
  if (!(e.domains[id] & Domain.school)) return;
  if (currentSeverity(st, id) < st.params.outOfSchoolAbove) return;
  const tag = yearTag(st);
  if (e.outOfSchoolYear[id] === tag) return;
  e.outOfSchoolYear[id] = tag;
  m.year.v[Acc.thuiszitters]++;
  logFamily(st, id, 'out-of-school', 'stays home from school');
};
