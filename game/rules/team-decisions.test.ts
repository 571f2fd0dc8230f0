import { describe, expect, it } from 'vitest';
import { defaultDecisions } from '../../engine/index.ts';
import { createGame } from '../state/create-game.ts';
import { tinyConfig } from '../test-support/tiny-game.ts';
import {
  budgetBounds,
  mergedDrafts,
  pickChanges,
  previewDecisions,
  validateDecisions,
} from './team-decisions.ts';

const team = () => createGame(tinyConfig()).teams[0];

describe('team decisions', () => {
  it('bound the budget to 70-130% of the scenario budget; null keeps the scenario budget', () => {
    const t = team();
    expect(budgetBounds(t)).toEqual({ min: 2_618_000 * 0.7, max: 2_618_000 * 1.3 });
    expect(validateDecisions(t, { ...t.decisions, budgetEur: 2_618_000 * 1.3 })).not.toBeNull();
    expect(validateDecisions(t, { ...t.decisions, budgetEur: 2_618_000 * 1.31 })).toBeNull();
    expect(validateDecisions(t, { ...t.decisions, budgetEur: null })).not.toBeNull();
  });

  it('refuses unknown levers and fills nothing silently', () => {
    expect(validateDecisions(team(), { ...defaultDecisions(), bribe: 1 })).toBeNull();
  });

  it('merge drafts in role order and preview a submission', () => {
    const t = team();
    const withDrafts = {
      ...t,
      drafts: {
        ...t.drafts,
        inkoper: { changes: { tariffLevel: 1.1 }, by: 'a', at: 0 },
        professional: { changes: { mandate: 0.9 }, by: 'b', at: 0 },
      },
    };
    expect(mergedDrafts(withDrafts)).toEqual({ tariffLevel: 1.1, mandate: 0.9 });
    expect(previewDecisions(withDrafts, { mandate: 0.2 })).toMatchObject({ tariffLevel: 1.1, mandate: 0.2 });
    expect(previewDecisions(withDrafts, {}, false)).toEqual(t.decisions);
  });

  it('pick the changed levers from validated decisions, in schema order', () => {
    const d = defaultDecisions();
    expect(Object.keys(pickChanges(d, { mandate: 0.3, procurement: 'dialoog' }))).toEqual([
      'procurement',
      'mandate',
    ]);
  });
});
