import { readFileSync } from 'node:fs';
import { advance, createSimulation, parseScenario } from '../engine/index.ts';
const raw = JSON.parse(readFileSync('scenarios/npm-typisch.json', 'utf8'));
raw.warmupWeeks = Number(process.argv[2] ?? 156);
const r = parseScenario(raw);
if (!r.ok) throw new Error('bad');
const st = createSimulation(r.scenario, 3);
for (let y = 0; y < Number(process.argv[3] ?? 16); y++) {
  advance(st, 52);
  const e = st.episodes;
  const byPhase = new Array(8).fill(0);
  const ages = [0, 0, 0, 0, 0];
  const inCareType = [0, 0, 0, 0, 0];
  let sev = 0;
  let n = 0;
  for (let id = 0; id < e.size; id++) {
    if (e.phase[id] === 0) continue;
    byPhase[e.phase[id]]++;
    if (e.phase[id] === 6) {
      inCareType[e.careType[id]]++;
      const a = (st.week - e.onsetWeek[id]) / 52;
      ages[a < 1 ? 0 : a < 2 ? 1 : a < 4 ? 2 : a < 8 ? 3 : 4]++;
      sev += e.severity[id];
      n++;
    }
  }
  const m = st.municipalities[0];
  console.log(`y${y} healthy ${m.healthy} phases ${byPhase.join(',')} inCare ${inCareType.join(',')} age<1,<2,<4,<8,8+ ${ages.join(',')} sev ${(sev / n).toFixed(2)}`);
}
