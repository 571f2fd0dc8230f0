import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { cliBuild, cliOutDir } from '../bin/cli-build.js';
import type * as ShardPool from '../server/cli/shards/shard-pool.ts';
import type { Benchmark } from './bench-types.ts';
import { timeHeapBaseline } from './binary-heap-baseline.ts';
import { timeCalendarFloor } from './calendar-floor.ts';
import { loadPresetScenario } from './engine-run.ts';
import { measureParallelFloor } from './parallel-floor.ts';

export const NATIONAL_PRESET = 'nederland';
export const NATIONAL_YEARS = 10;
/** The figure: the national decade on two worker threads; one worker gives the speed-up and the floor. */
export const NATIONAL_WORKERS = 2;
const RESULT_PREFIX = 'NATIONAL_RUN_RESULT ';

/**
 * One sharded national run (one area shard per area, engine/shards) on a pool of worker threads, as the CLI's
 * `simulate --workers n` runs it. Events and pending sets are summed over the shards.
 */
type ChildResult = {
  /** Wall time from starting the pool to the merged report (workers' start-up and shard building included). */
  ms: number;
  /** CPU time of the whole process: every worker thread, V8's compiler and GC threads. */
  cpuMs: number;
  events: number;
  /** The national pending set: the shards' mean pending sets summed. */
  meanPending: number;
  /** The pending set of the calendar an event is in: the shards' mean pending sets weighted by their events. */
  shardPending: number;
  shards: number;
  weeks: number;
  /** Peak resident memory of the process, so of all its worker threads together. */
  maxRssKb: number;
};

const isChildResult = (x: unknown): x is ChildResult =>
  typeof x === 'object' &&
  x !== null &&
  ['ms', 'cpuMs', 'events', 'meanPending', 'shardPending', 'shards', 'weeks', 'maxRssKb'].every(
    (k) => typeof (x as Record<string, unknown>)[k] === 'number',
  );

/**
 * Child side: the run alone in a fresh process, so its peak RSS is that of this run only. It runs the compiled
 * shard pool (dist/cli/shard-pool.js, built when stale), so the workers load compiled code as the CLI's do.
 */
const runChild = async (seed: number, workers: number): Promise<void> => {
  const scenario = await loadPresetScenario(NATIONAL_PRESET);
  await cliBuild.ensure();
  const pool = (await import(pathToFileURL(join(cliOutDir, 'shard-pool.js')).href)) as typeof ShardPool;
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const run = await pool.runShardsOnWorkers(scenario, seed, NATIONAL_YEARS, { workers, stats: true });
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(c0);
  if (run.report.region.years.length !== NATIONAL_YEARS) throw new Error('national run: missing years');
  const events = run.shards.reduce((a, s) => a + s.stats.events, 0);
  const pendingOf = (s: (typeof run.shards)[number]) => s.stats.pendingSum / Math.max(1, s.stats.weeks);
  const result: ChildResult = {
    ms,
    cpuMs: (cpu.user + cpu.system) / 1000,
    events,
    meanPending: run.shards.reduce((a, s) => a + pendingOf(s), 0),
    shardPending: run.shards.reduce((a, s) => a + pendingOf(s) * s.stats.events, 0) / Math.max(1, events),
    shards: run.shards.length,
    weeks: run.shards[0].stats.weeks,
    maxRssKb: process.resourceUsage().maxRSS,
  };
  process.stdout.write(`${RESULT_PREFIX}${JSON.stringify(result)}\n`);
};

const spawnChild = (root: string, seed: number, workers: number): Promise<ChildResult> =>
  new Promise((done, fail) => {
    const child = spawn(
      process.execPath,
      [
        'bin/run-ts.js',
        'bench/national-run.ts',
        '--child',
        '--seed',
        String(seed),
        '--workers',
        String(workers),
      ],
      { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] },
    );
    let out = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      out += chunk;
    });
    child.on('error', fail);
    child.on('close', (code) => {
      const line = out.split('\n').find((l) => l.startsWith(RESULT_PREFIX));
      if (code !== 0 || !line) {
        fail(new Error(`national run exited with code ${code} and no result:\n${out}`));
        return;
      }
      const parsed: unknown = JSON.parse(line.slice(RESULT_PREFIX.length));
      if (!isChildResult(parsed)) fail(new Error(`national run: malformed result ${line}`));
      else done(parsed);
    });
  });

