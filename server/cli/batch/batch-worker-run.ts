import { parentPort, workerData } from 'node:worker_threads';
import { readOutcomes } from '../../../game/explorer/outcomes.ts';
import { createRunner } from '../../../game/explorer/run-setting.ts';
import type { BatchJob, BatchReply, BatchWorkerData } from './batch-pool.ts';

// A worker runs one job at a time: a cell's setting with one seed; the reply is the last year's outcomes. The
// runner keeps each seed's warm-up and forks it per cell (the same report as a full run, game/explorer).
const { scenario, cells, years } = workerData as BatchWorkerData;
const runSetting = createRunner();
const port = parentPort;
if (!port) throw new Error('batch-worker-run.ts runs as a worker thread');

const run = (job: BatchJob): BatchReply => {
  try {
    const report = runSetting('batch', scenario, cells[job.cell], job.seed, years);
    const last = report.region.years.at(-1);
    if (!last) throw new Error('the run reported no year');
    return { job: job.job, values: readOutcomes(last), year: last.year };
  } catch (e) {
    return { job: job.job, error: e instanceof Error ? e.message : String(e) };
  }
};

port.on('message', (job: BatchJob) => port.postMessage(run(job)));
port.postMessage({ ready: true });
