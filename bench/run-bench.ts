/**
 * Performance benchmarks: `npm run bench` prints a table; `-- --json` also writes bench/results.json;
 * `-- --quick` skips the slow (national) run; `-- --only name,name` runs only those benchmarks. Each benchmark is a
 * named function in its own file, listed in `benchmarks` below: the engine (region, national, each against the
 * calendar floor), the command line's start-up, the game (round resolution), the server (300 clients on
 * loopback; the lecture hall acting at once, `hall` and `hall10`; two instances on PostgreSQL with a kill -9,
 * `multi`, which needs DATABASE_URL), the verkenner in chromium (`explorer`) and the research `batch` on
 * worker threads.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { batchBenchmark } from './batch-run.ts';
import type { BenchContext, BenchFigures, Benchmark } from './bench-types.ts';
import { cliStartBenchmark } from './cli-start.ts';
import { explorerBenchmark } from './explorer-browser.ts';
import { hall10Benchmark, hallBenchmark } from './hall-load.ts';
import { loopbackLoadBenchmark } from './loopback-load.ts';
import { multiBenchmark } from './multi-load.ts';
import { nationalBenchmark } from './national-run.ts';
import { regionBenchmark } from './region-run.ts';
import { roundResolveBenchmark } from './round-resolve.ts';

export const benchmarks: readonly Benchmark[] = [
  regionBenchmark,
  cliStartBenchmark,
  roundResolveBenchmark,
  loopbackLoadBenchmark,
  hallBenchmark,
  hall10Benchmark,
  multiBenchmark,
  explorerBenchmark,
  batchBenchmark,
  nationalBenchmark,
];

/**
 * Upper bounds: every target figure passes when it is at most its target. The engine's yardstick is the floor
 * (bench/calendar-floor.ts); `limit_ratio` (against a binary heap) is still reported, for history, without a
 * target.
 */
export const targets = {
  region10y_ms: 150,
  region_floor_ratio: 5,
  national10y_ms: 6_000,
  national10y_peak_rss_mb: 800,
  national_floor_ratio: 8,
  ns_per_event_ratio: 1.3,
  npx_presets_ms: 300,
  cli_region10y_ms: 400,
  round_resolve_ms: 200,
  broadcast_p99_ms: 200,
  hall_submit_p99_ms: 500,
  hall_broadcast_p99_ms: 250,
  hall_server_rss_mb: 600,
  hall_errors: 0,
  hall10_submit_p99_ms: 300,
  hall10_errors: 0,
  multi_submit_p99_ms: 500,
  multi_takeover_ms: 10_000,
  explorer_first_line_ms: 100,
  explorer_preview_ms: 500,
} as const;

/** Lower bounds: these figures pass when they are at least their target. */
export const minimumTargets = {
  national_workers_speedup: 1.7,
} as const;

type TargetName = keyof typeof targets | keyof typeof minimumTargets;
const targetNames = [...Object.keys(targets), ...Object.keys(minimumTargets)] as TargetName[];

const isMinimum = (name: string): name is keyof typeof minimumTargets => name in minimumTargets;
const targetOf = (name: TargetName): number =>
  isMinimum(name) ? minimumTargets[name] : targets[name as keyof typeof targets];
const passes = (name: TargetName, v: number): boolean =>
  isMinimum(name) ? v >= targetOf(name) : v <= targetOf(name);

const benchDir = fileURLToPath(new URL('.', import.meta.url));
const root = resolve(benchDir, '..');

const gitCommit = (): { commit: string | null; dirty: boolean | null } => {
  const git = (args: string[]) => execFileSync('git', args, { cwd: root, encoding: 'utf8' }).trim();
  try {
    return { commit: git(['rev-parse', 'HEAD']), dirty: git(['status', '--porcelain']).length > 0 };
  } catch {
    return { commit: null, dirty: null };
  }
};

/** The 1-, 5- and 15-minute load averages, rounded: how busy the machine was (2 cores here, shared). */
const load = (): number[] => loadavg().map((l) => Math.round(l * 100) / 100);

const meta = (loadStart: number[], commit: ReturnType<typeof gitCommit>) => {
  const cpu = cpus();
  return {
    node: process.version,
    cpu: cpu[0]?.model ?? 'unknown',
    cores: cpu.length,
    date: new Date().toISOString(),
    ...commit,
    load_start: loadStart,
    load_end: load(),
  };
};

const formatValue = (v: number | null): string => {
  if (v === null) return 'skipped';
  if (Number.isInteger(v)) return v.toLocaleString('en-US');
  if (Math.abs(v) >= 100) return Math.round(v).toLocaleString('en-US');
  return v.toFixed(2);
};

const printTable = (figures: BenchFigures, pass: Record<TargetName, boolean | null>): void => {
  const rows = Object.entries(figures).map(([name, value]) => {
    const isTarget = name in targets || isMinimum(name);
    const ok = isTarget ? pass[name as TargetName] : undefined;
    return [
      name,
      formatValue(value),
      isTarget
        ? `${isMinimum(name) ? '>=' : '<='} ${targetOf(name as TargetName).toLocaleString('en-US')}`
        : '',
      ok === undefined ? '' : ok === null ? '-' : ok ? 'yes' : 'NO',
    ];
  });
  const header = ['figure', 'value', 'target', 'ok'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (r: string[]) =>
    r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows) console.log(line(r));
};

const main = async (): Promise<void> => {
  const args = process.argv.slice(2);
  const ctx: BenchContext = { root, seed: 1, quick: args.includes('--quick') };
  const onlyAt = args.indexOf('--only');
  const only = onlyAt >= 0 ? new Set((args[onlyAt + 1] ?? '').split(',')) : null;
  if (only) {
    const unknown = [...only].filter((n) => !benchmarks.some((b) => b.name === n));
    if (unknown.length > 0) throw new Error(`unknown benchmark ${unknown.join(', ')}`);
  }
  const json = args.includes('--json');
  // results.json is the record of a whole run; a partial one would blank the other figures.
  if (json && only) throw new Error('--json records a whole run; leave out --only');
  const loadStart = load();
  // The code that ran is the code at the start (a commit made during a long run must not be credited with it).
  const commit = gitCommit();

  const figures: BenchFigures = {};
  for (const b of benchmarks) {
    if ((ctx.quick && b.slow) || (only && !only.has(b.name))) {
      for (const f of b.figures) figures[f] = null;
      continue;
    }
    process.stderr.write(`bench: ${b.name}...\n`);
    Object.assign(figures, await b.run(ctx, figures));
  }

  const pass = Object.fromEntries(
    targetNames.map((t) => {
      const v = figures[t];
      return [t, v === null || v === undefined ? null : passes(t, v)];
    }),
  ) as Record<TargetName, boolean | null>;

  const info = meta(loadStart, commit);
  console.log(`${info.date}  node ${info.node}  ${info.cpu} x${info.cores}  ${info.commit ?? 'no git'}`);
  console.log(
    `load average (1, 5, 15 min) at start ${info.load_start.join(' ')}, at end ${info.load_end.join(' ')}; ` +
      '*_spread = slowest / fastest of repeated runs',
  );
  printTable(figures, pass);

  if (json) {
    const file = resolve(benchDir, 'results.json');
    const result = {
      meta: info,
      quick: ctx.quick,
      seed: ctx.seed,
      ...figures,
      targets,
      minimumTargets,
      pass,
    };
    writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
    console.log(`wrote ${file}`);
  }
};

await main();
