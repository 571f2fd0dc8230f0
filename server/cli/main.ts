import { readFileSync } from 'node:fs';
import { Command, CommanderError, Option } from 'commander';
import { listPresets, presetsDir } from '../../scenarios/load-preset.ts';
import type { RawServeOptions } from '../config/server-config.ts';
import { defaultDataDir, defaultHost, defaultPort, defaultRetentionDays } from '../config/server-defaults.ts';
import type { RawBatchOptions } from './batch/batch-options.ts';
import { defaultSeed, defaultYears, exitFailure, exitUsage, maxWorkers, maxYears } from './cli-defaults.ts';
import type { RawSimulateOptions } from './cli-options.ts';

const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
  version: string;
};
const debug = process.env.DEBUG === '1';

// `monopolycentrisme simulate ... | head` closes stdout early; that is not an error worth a stack trace.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});

const program = new Command()
  .name('monopolycentrisme')
  .description(
    'Simulation of Dutch youth care: run scenarios from the command line, or serve the classroom game.',
  )
  .version(version)
  .showHelpAfterError()
  // Commander exits with 1 on usage errors; we want 2 for those, like the option validation.
  .exitOverride();

program
  .command('simulate')
  .description('run a scenario and write the report as JSON or CSV')
  // Defaults and checks live in cli-options.ts (zod), so every problem is reported together.
  .option('-s, --scenario <id-or-file>', 'preset id (see `presets`) or path to a scenario JSON file')
  .option('-y, --years <n>', `years to simulate, 1-${maxYears} (default: ${defaultYears})`)
  .option('--seed <n>', `random seed, integer 0 to 2^32-1 (default: ${defaultSeed})`)
  .addOption(new Option('-f, --format <format>', 'output format: json or csv (default: json)'))
  .option('-o, --out <file>', 'write to this file (atomically) instead of stdout')
  .option(
    '-w, --workers <n>',
    `worker threads for a scenario of several areas (one shard per area), 1-${maxWorkers} (default: the number of cores, at most 8); the report is the same for any number`,
  )
  .action(async (options: RawSimulateOptions) => {
    // Loaded on demand: its option checks need zod, which `presets` and `--help` do without.
    const { runSimulateCommand } = await import('./simulate-command.ts');
    process.exitCode = await runSimulateCommand(options, {
      stdout: process.stdout,
      stderr: process.stderr,
      isTTY: process.stderr.isTTY === true,
    });
  });

program
  .command('batch')
  .description('run a full factorial of lever values over many seeds on worker threads; write CSV or JSON')
  // Checks live in batch/batch-options.ts and batch/vary-levers.ts (zod and the scenario schema).
  .option('-s, --scenario <id-or-file>', 'preset id (see `presets`) or path to a scenario JSON file')
  .option(
    '--vary <lever=v1,v2>',
    'a lever of the scenario schema and its values (repeat for more levers; regional.<lever> for the region)',
    (value: string, previous: string[]) => [...previous, value],
    [] as string[],
  )
  .option('-r, --runs <n>', 'runs (seeds) per cell, 1-10000')
  .option('-y, --years <n>', `reported years per run, 1-${maxYears}`)
  .option('--seed <n>', 'seed of the first run; run r has seed + r in every cell (default: 1)')
  .option('-w, --workers <n>', 'worker threads (default: the number of cores, at most 8)')
  .option('-o, --out <file>', 'output file, .csv or .json (written atomically)')
  .action(async (options: RawBatchOptions) => {
    const { runBatchCommand } = await import('./batch/batch-command.ts');
    // Ctrl-C stops the batch and writes what is done, marked partial; a second Ctrl-C kills at once.
    const stop = new AbortController();
    process.once('SIGINT', () => stop.abort());
    process.exitCode = await runBatchCommand(
      options,
      { stdout: process.stdout, stderr: process.stderr, isTTY: process.stderr.isTTY === true },
      { signal: stop.signal },
    );
  });

program
  .command('presets')
  .description('list the preset scenarios')
  .action(async () => {
    const presets = await listPresets();
    if (presets.length === 0) {
      process.stderr.write(`no presets found in ${presetsDir}\n`);
      return;
    }
    const width = Math.max(...presets.map((p) => p.id.length));
    process.stdout.write(presets.map((p) => `${p.id.padEnd(width)}  ${p.name}\n`).join(''));
  });

program
  .command('serve')
  .description('start the game server (HTTP and realtime) on one port; stop with Ctrl+C')
  // Defaults, environment variables and checks live in config/server-config.ts (zod).
  .option('-p, --port <n>', `port, 0 for any free port (default: $PORT or ${defaultPort})`)
  .option('--host <address>', `address to listen on (default: $HOST or ${defaultHost}, every interface)`)
  .option('--data-dir <dir>', `directory for the SQLite database (default: $DATA_DIR or ${defaultDataDir})`)
  .option(
    '--log-level <level>',
    'fatal, error, warn, info, debug, trace or silent (default: $LOG_LEVEL or info)',
  )
  .option('--public-url <url>', 'address students use in join links and the QR code (or PUBLIC_URL)')
  .option(
    '--admin-token <password>',
    'host password for creating sessions, for a public server (or ADMIN_TOKEN)',
  )
  .option(
    '--retention-days <n>',
    `days a session is kept after it ends, 1-3650 (default: $RETENTION_DAYS or ${defaultRetentionDays})`,
  )
  .option(
    '--trust-proxy',
    'take client addresses from X-Forwarded-For (behind a reverse proxy; or TRUST_PROXY=1)',
  )
  .option(
    '--database-url <url>',
    'PostgreSQL instead of the SQLite file, shared by several instances (or DATABASE_URL)',
  )
  .option('--instance-id <id>', "this instance's name in the session leases (or INSTANCE_ID)")
  .option(
    '--instance-url <url>',
    'where the other instances reach this one, e.g. http://app1:3000 (or INSTANCE_URL)',
  )
  .action(async (options: RawServeOptions) => {
    // Loaded on demand, like the engine: simulate, presets and --help need no HTTP stack or native SQLite.
    const { runServeCommand } = await import('./serve-command.ts');
    const outcome = await runServeCommand(options, {
      stderr: process.stderr,
      env: process.env,
      cwd: process.cwd(),
    });
    // Resolves only after a signal has shut the server down.
    process.exitCode = 'code' in outcome ? outcome.code : await outcome.stopped;
  });

program
  .command('replay')
  .description('replay a session export (from GET /api/sessions/:id/export) and check it against its results')
  .argument('<export.json>', 'the exported session file')
  .option('-r, --round <n>', 'print the facilitator view right after round n (0 = the lobby) as JSON')
  .option('-o, --out <file>', 'write that JSON to this file (atomically) instead of stdout')
  .action(async (file: string, options: { round?: string; out?: string }) => {
    const { runReplayCommand } = await import('./replay-command.ts');
    process.exitCode = await runReplayCommand(file, options, {
      stdout: process.stdout,
      stderr: process.stderr,
    });
  });

try {
  await program.parseAsync(process.argv);
} catch (e) {
  if (e instanceof CommanderError) {
    // Help and version "errors" carry exit code 0; real usage errors were already printed by commander.
    process.exitCode = e.exitCode === 0 ? 0 : exitUsage;
  } else {
    process.stderr.write(`error: ${e instanceof Error ? e.message : String(e)}\n`);
    if (debug && e instanceof Error) process.stderr.write(`${e.stack}\n`);
    process.exitCode = exitFailure;
  }
}
