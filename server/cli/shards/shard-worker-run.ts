import { parentPort, workerData } from 'node:worker_threads';
import { runShard } from '../../../engine/index.ts';
import type { ShardJob, ShardReply, ShardWorkerData } from './shard-pool.ts';

// A worker runs one area shard at a time, built here from the scenario (no state crosses threads), and replies
// with the shard's result; with progress on, it also reports every simulated week.
const { scenario, seed, years, progress, stats } = workerData as ShardWorkerData;
const port = parentPort;
if (!port) throw new Error('shard-worker-run.ts runs as a worker thread');
const reply = (m: ShardReply) => port.postMessage(m);
const week = progress ? () => reply({ week: true }) : undefined;

port.on('message', ({ shard }: ShardJob) => {
  try {
    reply({ result: runShard(scenario, shard, seed, years, { onWeek: week, stats }) });
  } catch (e) {
    reply({ shard: shard.index, error: e instanceof Error ? e.message : String(e) });
  }
});
reply({ ready: true });
