import { createGame, type GameState, step } from '../../game/index.ts';
import type { LoggedAction } from '../storage/session-store.ts';

/**
 * Applies logged actions to a state, in order. The log holds only accepted actions, so a refusal here means
 * the log and the rules no longer agree (a changed engine or rule): that is a broken session, not a user
 * error, and it is thrown rather than skipped so nothing silently diverges.
 */
export const applyLog = (state: GameState, log: readonly LoggedAction[]): GameState => {
  let current = state;
  for (const entry of log) {
    const result = step(current, entry.action);
    if (!result.ok) throw new Error(`log entry ${entry.seq} is refused on replay: ${result.error.code}`);
    current = result.state;
  }
  return current;
};

/** The state after `log`, from the session's config: the replay that must equal the live run bit for bit. */
export const replayFromStart = (config: unknown, log: readonly LoggedAction[]): GameState =>
  applyLog(createGame(config as Parameters<typeof createGame>[0]), log);

/**
 * Replays from the config until `done` holds (or the log ends): the state at a past moment, e.g. right after
 * round N was resolved, with how many log entries it took.
 */
export const replayUntil = (
  config: unknown,
  log: readonly LoggedAction[],
  done: (state: GameState) => boolean,
): { state: GameState; seq: number } => {
  let state = createGame(config as Parameters<typeof createGame>[0]);
  let seq = 0;
  for (const entry of log) {
    if (done(state)) break;
    state = applyLog(state, [entry]);
    seq = entry.seq;
  }
  return { state, seq };
};
