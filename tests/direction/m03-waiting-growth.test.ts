import { describe, it } from 'vitest';
import { setParameters } from '../../engine/index.ts';
import { expectEffect, measureYears, npmTypisch, pairedRuns } from './support.ts';

/**
 * M3 waiting makes problems grow (MODEL.md section 3, M3): severity rises while waiting, so more capacity is
 * needed and waits grow further; some families give up and come back heavier (004:229, 001:2443-2444).
 * Engine: engine/mechanisms/context.ts (currentSeverity), access.ts (waitInLine), dispatch.ts (onGiveUp).
 */
describe('M3 waiting makes problems grow', () => {
  it('faster growth while waiting: more escalations, thuiszitters and give-ups, and longer waits', () => {
    // Lever: parameter growthPerWeek 0.012 -> 0.024 (from the start, so both arms settle).
    const runs = pairedRuns(npmTypisch(), {
      years: 3,
      flip: (st) => {
        setParameters(st, { growthPerWeek: 0.024 });
      },
    });
    // Doubling the weekly growth roughly doubles the severity gained while a need is unsignalled or waits;
    // escalations need a crossing of 0.75 so they rise by a fifth to about threefold.
    expectEffect(
      'escalations',
      measureYears(runs, (y) => y.escalations),
      { direction: 'up', relative: [0.2, 2] },
    );
    // School needs cross the thuiszitter threshold (0.55) sooner: +10% to +150%.
    expectEffect(
      'thuiszitters',
      measureYears(runs, (y) => y.thuiszitters),
      { direction: 'up', relative: [0.1, 1.5] },
    );
    // The reinforcing loop: heavier needs take more care, so the wait to first help itself grows (+10% to
    // +200%), not only the severity.
    expectEffect(
      'weeks to first help (median)',
      measureYears(runs, (y) => y.weeksToFirstHelp.median),
      { direction: 'up', relative: [0.1, 2] },
    );
    // Longer waits and more distrust: more families give up (from about 10 a year, so the relative rise is
    // large: +30% to elevenfold).
    expectEffect(
      'gave up',
      measureYears(runs, (y) => y.gaveUp),
      { direction: 'up', relative: [0.3, 10] },
    );
  });
});
