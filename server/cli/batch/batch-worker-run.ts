import { parentPort, workerData } from 'node:worker_threads';
import { runScenario, type Scenario } from '../../../engine/index.ts';
import { readOutcomes } from '../../../game/explorer/outcomes.ts';
import type { BatchJob, BatchReply, BatchWorkerData } from './batch-pool.ts';

// A worker runs one job at a time: the scenario of a cell with one seed; the reply is the last year's outcomes.
const { scenarios, years } = workerData as BatchWorkerData;
const port = parentPort;
if (!port) throw new Error('batch-worker-run.ts runs as a worker thread');

const run = (job: BatchJob): BatchReply => {
  try {
    const report = runScenario(scenarios[job.cell] as Scenario, job.seed, years);
    const last = report.region.years.at(-1);
    if (!last) throw new Error('the run reported no year');
    return { job: job.job, values: readOutcomes(last), year: last.year };
  } catch (e) {
    return { job: job.job, error: e instanceof Error ? e.message : String(e) };
  }
};

port.on('message', (job: BatchJob) => port.postMessage(run(job)));
port.postMessage({ ready: true });
