import { describe, expect, it } from 'vitest';
import type { YearReport } from '../../engine/index.ts';
import type { GameState } from '../state/game-state.ts';
import { playTo, withSeats } from '../test-support/tiny-game.ts';
import { botLeverChanges } from './bot-levers.ts';

/** A game one year in, with Oostdal's last year (and the region's) overwritten for the rule under test. */
const afterYear = (year: Partial<YearReport>, region: Partial<YearReport> = {}): GameState => {
  const s = playTo(withSeats({}), 2, 'signalen');
  const last = s.sim.history[0].length - 1;
  s.sim.history[0][last] = { ...s.sim.history[0][last], ...year };
  const r = s.sim.regionHistory.length - 1;
  s.sim.regionHistory[r] = { ...s.sim.regionHistory[r], ...region };
  return s;
};

const calm: Partial<YearReport> = {
  weeksToFirstHelp: { median: 3, p90: 8, mean: 3 },
  basisStrength: 1,
  adminShare: 0.3,
  sickLeave: 0.05,
};

describe('bot lever rules', () => {
  it('change nothing before the first reported year', () => {
    const s = playTo(withSeats({}), 1, 'overleg');
    for (const role of ['wethouder', 'inkoper', 'professional', 'ervaringsdeskundige'] as const)
      expect(botLeverChanges(s, s.teams[0], role)).toEqual({});
  });

  it('change nothing in a calm year', () => {
    const s = afterYear(calm, { bankruptcies: 0 });
    for (const role of ['wethouder', 'inkoper', 'professional', 'ervaringsdeskundige'] as const)
      expect(botLeverChanges(s, s.teams[0], role)).toEqual({});
  });

  it('wethouder: long waits move 2% to middenveld, a weak basis 1% to aanval, the split still adds up', () => {
    const s = afterYear({
      ...calm,
      weeksToFirstHelp: { median: 9, p90: 20, mean: 9 },
      basisStrength: 0.7,
      spendEur: 1,
      budgetEur: 2,
    });
    const { budgetSplit } = botLeverChanges(s, s.teams[0], 'wethouder');
    expect(budgetSplit).toEqual({ aanval: 0.09, middenveld: 0.09, verdediging: 0.82 });
  });

  it('wethouder: no basis move when the budget was overspent, and verdediging never under 50%', () => {
    const over = afterYear({ ...calm, basisStrength: 0.7, spendEur: 3, budgetEur: 2 });
    expect(botLeverChanges(over, over.teams[0], 'wethouder')).toEqual({});
    const s = afterYear({ ...calm, weeksToFirstHelp: { median: 9, p90: 20, mean: 9 } });
    s.teams[0] = {
      ...s.teams[0],
      decisions: { ...s.teams[0].decisions, budgetSplit: { aanval: 0.3, middenveld: 0.2, verdediging: 0.5 } },
    };
    expect(botLeverChanges(s, s.teams[0], 'wethouder')).toEqual({});
  });

  it('inkoper: bankruptcies raise a tariff under cost price; high admin under tight control loosens to samples', () => {
    const s = afterYear({ ...calm, adminShare: 0.4 }, { bankruptcies: 2 });
    expect(botLeverChanges(s, s.teams[0], 'inkoper')).toEqual({
      tariffLevel: 0.98,
      accountability: 'steekproef',
    });
  });

  it('professional: long waits raise the mandate, sick leave adds reflection time', () => {
    const s = afterYear({ ...calm, weeksToFirstHelp: { median: 9, p90: 20, mean: 9 }, sickLeave: 0.09 });
    expect(botLeverChanges(s, s.teams[0], 'professional')).toEqual({ mandate: 0.4, reflectionHours: 0.5 });
  });
});
