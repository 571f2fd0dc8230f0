import { readFileSync } from 'node:fs';
import { parseScenario, runScenario } from './engine/index.ts';
const id = process.argv[2] ?? 'npm-typisch';
const years = Number(process.argv[3] ?? 3);
const r = parseScenario(JSON.parse(readFileSync(`/work/main/scenarios/${id}.json`, 'utf8')));
if (!r.ok) { console.log(r.issues); process.exit(1); }
const t0 = performance.now();
const rep = runScenario(r.scenario, 1, years);
const ms = performance.now() - t0;
for (const y of rep.region.years) {
  const { dashboard, spendByLine, ...rest } = y;
  console.log(JSON.stringify({ ...rest, perYouthInCare: Math.round(y.spendEur / y.youthInCare) }));
}
console.log('ms', ms.toFixed(0));
