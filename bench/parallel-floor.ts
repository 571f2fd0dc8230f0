import { Worker } from 'node:worker_threads';

/**
 * The machine's own two-thread scaling, measured in the same run as the sharded national decade, so its
 * `national_workers_speedup` can be read against what two worker threads can gain here at all. Two loops, each
 * on one thread and then split over two (same total work):
 * - compute only (integer arithmetic in registers): what two cores give work that shares nothing;
 * - random reads and writes over a table of `tableMb` per thread, the access pattern of the engine's event
 *   handlers on a shard's episode table (0.4-3.5 MB a shard): what two cores give work that shares the caches
 *   and the memory bus.
 * On a 2-core cloud machine the second figure can be far below 2 (vCPUs that share a physical core or its cache).
 */
const loopSource = `
const { parentPort, workerData } = require('node:worker_threads');
const { n, tableWords } = workerData;
const t0 = performance.now();
let s = 0;
if (tableWords === 0) {
  for (let i = 0; i < n; i++) s = (s * 31 + i) | 0;
} else {
  const table = new Int32Array(tableWords);
  let x = 1;
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    s += table[x & (tableWords - 1)]++;
  }
}
parentPort.postMessage({ ms: performance.now() - t0, s });
`;

/** Wall time of `threads` workers that share `n` iterations, from start to the last one done. */
const timeThreads = (threads: number, n: number, tableWords: number): Promise<number> =>
  new Promise((done, fail) => {
    const t0 = performance.now();
    let finished = 0;
    for (let i = 0; i < threads; i++) {
      const w = new Worker(loopSource, {
        eval: true,
        workerData: { n: Math.floor(n / threads), tableWords },
      });
      w.on('error', fail);
      w.on('message', () => {
        finished++;
        void w.terminate();
        if (finished === threads) done(performance.now() - t0);
      });
    }
  });

const speedup = async (n: number, tableWords: number, repeats: number): Promise<number> => {
  const one: number[] = [];
  const two: number[] = [];
  for (let r = 0; r < repeats; r++) {
    one.push(await timeThreads(1, n, tableWords));
    two.push(await timeThreads(2, n, tableWords));
  }
  return Math.min(...one) / Math.min(...two);
};

export type ParallelFloor = { computeSpeedup: number; memorySpeedup: number; tableMb: number };

/** Two-thread speed-ups of a compute loop and of random access over `tableMb` (a power of two) per thread. */
export const measureParallelFloor = async (tableMb = 2, repeats = 3): Promise<ParallelFloor> => {
  const tableWords = (tableMb * 1024 * 1024) / 4;
  return {
    computeSpeedup: await speedup(4e8, 0, repeats),
    memorySpeedup: await speedup(4e7, tableWords, repeats),
    tableMb,
  };
};
