import { describe, expect, it } from 'vitest';
import { parameterSpecs } from '../../engine/index.ts';
import { tinyConfig } from '../test-support/tiny-game.ts';
import { createGame } from './create-game.ts';

describe('createGame', () => {
  it('sets up teams from the scenario with their preset policies', () => {
    const s = createGame(tinyConfig());
    expect(s.teams.map((t) => [t.id, t.decisions.archetype])).toEqual([
      ['oostdal', 'npm'],
      ['westerveen', 'relationeel'],
      ['noordhoek', 'lerend'],
    ]);
    expect(s.teams[1].presetDecisions).toEqual(s.teams[1].decisions);
    expect(s.teams[0].drafts).toEqual({
      wethouder: null,
      inkoper: null,
      professional: null,
      ervaringsdeskundige: null,
    });
  });

  it('starts from a settled engine, the scenario parameters, a shuffled deck and no history', () => {
    const s = createGame(tinyConfig());
    expect(s.sim.week).toBe(104);
    expect(s.sim.history.every((h) => h.length === 0)).toBe(true);
    expect(s.baseParameters.onsetPerYouthYear).toBe(parameterSpecs.onsetPerYouthYear.value);
    expect(s.cards.deck[0]).toBe('wvbj');
    expect(s.cards.drawn).toEqual([]);
    expect(s.regional.inForce).toEqual({
      jointContracting: false,
      placementCoordination: false,
      developmentFundShare: 0,
    });
    expect(s.providerTeam.stance).toEqual({ qualityProtection: 0.5, indicatorPlay: 0.5 });
  });

  it('takes the regional decisions of a preset (west-brabant-west contracts jointly)', () => {
    const s = createGame({ scenario: 'west-brabant-west', municipalities: 3, seed: 5, rounds: 4 });
    expect(s.regional.inForce.jointContracting).toBe(true);
    expect(s.regionName).toBe('West-Brabant West');
  });

  it('throws on an invalid config', () => {
    expect(() => createGame({ ...tinyConfig(), rounds: 2 })).toThrow();
  });
});
