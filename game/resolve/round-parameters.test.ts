import { describe, expect, it } from 'vitest';
import { defaultParameters, parameterSpecs } from '../../engine/index.ts';
import { cardById } from '../cards/card-catalogue.ts';
import type { Card } from '../cards/card-types.ts';
import type { DrawnCard } from '../state/game-state.ts';
import {
  activeCards,
  arrivingCards,
  budgetFactor,
  NEUTRAL_STANCE,
  pressureShock,
  roundParameters,
} from './round-parameters.ts';

const card = (id: string): Card => cardById(id) as Card;
const drawn = (cardId: DrawnCard['cardId'], fromRound: number): DrawnCard => ({
  cardId,
  fromRound,
  via: 'deck',
  at: 0,
});

describe('cards over rounds', () => {
  const cards = [drawn('wvbj', 1), drawn('faillissement', 2), drawn('buurgemeente-aanbesteding', 3)];
  it.each([
    [1, ['wvbj']],
    [2, ['wvbj', 'faillissement']],
    [3, ['wvbj', 'faillissement', 'buurgemeente-aanbesteding']],
    [4, ['wvbj']],
  ])('round %i has %j in force', (round, ids) => {
    expect(activeCards(cards, round).map((c) => c.id)).toEqual(ids);
  });

  it('only cards arriving this round push one-off pressure', () => {
    expect(arrivingCards(cards, 2).map((c) => c.id)).toEqual(['faillissement']);
  });
});

describe('round parameters', () => {
  it('are the scenario parameters when nothing acts', () => {
    expect(roundParameters(defaultParameters(), NEUTRAL_STANCE, [])).toEqual(defaultParameters());
  });

  it('apply card effects in order', () => {
    const p = roundParameters(defaultParameters(), NEUTRAL_STANCE, [card('wvbj'), card('personeelstekort')]);
    const d = defaultParameters();
    expect(p.wrongPlaceFitPenalty).toBeCloseTo(d.wrongPlaceFitPenalty * 0.8, 12);
    expect(p.capacityFollowRate).toBeCloseTo(d.capacityFollowRate + 0.1, 12);
    expect(p.vacancyFillWeeks).toBeCloseTo(d.vacancyFillWeeks * 1.5, 12);
  });

  it('clamp to the parameter bounds, however many cards stack', () => {
    const stack = Array.from({ length: 30 }, () => card('buurgemeente-aanbesteding'));
    const p = roundParameters(defaultParameters(), NEUTRAL_STANCE, stack);
    expect(p.providerBidHours).toBe(parameterSpecs.providerBidHours.max);
    expect(p.continuityBreakPenalty).toBe(parameterSpecs.continuityBreakPenalty.max);
  });

  it('the provider stance scales quality cuts and early discharges around the model behaviour', () => {
    const d = defaultParameters();
    const careful = roundParameters(d, { qualityProtection: 1, indicatorPlay: 0 }, []);
    expect(careful.qualityCutPerLoss).toBeCloseTo(d.qualityCutPerLoss * 0.5, 12);
    expect(careful.gamingDischargeRate).toBe(0);
    const gaming = roundParameters(d, { qualityProtection: 0, indicatorPlay: 1 }, []);
    expect(gaming.qualityCutPerLoss).toBeCloseTo(d.qualityCutPerLoss * 1.5, 12);
    expect(gaming.gamingDischargeRate).toBeCloseTo(d.gamingDischargeRate * 2, 12);
  });

  it('budget cards multiply, pressure cards add per municipality', () => {
    expect(budgetFactor([card('hervormingsagenda'), card('wvbj')])).toBeCloseTo(0.97, 12);
    expect(pressureShock([card('media-incident')], 0.97)).toBeCloseTo(0.6, 12);
    const lawful = pressureShock([card('rekenkamer')], 0.97);
    const loose = pressureShock([card('rekenkamer')], 0.87);
    expect(loose).toBeGreaterThan(lawful);
    expect(loose).toBeCloseTo(0.52, 12);
  });
});
