import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Benchmark } from './bench-types.ts';
import { timeHeapBaseline } from './binary-heap-baseline.ts';
import { timeCalendarFloor } from './calendar-floor.ts';
import { type EngineRun, loadPresetScenario, timeEngineRun } from './engine-run.ts';

export const NATIONAL_PRESET = 'nederland';
export const NATIONAL_YEARS = 10;
const RESULT_PREFIX = 'NATIONAL_RUN_RESULT ';

type ChildResult = EngineRun & { maxRssKb: number };

const isChildResult = (x: unknown): x is ChildResult =>
  typeof x === 'object' &&
  x !== null &&
  ['ms', 'cpuMs', 'createMs', 'events', 'meanPending', 'maxPending', 'weeks', 'maxRssKb'].every(
    (k) => typeof (x as Record<string, unknown>)[k] === 'number',
  );

/** Child side: the run alone in a fresh process, so its peak RSS is that of this run only. */
const runChild = async (seed: number): Promise<void> => {
  const scenario = await loadPresetScenario(NATIONAL_PRESET);
  const run = timeEngineRun(scenario, seed, NATIONAL_YEARS);
  const result: ChildResult = { ...run, maxRssKb: process.resourceUsage().maxRSS };
  process.stdout.write(`${RESULT_PREFIX}${JSON.stringify(result)}\n`);
};

const spawnChild = (root: string, seed: number): Promise<ChildResult> =>
  new Promise((done, fail) => {
    const child = spawn(
      process.execPath,
      ['bin/run-ts.js', 'bench/national-run.ts', '--child', '--seed', String(seed)],
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
 * The 10-year national run in a child process; the calendar floor (and the older heap baseline) then run here
 * with the same events, pending set and weeks.
 */
export const nationalBenchmark: Benchmark = {
  name: 'national',
  slow: true,
  figures: [
    'national10y_ms',
    'national10y_peak_rss_mb',
    'national10y_cpu_ms',
    'national_create_ms',
    'national_events',
    'national_mean_pending',
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
    const run = await spawnChild(ctx.root, ctx.seed);
    const floor = timeCalendarFloor({
      events: run.events,
      meanPending: run.meanPending,
      weeks: run.weeks,
      seed: ctx.seed,
    });
    const heapMs = timeHeapBaseline({ events: run.events, pending: run.meanPending, seed: ctx.seed });
    const nsPerEvent = (run.ms * 1e6) / Math.max(1, run.events);
    const regionNs = earlier.region_ns_per_event;
    return {
      national10y_ms: run.ms,
      national10y_peak_rss_mb: run.maxRssKb / 1024,
      national10y_cpu_ms: run.cpuMs,
      national_create_ms: run.createMs,
      national_events: run.events,
      national_mean_pending: run.meanPending,
      national_weeks: run.weeks,
      events_per_s: run.events / (run.ms / 1000),
      national_ns_per_event: nsPerEvent,
      national_floor_ms: floor.ms,
      national_floor_ns_per_event: floor.nsPerEvent,
      national_floor_ratio: run.ms / floor.ms,
      national_floor_cpu_ms: floor.cpuMs,
      national_floor_cpu_ratio: run.cpuMs / floor.cpuMs,
      national_floor_spread: floor.spread,
      // How much dearer an event is at national scale than in a region (memory-bound growth); needs the region run.
      ns_per_event_ratio: typeof regionNs === 'number' ? nsPerEvent / regionNs : null,
      national_heap_ms: heapMs,
      limit_ratio: run.ms / heapMs,
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
  await runChild(seedAt >= 0 ? Number(args[seedAt + 1]) : 1);
}
