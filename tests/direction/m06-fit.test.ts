import { describe, it } from 'vitest';
import { expectEffect, flipDecisions, measureYears, npmTypisch, pairedRuns } from './support.ts';

/**
 * M6 fit and effectiveness (MODEL.md section 3, M6): the chance help works depends on fit, continuity, craft
 * and timeliness; poor fit leads to re-referral or escalation (004:239-240, 002:38-41).
 * Engine: engine/mechanisms/care.ts (fitOf, successChance, onReview).
 */
describe('M6 fit and effectiveness', () => {
  it('one plan and one contact: better fit, more real successes, shorter trajectories', () => {
    // Lever: onePlanOneContact false -> true (takes 70% of the fragmentation penalty away). Five years: the
    // effect is small next to the yearly noise of the success share.
    const runs = pairedRuns(npmTypisch(), { years: 5, flip: flipDecisions({ onePlanOneContact: true }) });
    // Only split needs gain fit (a third of needs, 7% fit per extra piece), and success is already near
    // 78%: a small rise of 0.5-10% is plausible.
    expectEffect(
      'true success share',
      measureYears(runs, (y) => y.dashboard.trueSuccessShare),
      { direction: 'up', relative: [0.005, 0.1] },
    );
    // Fewer failed reviews and re-referrals: trajectories shorten by 1-20%.
    expectEffect(
      'mean episode weeks',
      measureYears(runs, (y) => y.meanEpisodeWeeks),
      { direction: 'down', relative: [0.01, 0.2] },
    );
  });
});
