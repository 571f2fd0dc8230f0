/** Per care type and year: open providers, staff, mean quality, waiting (diagnostic, never a test). */
import { advance, createSimulation } from '../engine/index.ts';
import type { ProviderState } from '../engine/state/sim-state.ts';
import { patchedPreset } from './patched-preset.ts';

const [id = 'west-brabant-west', seed = '3'] = process.argv.slice(2);
const scenario = patchedPreset(id, process.argv[4]);
const st = createSimulation(scenario, Number(seed));
advance(st, st.warmupWeeks);
for (let y = 0; y <= 10; y++) {
  if (y > 0) advance(st, 52);
  const row: string[] = [];
  for (let t = 1; t <= 4; t++) {
    const ps = st.providers.filter((p: ProviderState) => p.type === t && !p.bankrupt);
    const fte = ps.reduce((s: number, p: ProviderState) => s + p.fteTarget, 0);
    const q = ps.reduce((s: number, p: ProviderState) => s + p.quality, 0) / Math.max(1, ps.length);
    const cap = ps.reduce((s: number, p: ProviderState) => s + st.pools.capacity[p.pool], 0);
    const busy = ps.reduce((s: number, p: ProviderState) => s + st.pools.busy[p.pool], 0);
    const wait = ps.reduce((s: number, p: ProviderState) => s + st.pools.waiting[p.pool], 0);
    row.push(`t${t} n${ps.length} fte${fte.toFixed(0)} q${q.toFixed(2)} cap${cap} busy${busy} wait${wait}`);
  }
  console.log(2025 + y, row.join(' | '));
}
