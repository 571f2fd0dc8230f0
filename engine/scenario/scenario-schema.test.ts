import { describe, expect, it } from 'vitest';
import { parseScenario } from './scenario-schema.ts';

/** Two municipalities, start year 2030, so the year bounds are 2030-2079. */
const scenario = (policyChanges?: unknown) => ({
  id: 'beleid',
  name: 'Beleidswissel',
  startYear: 2030,
  region: { id: 'regio', name: 'Regio' },
  municipalities: [
    { id: 'noord', name: 'Noord', youth: 2000, budgetEur: 3_000_000 },
    { id: 'zuid', name: 'Zuid', youth: 3000, budgetEur: 4_000_000 },
  ],
  providers: [{ id: 'amb', name: 'Ambulant', type: 'ambulant', fte: 10 }],
  ...(policyChanges === undefined ? {} : { policyChanges }),
});

const issuesOf = (policyChanges: unknown) => {
  const r = parseScenario(scenario(policyChanges));
  return r.ok ? [] : r.issues;
};

describe('scenario schema: policyChanges', () => {
  it('defaults to no changes', () => {
    const r = parseScenario(scenario());
    expect(r.ok && r.scenario.policyChanges).toEqual([]);
  });

  it('keeps a decisions patch as given: only the named levers, no defaults filled in', () => {
    const r = parseScenario(
      scenario([
        { year: 2032, municipality: 'zuid', decisions: { access: 'direct', providerCount: 6 } },
        { year: 2030, decisions: { budgetSplit: { aanval: 0.2, middenveld: 0.2, verdediging: 0.6 } } },
        { year: 2079, regional: { jointContracting: true } },
      ]),
    );
    expect(r.ok, JSON.stringify(r)).toBe(true);
    if (!r.ok) return;
    expect(r.scenario.policyChanges).toEqual([
      { year: 2032, municipality: 'zuid', decisions: { access: 'direct', providerCount: 6 } },
      { year: 2030, decisions: { budgetSplit: { aanval: 0.2, middenveld: 0.2, verdediging: 0.6 } } },
      { year: 2079, decisions: {}, regional: { jointContracting: true } },
    ]);
    expect(Object.keys(r.scenario.policyChanges[0].decisions).sort()).toEqual(['access', 'providerCount']);
  });

  it.each([
    [
      'a year before the start year',
      { year: 2029, decisions: { access: 'direct' } },
      '$.policyChanges[0].year',
    ],
    ['a year past start + 49', { year: 2080, decisions: { access: 'direct' } }, '$.policyChanges[0].year'],
    ['a fractional year', { year: 2031.5, decisions: { access: 'direct' } }, '$.policyChanges[0].year'],
    ['a missing year', { decisions: { access: 'direct' } }, '$.policyChanges[0].year'],
    [
      'an unknown municipality',
      { year: 2031, municipality: 'west', decisions: { access: 'direct' } },
      '$.policyChanges[0].municipality',
    ],
    [
      'a lever out of bounds',
      { year: 2031, decisions: { providerCount: 0 } },
      '$.policyChanges[0].decisions.providerCount',
    ],
    [
      'an unknown lever value',
      { year: 2031, decisions: { access: 'loket' } },
      '$.policyChanges[0].decisions.access',
    ],
    ['a misspelt lever', { year: 2031, decisions: { acces: 'direct' } }, '$.policyChanges[0].decisions'],
    [
      'a budget split that does not add up to 1',
      { year: 2031, decisions: { budgetSplit: { aanval: 0.5, middenveld: 0.5, verdediging: 0.5 } } },
      '$.policyChanges[0].decisions.budgetSplit',
    ],
    [
      'regional decisions for one municipality',
      { year: 2031, municipality: 'noord', regional: { jointContracting: true } },
      '$.policyChanges[0].regional',
    ],
    [
      'an unknown regional lever',
      { year: 2031, regional: { jointContract: true } },
      '$.policyChanges[0].regional',
    ],
    ['an entry that changes nothing', { year: 2031, decisions: {} }, '$.policyChanges[0]'],
    [
      'an unknown field',
      { year: 2031, decisions: { access: 'direct' }, gemeente: 'noord' },
      '$.policyChanges[0]',
    ],
  ])('refuses %s, with its JSON path', (_what, change, path) => {
    const issues = issuesOf([change]);
    expect(issues.map((i) => i.path)).toEqual([path]);
    expect(issues[0].message).not.toBe('');
  });

  it('points at the right entry and names the allowed years', () => {
    const issues = issuesOf([
      { year: 2031, decisions: { access: 'direct' } },
      { year: 2090, municipality: 'oost', decisions: { access: 'direct' } },
    ]);
    expect(issues).toEqual([
      { path: '$.policyChanges[1].year', message: "year 2090 is outside the run's years 2030-2079" },
      { path: '$.policyChanges[1].municipality', message: 'no municipality "oost" in this scenario' },
    ]);
  });

  it('refuses policyChanges that is not a list', () => {
    expect(issuesOf({ year: 2031 }).map((i) => i.path)).toEqual(['$.policyChanges']);
  });
});
