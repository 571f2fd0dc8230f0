import { describe, expect, it } from 'vitest';
import { parseScenario, runScenario } from '../../../engine/index.ts';
import { createRunner, seriesOf } from '../../../game/explorer/run-setting.ts';
import { type ExplorerSetting, withSetting } from '../../../game/explorer/setting.ts';
import { tinyScenario } from '../../../game/test-support/tiny-game.ts';
import { smallNational } from '../../../tests/support/multi-area.ts';
import { differenceBand, outcomeBand } from './bands.ts';

const scenario = () => {
  const r = parseScenario({ ...tinyScenario(), warmupWeeks: 26 });
  if (!r.ok) throw new Error('fixture');
  return r.scenario;
};

const moved: ExplorerSetting = {
  decisions: { access: 'direct', procurement: 'open-house', providerCount: 12, mandate: 0.9 },
  regional: { jointContracting: true },
};

// The worker's own run function through the real engine.
describe('[needs engine] verkenner runs', () => {
  it('fork a kept warm-up and give exactly the report of the setting as a start-year policy change', () => {
    const s = scenario();
    const run = createRunner();
    for (const setting of [moved, { decisions: {}, regional: {} }, moved]) {
      for (const seed of [1, 2]) {
        expect(run('k', s, setting, seed, 2)).toEqual(runScenario(withSetting(s, setting), seed, 2));
      }
    }
  });

  it('run a scenario of several areas as the engine does (sharded), with and without a setting', () => {
    const s = smallNational(2);
    const run = createRunner();
    for (const setting of [{ decisions: {}, regional: {} }, moved]) {
      expect(run('national', s, setting, 4, 1)).toEqual(runScenario(withSetting(s, setting), 4, 1));
    }
  });

  it('give the same bands for the same seeds, in any order, and the setting makes a difference', () => {
    const s = scenario();
    const seeds = [1, 2, 3];
    const series = (setting: ExplorerSetting, order: number[]) => {
      const run = createRunner();
      const bySeed = new Map(order.map((seed) => [seed, seriesOf(run('k', s, setting, seed, 2), false)]));
      return seeds.map((seed) => bySeed.get(seed));
    };
    const first = series(moved, seeds);
    const again = series(moved, [3, 1, 2]);
    const outcomesCount = first[0]?.outcomes[0].length ?? 0;
    for (let k = 0; k < outcomesCount; k++) expect(outcomeBand(again, k)).toEqual(outcomeBand(first, k));
    const base = series({ decisions: {}, regional: {} }, seeds);
    const changed = Array.from({ length: outcomesCount }, (_, k) =>
      differenceBand(first, base, k)?.p50.some((d) => d !== 0),
    );
    expect(changed).toContain(true);
  });
});
