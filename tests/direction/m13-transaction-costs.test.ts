import { describe, it } from 'vitest';
import { expectEffect, flipDecisions, measureYears, npmTypisch, pairedRuns } from './support.ts';

/**
 * M13 transaction costs (MODEL.md section 3, M13): tenders, contract management and annual negotiations cost
 * municipal and provider time that scales with the number of contracts and tender frequency (004:204-209,
 * 004:256-259, 003:594-600). Engine: engine/mechanisms/contracting.ts (transactionCostPerYear, chargeBids).
 */
describe('M13 transaction costs', () => {
  it('yearly instead of six-yearly tenders: much higher transaction spend', () => {
    // Lever: contractYears 6 -> 1 (baseline contracts for six years; flipped, a tender every year).
    const runs = pairedRuns(npmTypisch({ decisions: { contractYears: 6 } }), {
      years: 5,
      flip: flipDecisions({ contractYears: 1 }),
    });
    // With 40 contracts a tender round costs about 3,900 hours against 1,600 hours of yearly contract
    // management: five tenders instead of about one in five years more than doubles the spend; +50% to
    // +300% is the plausible band.
    expectEffect(
      'transaction spend per year',
      measureYears(runs, (y) => y.spendByLine.transactie),
      { direction: 'up', relative: [0.5, 3] },
    );
  });
});
