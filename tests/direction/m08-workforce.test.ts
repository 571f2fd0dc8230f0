import { describe, it } from 'vitest';
import { expectEffect, flipDecisions, measureYears, npmTypisch, pairedRuns } from './support.ts';

/**
 * M8 workforce (MODEL.md section 3, M8): admin load, lack of autonomy and constant audits raise sick leave
 * and turnover, which cut capacity (004:252-253); stability and room lower them (under 2% in Peel en Maas,
 * 004:470). Engine: engine/mechanisms/workforce.ts (updateWorkforce), admin.ts (localAutonomyOf).
 */
describe('M8 workforce', () => {
  it('a wide mandate for professionals: lower sick leave and turnover in the local team', () => {
    // Lever: mandate 0.3 -> 0.9 (room grows from about 0.31 to 0.64 under tight control).
    const runs = pairedRuns(npmTypisch(), { years: 3, flip: flipDecisions({ mandate: 0.9 }) });
    // Sick leave near 7.5% at baseline; lack of autonomy adds up to 4 points: a third more room takes off
    // about 1-1.5 points, i.e. 5-40%. It cannot drop below the 1.5% floor (Peel en Maas).
    expectEffect(
      'sick leave',
      measureYears(runs, (y) => y.sickLeave),
      { direction: 'down', relative: [0.05, 0.4] },
    );
    // Turnover near 22% a year; lack of autonomy adds up to 10 points: -5% to -40%.
    expectEffect(
      'turnover',
      measureYears(runs, (y) => y.turnover),
      { direction: 'down', relative: [0.05, 0.4] },
    );
  });
});
