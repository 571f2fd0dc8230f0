import { CLOSED } from '../mechanisms/lifecycle.ts';
import { Phase } from '../state/episodes.ts';
import type { SimState } from '../state/sim-state.ts';

/**
 * Conservation checks (MODEL.md section 5): every youth is either healthy or in exactly one open episode,
 * and every euro a municipality paid for care arrived at a provider.
 */
export const populationBalance = (st: SimState) => {
  const inEpisodes = new Array(st.municipalities.length).fill(0);
  const e = st.episodes;
  const notStarted = new Set(st.families.filter((f) => f.events.length === 0).map((f) => f.episode));
  for (let id = 0; id < e.size; id++) {
    const phase = e.phase[id];
    if (phase === Phase.free || phase === CLOSED || notStarted.has(id)) continue;
    inEpisodes[e.muni[id]]++;
  }
  return st.municipalities.map((m, i) => ({
    municipality: m.id,
    youth: m.youth,
    healthy: m.healthy,
    inEpisodes: inEpisodes[i],
  }));
};

export const moneyBalance = (st: SimState) => ({
  paidByMunicipalities: st.municipalities.reduce((a, m) => a + m.verdedigingPaidTotal, 0),
  receivedByProviders: st.providers.reduce((a, p) => a + p.revenueTotal, 0),
});
