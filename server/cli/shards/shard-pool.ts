// cli-build: keep import.meta.url (the worker is found next to this module's bundle, see bin/cli-build.js)
import { Worker } from 'node:worker_threads';
import {
  largestFirst,
  mergeShards,
  type Scenario,
  type ShardedRun,
  type ShardResult,
  type ShardSpec,
  shardPlan,
  shardWeeks,
} from '../../../engine/index.ts';

/** What every shard worker gets once; shards are then built inside the worker from the scenario. */
export type ShardWorkerData = {
  scenario: Scenario;
  seed: number;
  years: number;
  progress: boolean;
  stats: boolean;
};
export type ShardJob = { shard: ShardSpec };
export type ShardReply =
  | { ready: true }
  | { week: true }
  | { result: ShardResult }
  | { shard: number; error: string };

/**
 * The worker's module: in the compiled CLI (dist/cli) the built `shard-worker.js` beside this bundle; run from
 * the TypeScript sources (tests, tools), `shard-worker.js` beside this file, which loads the sources through tsx.
 */
const workerUrl = new URL('./shard-worker.js', import.meta.url);

export type ShardPoolOptions = {
  workers: number;
  onProgress?: (doneWeeks: number, totalWeeks: number) => void;
  /** Count each shard's events and pending set (ShardResult.stats) for the benchmark. */
  stats?: boolean;
};

/**
 * Runs a scenario's area shards on a pool of worker threads, the largest area first; every shard runs its
 * whole run without talking to the others (areas meet only in the report) and the main thread merges the
 * results in municipality order. The shards depend only on the scenario, so the report is byte-identical for
 * any number of workers.
 */
export const runShardsOnWorkers = (
  scenario: Scenario,
  seed: number,
  years: number,
  { workers, onProgress, stats = false }: ShardPoolOptions,
): Promise<ShardedRun & { shards: ShardResult[] }> =>
  new Promise((resolve, reject) => {
    const queue = largestFirst(shardPlan(scenario));
    const total = queue.length * shardWeeks(scenario, years);
    const results: ShardResult[] = [];
    const pool: Worker[] = [];
    let next = 0;
    let done = 0;
    let settled = false;
    const finish = (then: () => void) => {
      if (settled) return;
      settled = true;
      void Promise.all(pool.map((w) => w.terminate())).then(then, then);
    };
    const feed = (w: Worker) => {
      if (next < queue.length) w.postMessage({ shard: queue[next++] } satisfies ShardJob);
    };
    const data: ShardWorkerData = { scenario, seed, years, progress: onProgress !== undefined, stats };
    for (let i = 0; i < Math.max(1, Math.min(workers, queue.length)); i++) {
      const w = new Worker(workerUrl, { workerData: data });
      pool.push(w);
      w.on('message', (m: ShardReply) => {
        if (settled) return;
        if ('week' in m) return onProgress?.(++done, total);
        if ('error' in m) return finish(() => reject(new Error(`area shard ${m.shard}: ${m.error}`)));
        if ('result' in m) {
          results.push(m.result);
          if (results.length === queue.length) {
            const shards = results.sort((a, b) => a.index - b.index);
            return finish(() => {
              try {
                resolve({ ...mergeShards(scenario, seed, shards), shards });
              } catch (e) {
                reject(e);
              }
            });
          }
        }
        feed(w);
      });
      w.on('error', (e) => finish(() => reject(e)));
      w.on('exit', (code) => {
        if (code !== 0) finish(() => reject(new Error(`a shard worker stopped with exit code ${code}`)));
      });
    }
  });
