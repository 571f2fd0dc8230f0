import { describe, it } from 'vitest';
import { expectEffect, flipDecisions, measureYears, npmTypisch, pairedRuns } from './support.ts';

/**
 * M4 product codes fragment the need (MODEL.md section 3, M4): a multi-domain need is split into one product
 * per domain, each with its own decision and intake; fit falls with the number of pieces (004:167-184,
 * 004:290-292). Engine: engine/mechanisms/care-routing.ts (productPieces), access.ts (toProvider),
 * care.ts (fitOf), admin.ts (adminShareOf).
 */
describe('M4 product codes', () => {
  it('no product codes: fewer professionals and tellings, less admin, slightly better results', () => {
    // Lever: productCodes 'veel' -> 'geen'.
    const runs = pairedRuns(npmTypisch(), { years: 3, flip: flipDecisions({ productCodes: 'geen' }) });
    // About a third of needs touch two or more domains; one product instead of several saves roughly one
    // professional and one telling per family of the three or so: -15% to -50%.
    expectEffect(
      'professionals per family',
      measureYears(runs, (y) => y.professionalsPerFamily),
      { direction: 'down', relative: [0.15, 0.5] },
    );
    expectEffect(
      'story tellings per family',
      measureYears(runs, (y) => y.storyTellingsPerFamily),
      { direction: 'down', relative: [0.15, 0.5] },
    );
    // Many product codes are one of several admin drivers (20-40% in all, 004:297): a 3-8 point fall.
    expectEffect(
      'admin share (absolute)',
      measureYears(runs, (y) => y.adminShare),
      { direction: 'down', absolute: [0.03, 0.08] },
    );
    // Better fit of whole-need help: a small rise in the true success share (+0.5% to +10%). So small an
    // effect is within a seed's noise now and then: two in three seeds must show it.
    expectEffect(
      'true success share',
      measureYears(runs, (y) => y.dashboard.trueSuccessShare),
      { direction: 'up', relative: [0.005, 0.1], agree: 2 / 3 },
    );
  });
});
