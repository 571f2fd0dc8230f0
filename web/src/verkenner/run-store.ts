import type { Scenario } from '../../../engine/index.ts';
import { type ExplorerSetting, settingKey } from '../../../game/explorer/setting.ts';
import { CancelledError, type WorkerPool } from './worker-pool.ts';
import type { RunSeries, WorkerReply } from './worker-protocol.ts';

export type RunJob = { setting: ExplorerSetting; seeds: number };

/**
 * The runs of the page, kept per scenario, setting and seed (so going back to a setting, the baseline and the
 * pinned setting cost nothing) and asked of the worker pool. `request` starts a new generation: queued runs of
 * older requests are dropped, so the newest move is always next.
 */
export const createRunStore = (
  pool: WorkerPool,
  years: number,
  now: () => number = () => performance.now(),
) => {
  const cache = new Map<string, (RunSeries | undefined)[]>();
  const pending = new Set<string>();
  const listeners = new Set<(firstLine: boolean) => void>();
  let version = 0;
  let generation = 0;
  let errors: string[] = [];
  // Timing of the newest request's first job (bench/: explorer_first_line_ms and explorer_preview_ms).
  let timing = {
    key: '',
    seeds: 0,
    started: 0,
    firstLineMs: null as number | null,
    previewMs: null as number | null,
  };
  const time = (key: string) => {
    if (key !== timing.key) return;
    const runs = cache.get(key) ?? [];
    if (timing.firstLineMs === null && runs[0]) timing.firstLineMs = now() - timing.started;
    const all = Array.from({ length: timing.seeds }, (_, i) => runs[i]).every(Boolean);
    if (timing.previewMs === null && all) timing.previewMs = now() - timing.started;
  };
  /** Tells the listeners; `firstLine` when the newest request's first seed just came in (draw it at once). */
  const changed = (firstLine = false) => {
    version++;
    for (const l of listeners) l(firstLine);
  };
  // Each scenario object gets its own number: an uploaded file may share its id with a preset.
  const scenarioKeys = new WeakMap<Scenario, string>();
  const scenarioKey = (scenario: Scenario) => {
    const known = scenarioKeys.get(scenario);
    if (known) return known;
    const made = `${scenario.id}~${++scenarioCount}`;
    scenarioKeys.set(scenario, made);
    return made;
  };
  let scenarioCount = 0;
  const keyOf = (scenario: Scenario, s: ExplorerSetting) => `${scenarioKey(scenario)}|${settingKey(s)}`;
  const slot = (key: string) => {
    const runs = cache.get(key) ?? [];
    cache.set(key, runs);
    return runs;
  };
  const ask = (scenario: Scenario, setting: ExplorerSetting, seed: number, gen: number) => {
    const key = keyOf(scenario, setting);
    const runs = slot(key);
    const id = `${key}#${seed}`;
    if (runs[seed - 1] || pending.has(id)) return;
    pending.add(id);
    const message = {
      type: 'run',
      scenarioKey: scenarioKey(scenario),
      scenario,
      setting,
      seed,
      years,
      families: seed === 1,
    };
    // The worker that warmed this scenario and seed up keeps the warm-up: the pool sends the seed there again.
    pool.run<WorkerReply>(message, gen, `${message.scenarioKey}#${seed}`).then(
      (reply) => {
        pending.delete(id);
        if (reply.type === 'run') runs[seed - 1] = reply.series;
        else if (reply.type === 'error') errors = [...errors, reply.message];
        const waiting = key === timing.key && timing.firstLineMs === null;
        time(key);
        changed(waiting && timing.firstLineMs !== null);
      },
      (e) => {
        pending.delete(id);
        if (!(e instanceof CancelledError)) errors = [...errors, String(e)];
      },
    );
  };
  return {
    subscribe: (l: (firstLine: boolean) => void) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    version: () => version,
    errors: () => errors,
    /** The runs of a setting so far, by seed (index 0 is seed 1). */
    runs: (scenario: Scenario, setting: ExplorerSetting, seeds: number): (RunSeries | undefined)[] => {
      const runs = cache.get(keyOf(scenario, setting)) ?? [];
      return Array.from({ length: seeds }, (_, i) => runs[i]);
    },
    /** Asks for the jobs' runs, seed by seed across the jobs (seed 1 of the first job first); cancels older asks. */
    request: (scenario: Scenario, jobs: readonly RunJob[]) => {
      generation++;
      pool.cancelBefore(generation);
      const first = jobs[0];
      if (first) {
        const key = keyOf(scenario, first.setting);
        if (key !== timing.key || first.seeds !== timing.seeds) {
          timing = { key, seeds: first.seeds, started: now(), firstLineMs: null, previewMs: null };
          time(key);
        }
      }
      const most = Math.max(0, ...jobs.map((j) => j.seeds));
      for (let seed = 1; seed <= most; seed++) {
        for (const j of jobs) if (seed <= j.seeds) ask(scenario, j.setting, seed, generation);
      }
    },
    /** Milliseconds from the newest first job's request to its first seed and to all its seeds (null until then). */
    timing: () => ({ key: timing.key, firstLineMs: timing.firstLineMs, previewMs: timing.previewMs }),
    /** Runs asked for and not yet in. */
    pending: () => pending.size,
  };
};

export type RunStore = ReturnType<typeof createRunStore>;
