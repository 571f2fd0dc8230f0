/**
 * A/B of the engine's speed against an earlier commit, for a change that should make the engine faster without
 * changing a result (docs/performance.md section 3.1):
 *
 *   node bin/run-ts.js bench/engine-ab.ts --base <commit> [--preset west-brabant-west] [--years 10] [--pairs 30]
 *
 * On a shared machine the load moves more between two processes than a 5% change, so the engines (the commit's
 * `engine/` and this tree's) are bundled into one process, which alternates them run by run after two untimed
 * rounds and reports CPU time per run: fastest, median and the median of the paired ratios (this / base). The
 * commit's engine is bundled twice (`base` and `base2`) and each round runs the three in a rotating order: with
 * two engines in a fixed alternation, identical code measured 0.94-0.98, so the A/A ratio (base2 / base) is
 * printed as the yardstick of what is noise, and a round's ratio is this / the geometric mean of the two bases.
 * It also checks that all give the same report (a hash of its JSON), so a speed change that changed a result
 * shows. Not part of `npm run bench`: it compares two versions, the bench measures one.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = resolve(fileURLToPath(new URL('.', import.meta.url)), '..');

/** The process that times the engines; `BASE`, `BASE2` and `THIS` are replaced by the engines' index files. */
const runner = `
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import * as base from 'BASE';
import * as base2 from 'BASE2';
import * as self from 'THIS';
const [scenarioFile, yearsText, pairsText] = process.argv.slice(2);
const raw = JSON.parse(readFileSync(scenarioFile, 'utf8'));
const engines = { base, base2, self };
const names = Object.keys(engines);
const scenarios = Object.fromEntries(names.map((k) => [k, engines[k].parseScenario(raw)]));
for (const k of names) if (!scenarios[k].ok) throw new Error(k + ': the scenario does not parse');
const years = Number(yearsText);
const run = (k) => {
  const c0 = process.cpuUsage();
  const st = engines[k].createSimulation(scenarios[k].scenario, 1);
  engines[k].advanceYears(st, years);
  const c = process.cpuUsage(c0);
  return { cpu: (c.user + c.system) / 1000, st };
};
const hash = (k, st) => createHash('sha256').update(JSON.stringify(engines[k].buildReport(st))).digest('hex');
const hashes = names.map((k) => hash(k, run(k).st));
const same = hashes.every((h) => h === hashes[0]);
// A second untimed round: the first runs in a process mostly measure V8 compiling.
for (const k of names) run(k);
// Every order of the three, in turn, so no engine always runs first or right after a given other.
const orders = [['self', 'base', 'base2'], ['base', 'base2', 'self'], ['base2', 'self', 'base'],
  ['base', 'self', 'base2'], ['self', 'base2', 'base'], ['base2', 'base', 'self']];
const times = { base: [], base2: [], self: [] };
const ratios = [];
const aa = [];
for (let i = 0; i < Number(pairsText); i++) {
  const r = {};
  for (const k of orders[i % orders.length]) r[k] = run(k).cpu;
  for (const k of names) times[k].push(r[k]);
  ratios.push(r.self / Math.sqrt(r.base * r.base2));
  aa.push(r.base2 / r.base);
}
const median = (a) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)];
for (const k of names)
  console.log((k === 'self' ? 'this' : k) + ': CPU ms per run, fastest ' + Math.min(...times[k]).toFixed(0) + ', median ' + median(times[k]).toFixed(0));
console.log('A/A (base2 / base, the same code), median of ' + aa.length + ' rounds: ' + median(aa).toFixed(3));
console.log('this / base, median of ' + ratios.length + ' rounds: ' + median(ratios).toFixed(3) + ' (' + ratios.map((r) => r.toFixed(2)).join(' ') + ')');
console.log(same ? 'reports identical' : 'REPORTS DIFFER');
if (!same) process.exitCode = 1;
`;

const main = async (): Promise<void> => {
  const { values } = parseArgs({
    options: {
      base: { type: 'string' },
      preset: { type: 'string', default: 'west-brabant-west' },
      years: { type: 'string', default: '10' },
      pairs: { type: 'string', default: '30' },
    },
  });
  if (!values.base) throw new Error('--base <commit> is required');
  const dir = mkdtempSync(join(tmpdir(), 'engine-ab-'));
  try {
    const tar = execFileSync('git', ['archive', values.base, 'engine'], { cwd: root });
    execFileSync('tar', ['-x', '-C', dir], { input: tar });
    // A second copy of the same engine, bundled as a module of its own (the A/A yardstick).
    mkdirSync(join(dir, 'copy'));
    execFileSync('tar', ['-x', '-C', join(dir, 'copy')], { input: tar });
    const entry = join(dir, 'runner.mjs');
    writeFileSync(
      entry,
      runner
        .replace('BASE2', join(dir, 'copy/engine/index.ts'))
        .replace('BASE', join(dir, 'engine/index.ts'))
        .replace('THIS', join(root, 'engine/index.ts')),
    );
    const esbuild = await import('esbuild');
    const bundle = join(dir, 'ab.mjs');
    await esbuild.build({
      entryPoints: [entry],
      bundle: true,
      platform: 'node',
      format: 'esm',
      outfile: bundle,
      // The earlier engine's imports (zod) resolve to this tree's packages.
      nodePaths: [join(root, 'node_modules')],
      logLevel: 'warning',
    });
    const scenario = join(root, 'scenarios', `${values.preset}.json`);
    const r = spawnSync(process.execPath, [bundle, scenario, values.years, values.pairs], {
      stdio: 'inherit',
    });
    process.exitCode = r.status ?? 1;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};

await main();
