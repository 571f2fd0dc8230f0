import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Benchmark } from './bench-types.ts';
import { REGION_PRESET, REGION_YEARS } from './region-run.ts';

/**
 * CPU time (user + system, ms) of the finished children of this process and theirs, from /proc/self/stat
 * (Linux, clock ticks of 10 ms); null where there is no /proc.
 */
const childrenCpuMs = (): number | null => {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    // Fields after the command name start at field 3; cutime and cstime are fields 16 and 17.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[13]) + Number(fields[14])) * 10;
  } catch {
    return null;
  }
};

type Run = { ms: number; cpuMs: number | null };

/** Wall and CPU time of one whole process, from spawn to exit; a failing command fails the benchmark. */
const timeProcess = (root: string, command: string, args: readonly string[]): Run => {
  const c0 = childrenCpuMs();
  const t0 = performance.now();
  const result = spawnSync(command, args, {
    cwd: root,
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
  });
  const ms = performance.now() - t0;
  const c1 = childrenCpuMs();
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} exited with ${result.status}: ${result.stderr}`);
  }
  return { ms, cpuMs: c0 === null || c1 === null ? null : c1 - c0 };
};

type Timed = { ms: number; cpuMs: number | null; spread: number };

/**
 * Fastest of `repeats` runs (least disturbed by the machine), the least CPU time of them (less disturbed by
 * other users than wall time), and slowest / fastest wall time (how noisy it was).
 */
const fastest = (repeats: number, run: () => Run): Timed => {
  const runs = Array.from({ length: repeats }, run);
  const ms = Math.min(...runs.map((r) => r.ms));
  const cpu = runs.map((r) => r.cpuMs);
  return {
    ms,
    cpuMs: cpu.every((c) => c !== null) ? Math.min(...(cpu as number[])) : null,
    spread: Math.max(...runs.map((r) => r.ms)) / ms,
  };
};

/**
 * Start-up as a user feels it, whole processes: `presets` (a command that loads no engine), through node and
 * through npx, and a 10-year run of west-brabant-west written to a file. The CLI runs from its compiled build
 * (dist/cli, bin/cli-build.js); the same commands through tsx (`bin/run-ts.js server/cli/main.ts`, how the CLI
 * started before the build) are reported beside them, and `node_start_ms` is node doing nothing, the floor for
 * any process on this machine at that moment.
 */
export const cliStartBenchmark: Benchmark = {
  name: 'cli-start',
  slow: false,
  figures: [
    'node_start_ms',
    'cli_presets_ms',
    'cli_presets_spread',
    'cli_presets_cpu_ms',
    'npx_presets_ms',
    'npx_presets_cpu_ms',
    'cli_region10y_ms',
    'cli_region10y_spread',
    'cli_region10y_cpu_ms',
    'cli_presets_tsx_ms',
    'cli_presets_tsx_cpu_ms',
    'cli_region10y_tsx_ms',
    'cli_region10y_tsx_cpu_ms',
  ],
  run: async (ctx) => {
    const node = process.execPath;
    const time = (args: readonly string[]) => () => timeProcess(ctx.root, node, args);
    // Builds dist/cli when stale, untimed: the figures are for a build that is up to date.
    timeProcess(ctx.root, node, ['bin/cli-build.js']);
    const dir = mkdtempSync(join(tmpdir(), 'bench-cli-'));
    try {
      const simulate = ['simulate', '--scenario', REGION_PRESET, '--years', String(REGION_YEARS)];
      const out = (name: string) => ['--out', join(dir, name)];
      const nodeStart = fastest(5, time(['-e', '']));
      const presets = fastest(5, time(['bin/monopolycentrisme.js', 'presets']));
      const npx = fastest(3, () => timeProcess(ctx.root, 'npx', ['monopolycentrisme', 'presets']));
      const region = fastest(3, time(['bin/monopolycentrisme.js', ...simulate, ...out('built.json')]));
      const presetsTsx = fastest(3, time(['bin/run-ts.js', 'server/cli/main.ts', 'presets']));
      const regionTsx = fastest(
        3,
        time(['bin/run-ts.js', 'server/cli/main.ts', ...simulate, ...out('tsx.json')]),
      );
      return {
        node_start_ms: nodeStart.ms,
        cli_presets_ms: presets.ms,
        cli_presets_spread: presets.spread,
        cli_presets_cpu_ms: presets.cpuMs,
        npx_presets_ms: npx.ms,
        npx_presets_cpu_ms: npx.cpuMs,
        cli_region10y_ms: region.ms,
        cli_region10y_spread: region.spread,
        cli_region10y_cpu_ms: region.cpuMs,
        cli_presets_tsx_ms: presetsTsx.ms,
        cli_presets_tsx_cpu_ms: presetsTsx.cpuMs,
        cli_region10y_tsx_ms: regionTsx.ms,
        cli_region10y_tsx_cpu_ms: regionTsx.cpuMs,
      };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
