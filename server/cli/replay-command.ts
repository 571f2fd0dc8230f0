import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { projectForFacilitator } from '../../game/index.ts';
import { replayUntil } from '../sessions/replay-log.ts';
import { EXPORT_FORMAT } from '../sessions/session-export.ts';
import type { LoggedAction } from '../storage/session-store.ts';
import { writeFileAtomic } from './write-output.ts';

export type ReplayOptions = { round?: string; out?: string };
export type ReplayIo = { stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream };

const exportSchema = z
  .object({
    format: z.literal(EXPORT_FORMAT),
    config: z.unknown(),
    log: z.array(z.object({ seq: z.number().int().positive(), action: z.unknown() }).strict()),
    results: z.object({ rounds: z.array(z.unknown()) }).loose(),
  })
  .loose();

const roundOption = z.coerce.number().int().min(0).max(10).optional();

/**
 * `monopolycentrisme replay <export.json>`: replays a session export from its config and log, checks that
 * every round comes out exactly as recorded, and prints a summary (or, with --round N, the facilitator's
 * view of the state right after round N as JSON). Exit 0 when the replay matches, 1 when it does not, 2 for
 * unusable input.
 */
export const runReplayCommand = async (
  file: string,
  options: ReplayOptions,
  io: ReplayIo,
): Promise<number> => {
  const round = roundOption.safeParse(options.round);
  if (!round.success) {
    io.stderr.write('error: --round must be a whole number from 0 to 10\n');
    return 2;
  }
  let parsed: z.infer<typeof exportSchema>;
  try {
    const checked = exportSchema.safeParse(JSON.parse(await readFile(file, 'utf8')));
    if (!checked.success) {
      const lines = checked.error.issues.map((i) => `  ${i.path.join('.') || '(root)'}: ${i.message}`);
      io.stderr.write(`error: ${file} is not a session export:\n${lines.join('\n')}\n`);
      return 2;
    }
    parsed = checked.data;
  } catch (e) {
    io.stderr.write(`error: cannot read ${file}: ${e instanceof Error ? e.message : String(e)}\n`);
    return 2;
  }
  const target = round.data;
  // Parsed from JSON text, so every action is a JSON value.
  const log = parsed.log as LoggedAction[];
  const { state, seq } = replayUntil(parsed.config, log, (s) =>
    target === undefined ? false : s.rounds.length >= target,
  );
  if (target !== undefined) {
    const text = `${JSON.stringify({ round: target, seq, view: projectForFacilitator(state) }, null, 2)}\n`;
    if (options.out) await writeFileAtomic(options.out, text);
    else io.stdout.write(text);
    return 0;
  }
  const recorded = JSON.stringify(parsed.results.rounds);
  const replayed = JSON.stringify(state.rounds);
  const same = recorded === replayed;
  io.stdout.write(
    `${log.length} actions replayed, ${state.rounds.length} rounds resolved\n` +
      `replay ${same ? 'matches' : 'DIFFERS FROM'} the recorded results\n`,
  );
  return same ? 0 : 1;
};
