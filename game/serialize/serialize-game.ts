import { deserializeState, serializeState } from '../../engine/index.ts';
import type { GameState } from '../state/game-state.ts';
import { storedGameSchema } from '../state/game-state-schema.ts';

/**
 * A snapshot as text: a format line, the game state as JSON and the engine state as the engine writes it,
 * one per line (JSON.stringify never writes a raw newline). The same state always gives the same text, so
 * a replayed session can be compared byte for byte with the live one.
 */
const FORMAT = 'monopolycentrisme-game/1';

export const serializeGame = (state: GameState): string => {
  const { sim, ...game } = state;
  return `${FORMAT}\n${JSON.stringify(game)}\n${serializeState(sim)}`;
};

/** Reads a snapshot back; throws on anything that is not a valid snapshot of this format. */
export const deserializeGame = (text: string): GameState => {
  const first = text.indexOf('\n');
  const second = text.indexOf('\n', first + 1);
  if (first < 0 || second < 0 || text.slice(0, first) !== FORMAT) throw new Error('not a game snapshot');
  const raw: unknown = JSON.parse(text.slice(first + 1, second));
  const checked = storedGameSchema.safeParse(raw);
  if (!checked.success) throw new Error(`invalid game snapshot: ${checked.error.issues[0]?.message ?? ''}`);
  // The checked data, not zod's output: zod would reorder keys and fill defaults, breaking byte equality.
  const game = raw as Omit<GameState, 'sim'>;
  return { ...game, sim: deserializeState(text.slice(second + 1)) };
};
