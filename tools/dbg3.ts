import { readFileSync } from 'node:fs';
import { advance, createSimulation, parseScenario } from '../engine/index.ts';
const raw = JSON.parse(readFileSync('scenarios/npm-typisch.json', 'utf8'));
for (const m of raw.municipalities) m.decisions = { ...m.decisions, providerCount: 8 };
const r = parseScenario(raw);
if (!r.ok) throw new Error('bad');
const st = createSimulation(r.scenario, 8);
for (const w of [150, 156, 160, 170, 200]) {
  advance(st, w - st.week);
  const m = st.municipalities[0];
  console.log('week', st.week, 'contracted', m.contracted.join(','), 'eligible amb', m.eligible[1].join(','));
  for (const pr of st.providers.filter((p) => p.type === 1)) {
    console.log(`  ${pr.index} c${m.contractMask[pr.index]} fte ${pr.fteTarget.toFixed(1)} tgt ${pr.marketTarget.toFixed(1)} vac ${pr.vacancies.toFixed(1)} sl ${st.pools.capacity[pr.pool]} bu ${st.pools.busy[pr.pool]} w ${st.pools.waiting[pr.pool]} bk ${pr.bankrupt}`);
  }
}
