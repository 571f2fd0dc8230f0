import type { CardId } from '../cards/card-catalogue.ts';
import { nextDeckCard } from '../cards/deck.ts';
import { activeCards } from '../resolve/round-parameters.ts';
import type { GameState } from '../state/game-state.ts';
import { type Change, fail, ok, type StepResult } from './step-result.ts';

/** Signalen opens with the next card of the deck (GAME.md section 2); an empty deck reveals nothing. */
export const revealCard = (state: GameState, now: number): Change => {
  const cardId = nextDeckCard(state.cards.deck, state.cards.drawn);
  if (!cardId) return { state, effects: [] };
  const drawn = [...state.cards.drawn, { cardId, fromRound: state.round, via: 'deck' as const, at: now }];
  return {
    state: { ...state, cards: { ...state.cards, drawn } },
    effects: [{ kind: 'card-revealed', cardId, round: state.round }],
  };
};

/**
 * The facilitator plays a card (GAME.md section 8). Before the round is calculated it acts in this round;
 * in the lobby from round 1; once the round is calculated, from the next round. A card still in force cannot
 * be played again; a card injected early is no longer drawn from the deck.
 */
export const injectCard = (state: GameState, cardId: CardId, now: number): StepResult => {
  if (state.status !== 'lobby' && state.status !== 'rounds') return fail('wrong-status');
  const beforeResolution =
    state.status === 'lobby' || state.phase === 'signalen' || state.phase === 'overleg';
  const fromRound = state.status === 'lobby' ? 1 : beforeResolution ? state.round : state.round + 1;
  if (activeCards(state.cards.drawn, fromRound).some((c) => c.id === cardId)) return fail('card-in-play');
  const drawn = [...state.cards.drawn, { cardId, fromRound, via: 'facilitator' as const, at: now }];
  return ok({ ...state, cards: { ...state.cards, drawn } }, [
    { kind: 'card-revealed', cardId, round: fromRound },
  ]);
};
