import { readFileSync } from 'node:fs';
import { advance, buildReport, cloneState, createSimulation, parseScenario } from '../engine/index.ts';
const raw = JSON.parse(readFileSync('scenarios/npm-typisch.json', 'utf8'));
raw.namedFamilies = [];
const r = parseScenario(raw);
if (!r.ok) throw new Error('bad');
const base = createSimulation(r.scenario, 11);
advance(base, base.warmupWeeks);
const shock = cloneState(base);
for (const m of shock.municipalities) m.trust = Number(process.argv[2] ?? 0.3);
for (let y = 0; y < 12; y++) {
  advance(base, 52);
  advance(shock, 52);
  const a = buildReport(base).region.years[y];
  const b = buildReport(shock).region.years[y];
  console.log(y + 1, 'mtrust', base.municipalities[0].trust.toFixed(3), shock.municipalities[0].trust.toFixed(3), 'rep', a.trust, b.trust, 'gaveUp', a.gaveUp, b.gaveUp, 'wMed', a.weeksToFirstHelp.median, b.weeksToFirstHelp.median);
}
