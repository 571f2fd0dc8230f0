import { describe, expect, it } from 'vitest';
import { decodeState, encodeState, type VerkennerState } from './url-state.ts';

const presets = ['npm-typisch', 'veendam-jep'];

describe('url state', () => {
  it('round-trips every kind of lever, the pinned setting, seeds and the why question', () => {
    const state: VerkennerState = {
      preset: 'veendam-jep',
      setting: {
        decisions: {
          tariffLevel: 1.1,
          access: 'direct',
          sharedLedger: true,
          budgetSplit: { aanval: 0.2, middenveld: 0.3, verdediging: 0.5 },
        },
        regional: { jointContracting: true, developmentFundShare: 0.01 },
      },
      pinned: { decisions: { mandate: 0.8 }, regional: {} },
      seeds: 10,
      why: { outcome: 'weeksToFirstHelp', year: 2030 },
    };
    expect(decodeState(encodeState(state), presets, 'npm-typisch')).toEqual(state);
  });

  it('drops what does not fit: unknown preset and lever, values out of range, bad seeds', () => {
    const s = decodeState(
      '?preset=nergens&set=tariffLevel:9;access:deur;foo:1;mandate:0.5;regional.x:1&seeds=999',
      presets,
      'npm-typisch',
    );
    expect(s).toEqual({
      preset: 'npm-typisch',
      setting: { decisions: { mandate: 0.5 }, regional: {} },
      pinned: null,
      seeds: 20,
      why: null,
    });
  });
});
