import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createGameRng } from '../random/game-rng.ts';
import { cardCatalogue } from './card-catalogue.ts';
import { buildDeck, nextDeckCard } from './deck.ts';

describe('the deck', () => {
  it('is a seeded permutation of the catalogue with the Wvbj first and the Reikwijdtewet in the second half', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 32 - 1 }),
        fc.integer({ min: 4, max: 10 }),
        (seed, rounds) => {
          const [deck] = buildDeck(createGameRng(seed), rounds);
          expect([...deck].sort()).toEqual(cardCatalogue.map((c) => c.id).sort());
          expect(deck[0]).toBe('wvbj');
          const at = deck.indexOf('reikwijdtewet');
          expect(at).toBeGreaterThanOrEqual(Math.ceil(rounds / 2));
          expect(at).toBeLessThan(rounds);
          expect(buildDeck(createGameRng(seed), rounds)[0]).toEqual(deck);
        },
      ),
    );
  });

  it('different seeds give different orders', () => {
    const orders = new Set([1, 2, 3, 4, 5].map((s) => buildDeck(createGameRng(s), 6)[0].join()));
    expect(orders.size).toBeGreaterThan(1);
  });

  it('draws the next card not yet in play', () => {
    expect(
      nextDeckCard(['wvbj', 'rekenkamer', 'faillissement'], [{ cardId: 'wvbj' }, { cardId: 'rekenkamer' }]),
    ).toBe('faillissement');
    expect(nextDeckCard(['wvbj'], [{ cardId: 'wvbj' }])).toBeNull();
  });
});
