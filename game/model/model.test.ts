import { describe, expect, it } from 'vitest';
import { decisionsSchema } from '../../engine/index.ts';
import { lensOfItem } from '../state/table-items.ts';
import { isDecisionPhase, nextPhase, phases } from './phases.ts';
import { isRole, lenses, lensOfRole, roleFillOrder, roleLevers, roleOfLever, roles } from './roles.ts';

describe('roles and levers', () => {
  it('every lever of the engine belongs to exactly one role', () => {
    const all = roles.flatMap((r) => [...roleLevers[r]]);
    expect(new Set(all).size).toBe(all.length);
    expect([...all].sort()).toEqual(Object.keys(decisionsSchema.shape).sort());
    for (const lever of all) expect(roles).toContain(roleOfLever(lever));
    expect(roleOfLever('bribe')).toBeUndefined();
  });

  it('each role has its own lens, together the four lenses', () => {
    expect(roles.map((r) => lensOfRole[r]).sort()).toEqual([...lenses].sort());
    expect([...roleFillOrder].sort()).toEqual([...roles].sort());
    expect(roleFillOrder[1]).toBe('ervaringsdeskundige');
  });

  it('tells roles from the provider role', () => {
    expect(isRole('inkoper')).toBe(true);
    expect(isRole('aanbieder')).toBe(false);
  });
});

describe('phases', () => {
  it('run signalen, overleg, doorrekenen, terugblik and then stop', () => {
    expect(phases.map(nextPhase)).toEqual(['overleg', 'doorrekenen', 'terugblik', null]);
  });

  it('leave decisions open in signalen and overleg only', () => {
    expect(phases.filter(isDecisionPhase)).toEqual(['signalen', 'overleg']);
    expect(isDecisionPhase(null)).toBe(false);
  });
});

describe('table items', () => {
  it('belong to the lens they come from', () => {
    expect(lensOfItem('beleid.dashboard')).toBe('beleid');
    expect(lensOfItem('praktijk.local-team')).toBe('praktijk');
    expect(lensOfItem('family:ryan')).toBe('leefwereld');
  });
});