/**
 * The 10-year national run, sharded by area, in two child processes: on one worker thread and on
 * NATIONAL_WORKERS. The calendar floor (and the older heap baseline) then run here with the same events and
 * weeks; the floor's pending set is that of one shard's calendar (event-weighted), the heap's the national one.
 * Per-event figures and the floor ratio compare one thread with one thread: the one-worker run.
 */
export const nationalBenchmark: Benchmark = {
  name: 'national',
  slow: true,
  figures: [
    'national10y_ms',
    'national10y_1worker_ms',
    'national_workers_speedup',
    'parallel_compute_speedup',
    'parallel_memory_speedup',
    'national_workers_speedup_of_floor',
    'national10y_peak_rss_mb',
    'national10y_1worker_peak_rss_mb',
    'national10y_cpu_ms',
    'national10y_1worker_cpu_ms',
    'national_shards',
    'national_events',
    'national_mean_pending',
    'national_shard_mean_pending',
    'national_weeks',
    'events_per_s',
    'national_ns_per_event',
    'national_floor_ms',
    'national_floor_ns_per_event',
    'national_floor_ratio',
    'national_floor_cpu_ms',
    'national_floor_cpu_ratio',
    'national_floor_spread',
    'ns_per_event_ratio',
    'national_heap_ms',
    'limit_ratio',
  ],
  run: async (ctx, earlier) => {
    const one = await spawnChild(ctx.root, ctx.seed, 1);
    const run = await spawnChild(ctx.root, ctx.seed, NATIONAL_WORKERS);
    if (run.events !== one.events)
      throw new Error(`national run: ${one.events} events on 1 worker, ${run.events} on ${NATIONAL_WORKERS}`);
    const floor = timeCalendarFloor({
      events: one.events,
      meanPending: one.shardPending,
      weeks: one.weeks,
      seed: ctx.seed,
    });
    const heapMs = timeHeapBaseline({ events: one.events, pending: one.meanPending, seed: ctx.seed });
    const parallel = await measureParallelFloor();
    const nsPerEvent = (one.ms * 1e6) / Math.max(1, one.events);
    const regionNs = earlier.region_ns_per_event;
    return {
      national10y_ms: run.ms,
      national10y_1worker_ms: one.ms,
      national_workers_speedup: one.ms / run.ms,
      // What two threads gain on this machine at all (bench/parallel-floor.ts), and the shards' share of it.
      parallel_compute_speedup: parallel.computeSpeedup,
      parallel_memory_speedup: parallel.memorySpeedup,
      national_workers_speedup_of_floor: one.ms / run.ms / parallel.memorySpeedup,
      national10y_peak_rss_mb: run.maxRssKb / 1024,
      national10y_1worker_peak_rss_mb: one.maxRssKb / 1024,
      national10y_cpu_ms: run.cpuMs,
      national10y_1worker_cpu_ms: one.cpuMs,
      national_shards: one.shards,
      national_events: one.events,
      national_mean_pending: one.meanPending,
      national_shard_mean_pending: one.shardPending,
      national_weeks: one.weeks,
      events_per_s: run.events / (run.ms / 1000),
      national_ns_per_event: nsPerEvent,
      national_floor_ms: floor.ms,
      national_floor_ns_per_event: floor.nsPerEvent,
      national_floor_ratio: one.ms / floor.ms,
      national_floor_cpu_ms: floor.cpuMs,
      national_floor_cpu_ratio: one.cpuMs / floor.cpuMs,
      national_floor_spread: floor.spread,
      // How much dearer an event is at national scale than in a region (memory-bound growth); needs the region run.
      ns_per_event_ratio: typeof regionNs === 'number' ? nsPerEvent / regionNs : null,
      national_heap_ms: heapMs,
      limit_ratio: one.ms / heapMs,
    };
  },
};

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  if (!args.includes('--child')) {
    process.stderr.write('bench/national-run.ts is started by bench/run-bench.ts (npm run bench)\n');
    process.exit(2);
  }
  const seedAt = args.indexOf('--seed');
  const workersAt = args.indexOf('--workers');
  await runChild(
    seedAt >= 0 ? Number(args[seedAt + 1]) : 1,
    workersAt >= 0 ? Number(args[workersAt + 1]) : NATIONAL_WORKERS,
  );
}
