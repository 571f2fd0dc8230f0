import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Benchmark } from './bench-types.ts';
import { REGION_PRESET, REGION_YEARS } from './region-run.ts';

/** Wall time of one whole process, from spawn to exit (ms); a failing command fails the benchmark. */
const timeProcess = (root: string, command: string, args: readonly string[]): number => {
  const t0 = performance.now();
  const result = spawnSync(command, args, {
    cwd: root,
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
  });
  const ms = performance.now() - t0;
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} exited with ${result.status}: ${result.stderr}`);
  }
  return ms;
};

type Timed = { ms: number; spread: number };

/** Fastest of `repeats` runs (least disturbed by the machine) and slowest / fastest (how noisy it was). */
const fastest = (repeats: number, run: () => number): Timed => {
  const times = Array.from({ length: repeats }, run);
  const ms = Math.min(...times);
  return { ms, spread: Math.max(...times) / ms };
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
    'npx_presets_ms',
    'cli_region10y_ms',
    'cli_region10y_spread',
    'cli_presets_tsx_ms',
    'cli_region10y_tsx_ms',
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
        npx_presets_ms: npx.ms,
        cli_region10y_ms: region.ms,
        cli_region10y_spread: region.spread,
        cli_presets_tsx_ms: presetsTsx.ms,
        cli_region10y_tsx_ms: regionTsx.ms,
      };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
