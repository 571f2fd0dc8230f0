import type { ParameterName } from '../../engine/index.ts';
import type { Text } from '../text.ts';

/**
 * How a card acts on the model (GAME.md section 8: through parameters, never through text alone):
 * - parameter: changes a model parameter (engine/scenario/parameter-specs), clamped to its bounds;
 * - pressure: a one-off push of political pressure, the engine's event-card channel (pressureShock, M15),
 *   for every municipality or scaled by how unlawful its books look (1 - lawfulness);
 * - budget: scales every municipality's youth budget.
 */
export type CardEffect =
  | { kind: 'parameter'; parameter: ParameterName; op: 'multiply' | 'add'; value: number }
  | { kind: 'pressure'; value: number; scale: 'all' | 'unlawfulness' }
  | { kind: 'budget'; factor: number };

/** Where a card may fall in the deck: the first round, anywhere, or in the second half of the game. */
export type CardPlacement = 'first' | 'any' | 'second-half';

export type Card = {
  id: string;
  title: Text;
  /** What happens, in the game's own words. */
  story: Text;
  /** What changes in the model, in plain words for the players. */
  effect: Text;
  /** Where the facts come from, as file:line in ../shared/sources. */
  sources: readonly string[];
  /** Rounds the parameter and budget effects last, counting the round it arrives; null = rest of the game. */
  rounds: number | null;
  placement: CardPlacement;
  effects: readonly CardEffect[];
};
