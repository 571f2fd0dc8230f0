import { describe, expect, it } from 'vitest';
import type { RegionalDecisions, YearReport } from '../../engine/index.ts';
import type { GameState } from '../state/game-state.ts';
import { playTo, withSeats } from '../test-support/tiny-game.ts';
import { botVote } from './bot-votes.ts';

const none: RegionalDecisions = {
  jointContracting: false,
  placementCoordination: false,
  developmentFundShare: 0,
};

const game = (region: Partial<YearReport> = {}, oostdal: Partial<YearReport> = {}): GameState => {
  const s = playTo(withSeats({}), 2, 'overleg');
  const r = s.sim.regionHistory.length - 1;
  s.sim.regionHistory[r] = {
    ...s.sim.regionHistory[r],
    bankruptcies: 0,
    placementMismatchShare: 0,
    ...region,
  };
  // Every team within budget last year (the tests name overspend explicitly), then Oostdal's own figures.
  for (const [i, years] of s.sim.history.entries()) {
    const o = years.length - 1;
    years[o] = { ...years[o], spendEur: 1, budgetEur: 2, ...(i === 0 ? oostdal : {}) };
  }
  return s;
};

// Oostdal is NPM with price tenders, Westerveen relational, Noordhoek learning.
describe('bot votes at the regional table', () => {
  it('joint contracting: relational and learning teams agree; an NPM team only under strain', () => {
    const calm = game();
    const jc = { ...none, jointContracting: true };
    expect(calm.teams.map((t) => botVote(calm, t, jc))).toEqual([false, true, true]);
    const strained = game({ bankruptcies: 1 });
    expect(botVote(strained, strained.teams[0], jc)).toBe(true);
    const mismatch = game({ placementMismatchShare: 0.3 });
    expect(botVote(mismatch, mismatch.teams[0], jc)).toBe(true);
  });

  it('placement coordination on: always yes', () => {
    const s = game();
    expect(s.teams.map((t) => botVote(s, t, { ...none, placementCoordination: true }))).toEqual([
      true,
      true,
      true,
    ]);
  });

  it('development fund: up to 1% if within budget, more only for a learning team', () => {
    const s = game();
    expect(s.teams.map((t) => botVote(s, t, { ...none, developmentFundShare: 0.01 }))).toEqual([
      true,
      true,
      true,
    ]);
    expect(s.teams.map((t) => botVote(s, t, { ...none, developmentFundShare: 0.02 }))).toEqual([
      false,
      false,
      true,
    ]);
    const over = game({}, { spendEur: 3, budgetEur: 2 });
    expect(botVote(over, over.teams[0], { ...none, developmentFundShare: 0.01 })).toBe(false);
  });

  it('a package is only as agreeable as its least agreeable item', () => {
    const s = game();
    expect(
      botVote(s, s.teams[1], {
        jointContracting: true,
        placementCoordination: true,
        developmentFundShare: 0.03,
      }),
    ).toBe(false);
  });

  it('taking things away: only an NPM team that tenders drops joint contracting; cuts to the fund need an NPM team or overspend', () => {
    const s = game();
    s.regional = {
      ...s.regional,
      inForce: { jointContracting: true, placementCoordination: true, developmentFundShare: 0.02 },
    };
    expect(s.teams.map((t) => botVote(s, t, { ...s.regional.inForce, jointContracting: false }))).toEqual([
      true,
      false,
      false,
    ]);
    expect(
      s.teams.map((t) => botVote(s, t, { ...s.regional.inForce, placementCoordination: false })),
    ).toEqual([false, false, false]);
    expect(s.teams.map((t) => botVote(s, t, { ...s.regional.inForce, developmentFundShare: 0 }))).toEqual([
      true,
      false,
      false,
    ]);
  });
});
