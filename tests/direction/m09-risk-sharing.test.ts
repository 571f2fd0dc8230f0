import { describe, expect, it } from 'vitest';
import { advanceYears, createSimulation } from '../../engine/index.ts';
import { npmTypisch, SEEDS, yearsOf } from './support.ts';

/**
 * M9 risk sharing (MODEL.md section 3, M9; 003:664-666, 004:346): relational and learning partners agree in
 * advance to share a worst case. When a partner's occupied places cost more than they earn, its relational
 * municipalities pay `relationalLossCover` of that loss; an NPM contract has no such term. The money is
 * verdediging spend and shows on the beleid dashboard as `riskSharingEur`.
 * Engine: engine/mechanisms/providers.ts (shareRisk).
 */

/** Risk-sharing payments over the reported years, per seed. */
const riskSharing = (decisions: Record<string, unknown>, parameters: Record<string, number> = {}): number[] =>
  SEEDS.map((seed) => {
    const st = createSimulation(npmTypisch({ decisions, parameters }), seed);
    advanceYears(st, 3);
    return yearsOf(st).reduce((sum, y) => sum + y.dashboard.riskSharingEur, 0);
  });

describe('M9 risk sharing', () => {
  // 15% below cost price every occupied place loses money, so there is a loss to share.
  const belowCost = { tariffLevel: 0.85 };

  it('relational partners paid below cost: the municipality covers part of their losses, and shows it', () => {
    const paid = riskSharing({ ...belowCost, archetype: 'relationeel' });
    console.log(
      `risk sharing over 3 years, relational, tariff 0.85 (EUR): ${paid.map((x) => Math.round(x))}`,
    );
    for (const x of paid) expect(x).toBeGreaterThan(0);
  });

  it('an NPM contract has no risk-sharing term: nothing is paid at the same tariff', () => {
    const paid = riskSharing({ ...belowCost, archetype: 'npm' });
    expect(paid.every((x) => x === 0)).toBe(true);
  });

  it('the term is the parameter: no cover, no payment', () => {
    const paid = riskSharing({ ...belowCost, archetype: 'relationeel' }, { relationalLossCover: 0 });
    expect(paid.every((x) => x === 0)).toBe(true);
  });
});
