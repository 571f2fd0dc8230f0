/**
 * Writes the JSON reports of every preset in scenarios/*.json (except the slow `nederland`) for seeds 1 and 2
 * over 3 reported years to one file, so a pure refactor can be proved byte-identical:
 * `node bin/run-ts.js tools/snapshot-reports.ts /tmp/before.json`, change, run again, `cmp` the files.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { parseScenario, runScenario } from '../engine/index.ts';

const out = process.argv[2] ?? '/tmp/snapshot-reports.json';
const ids = readdirSync('scenarios')
  .filter((f) => f.endsWith('.json') && f !== 'nederland.json')
  .map((f) => f.slice(0, -'.json'.length))
  .sort();
const reports: Record<string, unknown> = {};
for (const id of ids) {
  const parsed = parseScenario(JSON.parse(readFileSync(`scenarios/${id}.json`, 'utf8')));
  if (!parsed.ok) throw new Error(`${id}: ${JSON.stringify(parsed.issues)}`);
  for (const seed of [1, 2]) reports[`${id}/${seed}`] = runScenario(parsed.scenario, seed, 3);
}
writeFileSync(out, JSON.stringify(reports, null, 1));
console.log(`${out}: ${Object.keys(reports).length} reports`);
