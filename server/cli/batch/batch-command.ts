import { access, constants, stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { parseScenario, type Scenario } from '../../../engine/index.ts';
import type { ExplorerSetting } from '../../../game/explorer/setting.ts';
import { loadScenario } from '../load-scenario.ts';
import { createProgressBar, formatDuration } from '../progress-bar.ts';
import { type CliIo, exitFailure, exitOk, exitUsage } from '../simulate-command.ts';
import { writeFileAtomic } from '../write-output.ts';
import { type BatchOptions, parseBatchOptions, type RawBatchOptions } from './batch-options.ts';
import { type BatchResult, batchToCsv, batchToJson, jobIndex } from './batch-output.ts';
import { type BatchJob, runOnWorkers } from './batch-pool.ts';
import { factorialCells, parseVary } from './vary-levers.ts';

/** Exit code of a batch stopped by Ctrl-C (128 + SIGINT), after writing the partial file. */
export const exitInterrupted = 130;
export const maxJobs = 1_000_000;

export type BatchDeps = {
  cwd?: string;
  presetsDir?: string;
  /** Aborted by Ctrl-C: the batch stops, writes what it has marked partial, and exits 130. */
  signal?: AbortSignal;
  now?: () => number;
};

const outProblem = async (file: string): Promise<string | undefined> => {
  const dir = await stat(dirname(file)).catch(() => undefined);
  if (!dir?.isDirectory()) return `--out: directory does not exist: ${dirname(file)}`;
  if ((await stat(file).catch(() => undefined))?.isDirectory()) return `--out: is a directory: ${file}`;
  const writable = await access(dirname(file), constants.W_OK).then(
    () => true,
    () => false,
  );
  return writable ? undefined : `--out: directory is not writable: ${dirname(file)}`;
};

type Plan = {
  options: BatchOptions;
  result: BatchResult;
  scenario: Scenario;
  cells: ExplorerSetting[];
  file: string;
};

/** Every check before any work: options, levers and values, output file and scenario, all reported together. */
const plan = async (raw: RawBatchOptions, deps: BatchDeps): Promise<Plan | string[]> => {
  const cwd = deps.cwd ?? process.cwd();
  const parsed = parseBatchOptions(raw);
  const problems = parsed.ok ? [] : [...parsed.problems];
  const vary = parseVary(raw.vary ?? []);
  if (!vary.ok) problems.push(...vary.problems);
  if (typeof raw.out === 'string' && raw.out.trim() !== '') {
    const p = await outProblem(resolve(cwd, raw.out.trim()));
    if (p) problems.push(p);
  }
  let scenario: Scenario | undefined;
  if (typeof raw.scenario === 'string' && raw.scenario.trim() !== '') {
    const loaded = await loadScenario(raw.scenario.trim(), {
      parseScenario,
      presetsDir: deps.presetsDir,
      cwd,
    });
    if (loaded.ok) scenario = loaded.scenario;
    else problems.push(...loaded.problems);
  }
  if (!parsed.ok || !vary.ok || !scenario || problems.length > 0) return problems;
  const { options } = parsed;
  const cells = factorialCells(vary.factors);
  if (cells.length * options.runs > maxJobs)
    return [`${cells.length} cells x ${options.runs} runs is over the limit of ${maxJobs} runs`];
  const base = scenario;
  const result: BatchResult = {
    scenario: base.id,
    year: base.startYear + options.years - 1,
    years: options.years,
    runs: options.runs,
    seed: options.seed,
    factors: vary.factors,
    cells,
    values: new Array(cells.length * options.runs).fill(undefined),
    partial: false,
  };
  return {
    options,
    result,
    scenario: base,
    cells,
    file: resolve(cwd, options.out),
  };
};

const reportProblems = (io: CliIo, problems: string[]) => {
  const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
  io.stderr.write(`error: ${count}:\n${problems.map((p) => `  - ${p}\n`).join('')}`);
  io.stderr.write("run 'monopolycentrisme batch --help' for usage\n");
  return exitUsage;
};

/** Progress on stderr: a redrawn bar on a terminal, otherwise a line at most every five seconds. */
const progress = (io: CliIo, total: number, now: () => number) => {
  if (io.isTTY) return createProgressBar(io.stderr, total, { now, unit: 'runs', delayMs: 0 });
  const started = now();
  let last = started;
  return {
    update: (done: number) => {
      const t = now();
      if (t - last < 5000 && done < total) return;
      last = t;
      const eta = formatDuration(((t - started) / done) * (total - done));
      io.stderr.write(`batch: ${done}/${total} runs, ETA ${eta}\n`);
    },
    finish: () => undefined,
  };
};

/** `batch`: the full factorial of the `--vary` levers, `--runs` seeds per cell, on worker threads. */
export const runBatchCommand = async (raw: RawBatchOptions, io: CliIo, deps: BatchDeps = {}) => {
  const planned = await plan(raw, deps);
  if (Array.isArray(planned)) return reportProblems(io, planned);
  const { options, result, scenario, cells, file } = planned;
  const now = deps.now ?? Date.now;
  const total = result.values.length;
  // Handed out seed by seed, so a worker's kept warm-up of a seed serves the next cells; the output order is
  // by job index whatever the order of work.
  const jobs: BatchJob[] = Array.from({ length: options.runs }, (_, run) =>
    cells.map((_, cell) => ({ job: jobIndex(options.runs, cell, run), cell, seed: options.seed + run })),
  ).flat();
  const workers = Math.min(options.workers, total);
  io.stderr.write(
    `batch: ${cells.length} cells x ${options.runs} runs = ${total} runs on ${workers} workers\n`,
  );
  const bar = progress(io, total, now);
  let done = 0;
  try {
    await runOnWorkers({
      workers,
      data: { scenario, cells, years: options.years },
      jobs,
      signal: deps.signal,
      onResult: (r) => {
        result.values[r.job] = r.values;
        bar.update(++done, total);
      },
    });
  } catch (e) {
    bar.finish();
    io.stderr.write(`error: batch failed: ${e instanceof Error ? e.message : String(e)}\n`);
    return exitFailure;
  }
  bar.finish();
  result.partial = done < total;
  const text = options.format === 'json' ? batchToJson(result) : batchToCsv(result);
  try {
    await writeFileAtomic(file, text);
  } catch (e) {
    io.stderr.write(`error: could not write ${file}: ${e instanceof Error ? e.message : String(e)}\n`);
    return exitFailure;
  }
  if (result.partial) {
    io.stderr.write(`batch: interrupted; wrote ${done} of ${total} runs to ${file}, marked partial\n`);
    return exitInterrupted;
  }
  io.stderr.write(`batch: wrote ${total} runs to ${file}\n`);
  return exitOk;
};
