import { describe, it } from 'vitest';
import { expectEffect, flipDecisions, measureYears, npmTypisch, pairedRuns } from './support.ts';

/**
 * M2 access route (MODEL.md section 3, M2): under desk + intake + beschikking each step is a queue and a
 * handoff (+1 professional, +1 telling, +1 letter); direct access skips them (004:434, 003:293-297; Ryan's
 * route 001:362-366). Engine: engine/mechanisms/access.ts (onSignal, route, toProvider).
 */
describe('M2 access route', () => {
  it('direct access: no decision letters, faster first help, fewer tellings of the story', () => {
    // Lever: access 'loket-intake-beschikking' -> 'direct'.
    const runs = pairedRuns(npmTypisch(), { years: 3, flip: flipDecisions({ access: 'direct' }) });
    // Every letter in this setup is a beschikking; direct access issues none, so up to -100% is plausible,
    // and at least most of them must go.
    expectEffect(
      'letters per family',
      measureYears(runs, (y) => y.lettersPerFamily),
      { direction: 'down', relative: [0.6, 1] },
    );
    // The decision step takes about 3 weeks (Ryan: 3 weeks to the team, 6 more to the provider); without it
    // the median wait from signal to first help falls by a fifth to most of it.
    expectEffect(
      'weeks to first help (median)',
      measureYears(runs, (y) => y.weeksToFirstHelp.median),
      { direction: 'down', relative: [0.2, 0.9] },
    );
    // The desk is a step of its own under the NPM route (one more professional and one more telling); with
    // about 3.3 tellings per family, skipping one step saves 10-50% of them.
    expectEffect(
      'story tellings per family',
      measureYears(runs, (y) => y.storyTellingsPerFamily),
      { direction: 'down', relative: [0.1, 0.5] },
    );
    expectEffect(
      'professionals per family',
      measureYears(runs, (y) => y.professionalsPerFamily),
      { direction: 'down', relative: [0.1, 0.5] },
    );
  });
});
