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
    // Lever: parameter growthPerWeek 0.012 -> 0.024 when reporting starts. The loop is a dynamic: flipped
    // before the warm-up, its settling years would already have grown the market to the heavier needs.
    const runs = pairedRuns(npmTypisch(), {
      years: 3,
      at: 'after-warmup',
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
    // +200%), not only the severity. It grows in the queues, so in the mean and the long tail; the median family
    // (measured +2%, 6 of 12 seeds) mostly waits through the fixed steps of intake, decision and the provider's
    // own intake, which do not depend on load (M2).
    expectEffect(
      'weeks to first help (mean)',
      measureYears(runs, (y) => y.weeksToFirstHelp.mean),
      { direction: 'up', relative: [0.1, 2] },
    );
    expectEffect(
      'weeks to first help (P90)',
      measureYears(runs, (y) => y.weeksToFirstHelp.p90),
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
