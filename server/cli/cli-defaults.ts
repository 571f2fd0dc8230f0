/**
 * Defaults and exit codes the command line shows in its help before any command runs. They live here, apart
 * from the zod schemas that use them, so `presets` and `--help` start without loading zod (start-up time).
 */
import { availableParallelism } from 'node:os';

export const defaultYears = 10;
export const maxYears = 50;
export const defaultSeed = 1;

export const exitOk = 0;
export const exitFailure = 1;
export const exitUsage = 2;

/** Worker threads of `simulate` (area shards) and `batch`: the number of cores, at most 8, unless given. */
export const maxWorkers = 64;
export const defaultWorkers = (): number => Math.max(1, Math.min(availableParallelism(), 8));
