/**
 * Runs a preset over several seeds and prints, per reported year, the seed median and P10-P90 of the
 * headline figures (MODEL.md section 5). Usage:
 *   node bin/run-ts.js tools/model-audit.ts <preset> [seeds=10] [years=10] [json-patch-file]
 */
import type { YearReport } from '../engine/index.ts';
import { runScenario } from '../engine/index.ts';
import { patchedPreset } from './patched-preset.ts';

const [id = 'npm-typisch', seedArg = '10', yearArg = '10', patchFile] = process.argv.slice(2);
const scenario = patchedPreset(id, patchFile);
const seeds = Array.from({ length: Number(seedArg) }, (_, i) => 1 + i * 7);
const years = Number(yearArg);
const figures: Record<string, (y: YearReport) => number> = {
  prev: (y) => y.prevalence * 100,
  resid: (y) => y.residentialShare * 100,
  wMed: (y) => y.weeksToFirstHelp.median,
  wP90: (y) => y.weeksToFirstHelp.p90,
  wait: (y) => y.dashboard.trueWaiting,
  gaveUp: (y) => y.gaveUp,
  trust: (y) => y.trust,
  admin: (y) => y.adminShare * 100,
  eurPerYic: (y) => y.spendEur / y.youthInCare,
  spendM: (y) => y.spendEur / 1e6,
  budgetPct: (y) => (100 * y.spendEur) / y.budgetEur,
  rescues: (y) => y.rescues,
  bankr: (y) => y.bankruptcies,
  mism: (y) => y.placementMismatchShare * 100,
  sick: (y) => y.sickLeave * 100,
  place: (y) => y.outOfHomePlacements,
  epWk: (y) => y.meanEpisodeWeeks,
  agedOut: (y) => y.agedOut,
  esc: (y) => y.escalations,
  onsets: (y) => y.onsets,
};
const t0 = Date.now();
// runScenario: one state for one area, one shard per area for a scenario of several (nederland).
const runs = seeds.map((seed) => runScenario(scenario, seed, years).region.years);
const q = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(p * (s.length - 1) + 0.5))];
};
const fmt = (v: number) => (Math.abs(v) >= 100 ? v.toFixed(0) : v.toFixed(Math.abs(v) >= 10 ? 1 : 2));
console.log(`${id}: ${seeds.length} seeds x ${years} years in ${Date.now() - t0} ms (median [p10-p90])`);
const names = Object.keys(figures);
console.log(['yr', ...names].join('\t'));
for (let y = 0; y < years; y++) {
  const cells = names.map((n) => {
    const xs = runs.map((r) => figures[n](r[y]));
    return `${fmt(q(xs, 0.5))}[${fmt(q(xs, 0.1))}-${fmt(q(xs, 0.9))}]`;
  });
  console.log([runs[0][y].year, ...cells].join('\t'));
}
