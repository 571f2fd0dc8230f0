/**
 * Story check (issue 9): npm-typisch as it is, against npm-typisch switching in 2027 to a practice preset's
 * policy, on common random numbers. Prints per year the paired median difference and its P10-P90 over seeds.
 *   node bin/run-ts.js tools/story.ts <practice-preset> [seeds=10] [years=8]
 */
import { readFileSync } from 'node:fs';
import type { YearReport } from '../engine/index.ts';
import { advanceYears, buildReport, createSimulation, parseScenario } from '../engine/index.ts';

const [practice = 'veendam-jep', seedArg = '10', yearArg = '8'] = process.argv.slice(2);
const read = (id: string) => JSON.parse(readFileSync(`scenarios/${id}.json`, 'utf8'));
const base = read('npm-typisch');
base.namedFamilies = [];
const p = read(practice);
const { budgetEur: _b, ...decisions } = p.municipalities[0].decisions;
const pooled = p.region?.decisions?.jointContracting || p.region?.decisions?.placementCoordination;
const switched = {
  ...base,
  policyChanges: [
    { year: (base.startYear ?? 2026) + 1, decisions, ...(pooled ? { regional: p.region.decisions } : {}) },
  ],
};
const parse = (x: unknown) => {
  const r = parseScenario(x);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.scenario;
};
const [a, b] = [parse(base), parse(switched)];
const seeds = Array.from({ length: Number(seedArg) }, (_, i) => 3 + i * 11);
const years = Number(yearArg);
const run = (s: typeof a, seed: number) => {
  const st = createSimulation(s, seed);
  advanceYears(st, years);
  return buildReport(st).region.years;
};
const figures: Record<string, (y: YearReport) => number> = {
  wMed: (y) => y.weeksToFirstHelp.median,
  wP90: (y) => y.weeksToFirstHelp.p90,
  placements: (y) => y.outOfHomePlacements,
  residPct: (y) => 100 * y.residentialShare,
  prevPct: (y) => 100 * y.prevalence,
  eurPerYic: (y) => y.spendEur / y.youthInCare,
  spendM: (y) => y.spendEur / 1e6,
  trust: (y) => y.trust,
  sickPct: (y) => 100 * y.sickLeave,
  adminPct: (y) => 100 * y.adminShare,
  tellings: (y) => y.storyTellingsPerFamily,
};
const pairs = seeds.map((s) => [run(a, s), run(b, s)] as const);
const q = (xs: number[], f: number) => [...xs].sort((x, y) => x - y)[Math.round(f * (xs.length - 1))];
const fmt = (v: number) => (Math.abs(v) >= 100 ? v.toFixed(0) : v.toFixed(Math.abs(v) >= 10 ? 1 : 2));
console.log(
  `${practice} from ${(base.startYear ?? 2026) + 1}: base median -> switched median (paired diff P10..P90)`,
);
for (const [name, f] of Object.entries(figures)) {
  const cells = [];
  for (let y = 0; y < years; y++) {
    const base_ = pairs.map(([x]) => f(x[y]));
    const d = pairs.map(([x, z]) => f(z[y]) - f(x[y]));
    cells.push(
      `${fmt(q(base_, 0.5))}${q(d, 0.5) >= 0 ? '+' : ''}${fmt(q(d, 0.5))}[${fmt(q(d, 0.1))}..${fmt(q(d, 0.9))}]`,
    );
  }
  console.log(name.padEnd(10), cells.join('  '));
}
