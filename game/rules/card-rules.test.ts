import { describe, expect, it } from 'vitest';
import type { ActionInput } from '../actions/action-schema.ts';
import type { CardId } from '../cards/card-catalogue.ts';
import { createGame } from '../state/create-game.ts';
import {
  facilitator,
  must,
  playTo,
  seatActor,
  T0,
  tinyConfig,
  withSeats,
} from '../test-support/tiny-game.ts';
import { step } from './step.ts';

const inject = (cardId: string, at = T0 + 3000): ActionInput => ({
  type: 'inject-card',
  actor: facilitator,
  at,
  cardId: cardId as CardId,
});

describe('event cards in play', () => {
  it('each round opens with the next deck card', () => {
    const s = playTo(withSeats({}), 3, 'signalen');
    expect(s.cards.drawn.map((d) => [d.cardId, d.fromRound, d.via])).toEqual(
      s.cards.deck.slice(0, 3).map((id, i) => [id, i + 1, 'deck']),
    );
  });

  it('an injected card acts this round before the calculation, from the next round after it', () => {
    let s = playTo(withSeats({}), 1, 'overleg');
    s = must(s, inject('rekenkamer'));
    expect(s.cards.drawn.at(-1)).toMatchObject({ cardId: 'rekenkamer', fromRound: 1, via: 'facilitator' });
    s = playTo(s, 1, 'terugblik');
    s = must(s, inject('personeelstekort'));
    expect(s.cards.drawn.at(-1)).toMatchObject({ cardId: 'personeelstekort', fromRound: 2 });
  });

  it('in the lobby a card waits for round 1; an injected card is not drawn again from the deck', () => {
    let s = createGame(tinyConfig());
    const second = s.cards.deck[1];
    s = must(s, inject(second));
    expect(s.cards.drawn).toMatchObject([{ cardId: second, fromRound: 1 }]);
    s = playTo(s, 2, 'signalen');
    expect(s.cards.drawn.map((d) => d.cardId)).toEqual([second, 'wvbj', s.cards.deck[2]]);
  });

  it('a card in force cannot be played again; a spent one can', () => {
    let s = playTo(withSeats({}), 1, 'signalen');
    expect(step(s, inject('wvbj'))).toMatchObject({ error: { code: 'card-in-play' } });
    s = must(s, inject('buurgemeente-aanbesteding'));
    s = playTo(s, 2, 'signalen');
    expect(step(s, inject('buurgemeente-aanbesteding')).ok).toBe(true);
  });

  it('only the facilitator plays cards, and not after the rounds', () => {
    const s = playTo(withSeats({ a: {} }), 1, 'signalen');
    expect(step(s, { ...inject('rekenkamer'), actor: seatActor('a') })).toMatchObject({
      error: { code: 'not-authorised' },
    });
    const debrief = must(s, { type: 'open-debrief', actor: facilitator, at: T0 + 5000 });
    expect(step(debrief, inject('rekenkamer'))).toMatchObject({ error: { code: 'wrong-status' } });
    expect(step(debrief, inject('not-a-card'))).toMatchObject({ error: { code: 'invalid-action' } });
  });

  it('an empty deck reveals nothing and the round goes on', () => {
    let s = createGame(tinyConfig({ rounds: 10 }));
    s = { ...s, cards: { ...s.cards, deck: ['wvbj'] } };
    s = playTo(s, 2, 'overleg');
    expect(s.cards.drawn.map((d) => d.cardId)).toEqual(['wvbj']);
  });
});
