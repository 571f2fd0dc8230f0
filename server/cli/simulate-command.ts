import { stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { Scenario, SimulationReport } from '../../engine/index.ts';
import { exitFailure, exitOk, exitUsage } from './cli-defaults.ts';
import { parseSimulateOptions, type RawSimulateOptions, type SimulateOptions } from './cli-options.ts';
import { loadScenario, type ParseScenario } from './load-scenario.ts';
import { createProgressBar } from './progress-bar.ts';
import { reportToCsv } from './report-csv.ts';
import { writeFileAtomic } from './write-output.ts';

export type OutStream = { write: (text: string) => unknown; columns?: number };
export type CliIo = { stdout: OutStream; stderr: OutStream; isTTY: boolean };

export type RunScenario = (
  scenario: Scenario,
  seed: number,
  years: number,
  onProgress?: (doneWeeks: number, totalWeeks: number) => void,
) => SimulationReport;

/** A run of a scenario of several areas on worker threads (shards/shard-pool.ts). */
export type RunOnWorkers = (
  scenario: Scenario,
  seed: number,
  years: number,
  options: { workers: number; onProgress?: (doneWeeks: number, totalWeeks: number) => void },
) => Promise<{ report: SimulationReport }>;

/** Everything with side effects beyond io; tests inject a fake runner so they do not need the engine. */
export type SimulateDeps = {
  parseScenario?: ParseScenario;
  runScenario?: RunScenario;
  runOnWorkers?: RunOnWorkers;
  presetsDir?: string;
  cwd?: string;
  writeFile?: (file: string, content: string) => Promise<void>;
  now?: () => number;
  debug?: boolean;
};

export { exitFailure, exitOk, exitUsage };

const reportError = (io: CliIo, what: string, e: unknown, debug: boolean) => {
  const message = e instanceof Error ? e.message : String(e);
  io.stderr.write(`error: ${what}: ${message}\n`);
  if (debug && e instanceof Error && e.stack) io.stderr.write(`${e.stack}\n`);
  else io.stderr.write('(set DEBUG=1 for the stack trace)\n');
};

const reportProblems = (io: CliIo, problems: string[]) => {
  const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
  io.stderr.write(`error: ${count}:\n${problems.map((p) => `  - ${p}\n`).join('')}`);
  io.stderr.write("run 'monopolycentrisme simulate --help' for usage\n");
  return exitUsage;
};

type Engine = {
  parseScenario: ParseScenario;
  runScenario: RunScenario;
  isMultiArea: (scenario: Scenario) => boolean;
};

// Imported on demand: `presets`, --help and tests with injected fakes must not need the (heavy) engine.
const loadEngine = async (deps: SimulateDeps): Promise<Engine> => {
  if (deps.parseScenario && deps.runScenario) {
    const multi = (s: Scenario) => new Set(s.municipalities.map((m) => m.area)).size > 1;
    return { parseScenario: deps.parseScenario, runScenario: deps.runScenario, isMultiArea: multi };
  }
  const engine = await import('../../engine/index.ts');
  return {
    parseScenario: deps.parseScenario ?? engine.parseScenario,
    runScenario: deps.runScenario ?? engine.runScenario,
    isMultiArea: engine.isMultiArea,
  };
};

// Checked before the run, so a long simulation is not wasted on an unwritable --out.
const checkOutDir = async (out: string, cwd: string): Promise<string | undefined> => {
  const file = resolve(cwd, out);
  const dir = await stat(dirname(file)).catch(() => undefined);
  if (!dir?.isDirectory()) return `--out: directory does not exist: ${dirname(file)}`;
  const existing = await stat(file).catch(() => undefined);
  if (existing?.isDirectory()) return `--out: is a directory: ${file}`;
  return undefined;
};

/** `simulate`: validate everything, run, write JSON or CSV. Returns the process exit code. */
export const runSimulateCommand = async (
  raw: RawSimulateOptions,
  io: CliIo,
  deps: SimulateDeps = {},
): Promise<number> => {
  const debug = deps.debug ?? process.env.DEBUG === '1';
  const cwd = deps.cwd ?? process.cwd();

  // Collect every problem (options, output path, scenario) before reporting, so one run shows them all.
  const parsed = parseSimulateOptions(raw);
  const problems = parsed.ok ? [] : [...parsed.problems];
  if (typeof raw.out === 'string' && raw.out.trim() !== '') {
    const outProblem = await checkOutDir(raw.out.trim(), cwd);
    if (outProblem) problems.push(outProblem);
  }

  let engine: Engine;
  try {
    engine = await loadEngine(deps);
  } catch (e) {
    // Option mistakes are still worth reporting when the engine itself is broken.
    if (problems.length > 0) return reportProblems(io, problems);
    reportError(io, 'could not load the simulation engine', e, debug);
    return exitFailure;
  }

  let scenario: Scenario | undefined;
  if (typeof raw.scenario === 'string' && raw.scenario.trim() !== '') {
    const loaded = await loadScenario(raw.scenario.trim(), {
      parseScenario: engine.parseScenario,
      presetsDir: deps.presetsDir,
      cwd,
    });
    if (loaded.ok) scenario = loaded.scenario;
    else problems.push(...loaded.problems);
  }
  if (!parsed.ok || problems.length > 0 || !scenario) return reportProblems(io, problems);
  const options: SimulateOptions = parsed.options;

  let text: string;
  try {
    const bar = io.isTTY ? createProgressBar(io.stderr, options.years, { now: deps.now }) : undefined;
    let report: SimulationReport;
    try {
      // A scenario of several areas runs as one shard per area (engine/shards); more than one worker runs the
      // shards on threads, with the same report. One worker, or one area, runs on this thread.
      if (options.workers > 1 && engine.isMultiArea(scenario)) {
        const runOnWorkers = deps.runOnWorkers ?? (await import('./shards/shard-pool.ts')).runShardsOnWorkers;
        const run = await runOnWorkers(scenario, options.seed, options.years, {
          workers: options.workers,
          onProgress: bar?.update,
        });
        report = run.report;
      } else {
        report = engine.runScenario(scenario, options.seed, options.years, bar?.update);
      }
    } finally {
      bar?.finish();
    }
    text =
      options.format === 'csv'
        ? reportToCsv(report, { regionName: scenario.region.name })
        : `${JSON.stringify(report, null, 2)}\n`;
  } catch (e) {
    reportError(io, 'simulation failed', e, debug);
    return exitFailure;
  }

  if (options.out === undefined) {
    io.stdout.write(text);
    return exitOk;
  }
  const file = resolve(cwd, options.out);
  try {
    await (deps.writeFile ?? writeFileAtomic)(file, text);
  } catch (e) {
    reportError(io, `could not write ${file}`, e, debug);
    return exitFailure;
  }
  io.stderr.write(`wrote ${options.format} report to ${file}\n`);
  return exitOk;
};
