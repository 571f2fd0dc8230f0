import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../../engine/index.ts';
import { withSetting } from '../../../game/explorer/setting.ts';
import { tinyScenario } from '../../../game/test-support/tiny-game.ts';
import { differenceBand, outcomeBand } from './bands.ts';
import { runSeries } from './run-series.ts';

const scenario = () => {
  const r = parseScenario({ ...tinyScenario(), warmupWeeks: 26 });
  if (!r.ok) throw new Error('fixture');
  return r.scenario;
};

// The worker's own run function through the real engine: what a page shows depends on the seeds only.
describe('[needs engine] verkenner bands', () => {
  it('are the same for the same seeds, run again or in another order', () => {
    const s = withSetting(scenario(), { decisions: { access: 'direct' }, regional: {} });
    const seeds = [1, 2, 3];
    const first = seeds.map((seed) => runSeries(s, seed, 2, false));
    const again = [...seeds]
      .reverse()
      .map((seed) => runSeries(s, seed, 2, false))
      .reverse();
    for (let k = 0; k < first[0].outcomes[0].length; k++) {
      expect(outcomeBand(again, k)).toEqual(outcomeBand(first, k));
    }
    // Against the scenario itself, on the same seeds, the setting makes a difference somewhere.
    const base = seeds.map((seed) => runSeries(scenario(), seed, 2, false));
    const moved = first[0].outcomes[0].map((_, k) =>
      differenceBand(first, base, k)?.p50.some((d) => d !== 0),
    );
    expect(moved).toContain(true);
  });
});
