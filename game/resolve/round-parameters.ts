import { type ParameterName, type Parameters, parameterSpecs } from '../../engine/index.ts';
import { cardById } from '../cards/card-catalogue.ts';
import type { Card } from '../cards/card-types.ts';
import type { DrawnCard, ProviderStance } from '../state/game-state.ts';

/** Cards acting in `round`: drawn or injected for it or earlier, and not yet run out. */
export const activeCards = (drawn: readonly DrawnCard[], round: number): Card[] =>
  drawn
    .filter((d) => d.fromRound <= round)
    .map((d) => ({ d, card: cardById(d.cardId) as Card }))
    .filter(({ d, card }) => card.rounds === null || round < d.fromRound + card.rounds)
    .map(({ card }) => card);

/** Cards that arrive in `round`: their one-off pressure lands now. */
export const arrivingCards = (drawn: readonly DrawnCard[], round: number): Card[] =>
  drawn.filter((d) => d.fromRound === round).map((d) => cardById(d.cardId) as Card);

const clampTo = (name: ParameterName, value: number): number => {
  const spec = parameterSpecs[name];
  return Math.min(spec.max, Math.max(spec.min, value));
};

/**
 * The provider team's stance acts on two provider-behaviour parameters (assumption: linear around the
 * model's own behaviour at 0.5): protecting quality halves to one and a half times how fast losses cut
 * quality (M9, 004:247); playing the indicators scales early discharges of cases that "score" from zero to
 * double (M9, 004:299-302).
 */
const withStance = (p: Parameters, stance: ProviderStance): Parameters => ({
  ...p,
  qualityCutPerLoss: clampTo('qualityCutPerLoss', p.qualityCutPerLoss * (1.5 - stance.qualityProtection)),
  gamingDischargeRate: clampTo('gamingDischargeRate', p.gamingDischargeRate * 2 * stance.indicatorPlay),
});

/** The parameters of a round: the scenario's, then the provider stance, then the active cards in order. */
export const roundParameters = (
  base: Parameters,
  stance: ProviderStance,
  cards: readonly Card[],
): Parameters => {
  let p = withStance(base, stance);
  for (const card of cards) {
    for (const e of card.effects) {
      if (e.kind !== 'parameter') continue;
      const v = e.op === 'multiply' ? p[e.parameter] * e.value : p[e.parameter] + e.value;
      p = { ...p, [e.parameter]: clampTo(e.parameter, v) };
    }
  }
  return p;
};

/** The product of the active budget cards. */
export const budgetFactor = (cards: readonly Card[]): number =>
  cards.flatMap((c) => c.effects).reduce((f, e) => (e.kind === 'budget' ? f * e.factor : f), 1);

/** One-off pressure of arriving cards for a municipality with the given lawfulness (M15 pressureShock). */
export const pressureShock = (cards: readonly Card[], lawfulness: number): number =>
  cards
    .flatMap((c) => c.effects)
    .reduce(
      (sum, e) => (e.kind === 'pressure' ? sum + e.value * (e.scale === 'all' ? 1 : 1 - lawfulness) : sum),
      0,
    );

export const NEUTRAL_STANCE: ProviderStance = { qualityProtection: 0.5, indicatorPlay: 0.5 };
