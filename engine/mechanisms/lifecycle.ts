import { freeEpisode, Phase } from '../state/episodes.ts';
import type { MunicipalityState, SimState } from '../state/sim-state.ts';
import { setPhase } from './context.ts';

/** Phase of a named family's episode after its need ended: kept (not recycled) so its journey stays readable. */
export const CLOSED = 8;

/** The youth is healthy again; the episode id is recycled unless it belongs to a named family. */
export const closeEpisode = (st: SimState, m: MunicipalityState, id: number): void => {
  m.healthy++;
  const f = st.episodes.family[id];
  if (f >= 0) {
    setPhase(st, id, CLOSED);
    st.families[f].done = true;
    return;
  }
  freeEpisode(st.episodes, id);
};

export const isOpen = (phase: number): boolean => phase !== Phase.free && phase !== CLOSED;
