import { type GameRng, randomInt, shuffle } from '../random/game-rng.ts';
import { type CardId, cardCatalogue } from './card-catalogue.ts';

/**
 * The seeded deck (GAME.md section 8): the 'first' card opens round 1 (the Wvbj took effect on 1 January
 * 2026), the 'any' cards follow in shuffled order and each 'second-half' card is put somewhere in the second
 * half of the rounds, since it changes the rules mid-match. One card is drawn per round; cards left over stay
 * in the deck.
 */
export const buildDeck = (rng: GameRng, rounds: number): [CardId[], GameRng] => {
  const first = cardCatalogue.filter((c) => c.placement === 'first').map((c) => c.id);
  const [any, afterShuffle] = shuffle(
    rng,
    cardCatalogue.filter((c) => c.placement === 'any').map((c) => c.id),
  );
  const deck: CardId[] = [...first, ...any];
  let r = afterShuffle;
  for (const card of cardCatalogue.filter((c) => c.placement === 'second-half')) {
    const from = Math.ceil(rounds / 2);
    const to = Math.min(rounds - 1, deck.length);
    const [offset, next] = randomInt(r, to - from + 1);
    r = next;
    deck.splice(from + offset, 0, card.id);
  }
  return [deck, r];
};

/** The next card of the deck that has not come into play yet (a facilitator may have injected it). */
export const nextDeckCard = (deck: readonly CardId[], drawn: readonly { cardId: CardId }[]): CardId | null =>
  deck.find((id) => !drawn.some((d) => d.cardId === id)) ?? null;
