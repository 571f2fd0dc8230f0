import { Worker } from 'node:worker_threads';
import type { Scenario } from '../../../engine/index.ts';
import type { ExplorerSetting } from '../../../game/explorer/setting.ts';

/** What every worker gets once: the scenario, the cells' settings and the reported years. */
export type BatchWorkerData = { scenario: Scenario; cells: ExplorerSetting[]; years: number };
export type BatchJob = { job: number; cell: number; seed: number };
export type BatchReply = { job: number; values: number[]; year: number } | { job: number; error: string };

export type PoolOptions = {
  workers: number;
  data: BatchWorkerData;
  jobs: readonly BatchJob[];
  onResult: (reply: { job: number; values: number[]; year: number }) => void;
  signal?: AbortSignal;
};

const workerUrl = new URL('./batch-worker.js', import.meta.url);

/**
 * Runs the jobs on worker threads, each worker taking the next job when it is done with one. Results come back
 * by job index, so their order never depends on the number of workers. Resolves when every job is done or the
 * signal aborted (workers stopped, the rest left undone); rejects on the first failed run.
 */
export const runOnWorkers = ({ workers, data, jobs, onResult, signal }: PoolOptions): Promise<void> =>
  new Promise((resolve, reject) => {
    let next = 0;
    let pending = jobs.length;
    let settled = false;
    const pool: Worker[] = [];
    const stop = (then: () => void) => {
      if (settled) return;
      settled = true;
      signal?.removeEventListener('abort', onAbort);
      void Promise.all(pool.map((w) => w.terminate())).then(then, then);
    };
    const onAbort = () => stop(resolve);
    const feed = (w: Worker) => {
      if (next < jobs.length && !signal?.aborted) w.postMessage(jobs[next++]);
    };
    if (jobs.length === 0) return resolve();
    signal?.addEventListener('abort', onAbort, { once: true });
    for (let i = 0; i < Math.min(workers, jobs.length); i++) {
      const w = new Worker(workerUrl, { workerData: data });
      pool.push(w);
      w.on('message', (m: BatchReply | { ready: true }) => {
        if ('ready' in m) return feed(w);
        if ('error' in m) return stop(() => reject(new Error(`run ${m.job}: ${m.error}`)));
        if (settled) return;
        onResult(m);
        pending--;
        if (pending === 0) return stop(resolve);
        feed(w);
      });
      w.on('error', (e) => stop(() => reject(e)));
    }
    if (signal?.aborted) onAbort();
  });
