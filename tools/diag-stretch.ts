/**
 * Mean length of a stretch of care at one provider (or the local team), by care type, measured by Little's law
 * over five reported years (in-care stock / new stretches): what a per-trajectory tariff has to cover (M9).
 * Usage: node bin/run-ts.js tools/diag-stretch.ts <preset> [seed=3] [json-patch-file]
 */
import { advance, createSimulation } from '../engine/index.ts';
import { patchedPreset } from './patched-preset.ts';

const [id = 'npm-typisch', seed = '3'] = process.argv.slice(2);
const scenario = patchedPreset(id, process.argv[4]);
const st = createSimulation(scenario, Number(seed));
advance(st, st.warmupWeeks);
const e = st.episodes;
const stock = [0, 0, 0, 0, 0],
  starts = [0, 0, 0, 0, 0];
const W = 52 * 5;
let prevKey = new Int32Array(e.size + 100000).fill(-1);
for (let w = 0; w < W; w++) {
  advance(st, 1);
  const key = new Int32Array(prevKey.length).fill(-1);
  for (let i = 0; i < e.size; i++) {
    if (e.phase[i] !== 6) continue;
    stock[e.careType[i]]++;
    key[i] = e.pool[i] * 8 + e.careType[i] + 1000000 * (e.onsetWeek[i] % 1000);
    if (w > 0 && prevKey[i] !== key[i]) starts[e.careType[i]]++;
  }
  prevKey = key;
}
console.log(
  id,
  'mean stretch weeks by type [local, ambulant, specialist, residential, crisis]:',
  stock.map((s, t) => (s / Math.max(1, starts[t])).toFixed(1)).join(', '),
  'starts/yr',
  starts.map((s) => (s / 5).toFixed(0)).join(','),
);
