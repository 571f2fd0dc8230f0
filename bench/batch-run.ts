import { join } from 'node:path';
import { runBatchCommand } from '../server/cli/batch/batch-command.ts';
import { captureStream, withTempDir } from '../server/cli/test-support/fixtures.ts';
import type { Benchmark } from './bench-types.ts';

const RUNS = 3;
const CELLS = 2;

/** `batch` on west-brabant-west, 10 years, 2 cells x 3 runs on 2 worker threads (worker start-up included). */
export const batchBenchmark: Benchmark = {
  name: 'batch',
  slow: false,
  figures: ['batch_runs_per_s'],
  run: (ctx) =>
    withTempDir(async (dir) => {
      const started = performance.now();
      const stderr = captureStream();
      const code = await runBatchCommand(
        {
          scenario: 'west-brabant-west',
          vary: ['tariffLevel=0.9,1.1'],
          runs: String(RUNS),
          years: '10',
          seed: String(ctx.seed),
          workers: '2',
          out: join(dir, 'batch.csv'),
        },
        { stdout: captureStream(), stderr, isTTY: false },
        { cwd: ctx.root },
      );
      if (code !== 0) throw new Error(`batch failed: ${stderr.text()}`);
      return { batch_runs_per_s: (RUNS * CELLS) / ((performance.now() - started) / 1000) };
    }),
};
