import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../engine/index.ts';
import { settingKey, singleLever, withSetting } from './setting.ts';

const scenario = () => {
  const r = parseScenario({
    id: 's',
    name: 'S',
    region: { id: 'r', name: 'R' },
    municipalities: [{ id: 'a', name: 'A', youth: 1000, budgetEur: 1e6 }],
    providers: [{ id: 'p', name: 'P', type: 'ambulant', fte: 3 }],
  });
  if (!r.ok) throw new Error('fixture');
  return r.scenario;
};

describe('explorer setting', () => {
  it('becomes one policy change in the start year for every municipality, accepted by the schema', () => {
    const s = withSetting(scenario(), {
      decisions: { access: 'direct' },
      regional: { jointContracting: true },
    });
    expect(s.policyChanges).toEqual([
      { year: 2026, decisions: { access: 'direct' }, regional: { jointContracting: true } },
    ]);
    expect(parseScenario(s).ok).toBe(true);
  });

  it('leaves the scenario as it is when nothing changed', () => {
    const base = scenario();
    expect(withSetting(base, { decisions: {}, regional: {} })).toBe(base);
  });

  it('has a key that ignores lever order, and splits into single levers', () => {
    const a = {
      decisions: { mandate: 0.5, access: 'direct' as const },
      regional: { jointContracting: true },
    };
    const b = {
      decisions: { access: 'direct' as const, mandate: 0.5 },
      regional: { jointContracting: true },
    };
    expect(settingKey(a)).toBe(settingKey(b));
    expect(singleLever(a, 'mandate')).toEqual({ decisions: { mandate: 0.5 }, regional: {} });
    expect(singleLever(a, 'regional.jointContracting')).toEqual({
      decisions: {},
      regional: { jointContracting: true },
    });
  });
});
