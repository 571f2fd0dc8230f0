import { describe, expect, it } from 'vitest';
import { advance, advanceYears, createSimulation, serializeState } from '../engine/index.ts';
import { loadPreset } from './support/presets.ts';

/**
 * The warm-up stands for the settled past (MODEL.md, warm-up). A game shows the state between the warm-up
 * and its first round, so the providers' books must already be fresh there, not only one step later.
 */
describe('the end of the warm-up', () => {
  for (const id of ['west-brabant-west', 'npm-typisch']) {
    it(`${id}: providers start the first reported year with sound books, visible before it runs`, () => {
      const st = createSimulation(loadPreset(id), 1);
      advance(st, st.warmupWeeks);
      const open = st.providers.filter((p) => !p.bankrupt);
      expect(open.length).toBeGreaterThan(0);
      expect(open.filter((p) => p.reserves < 0)).toEqual([]);
      for (const p of open)
        expect(p.reserves).toBeGreaterThanOrEqual(
          (st.params.providerReserveWeeks * p.fteTarget * st.params.costPerFteYear) / 52 - 1e-6,
        );
    });
  }

  it('stopping at the end of the warm-up changes nothing that follows', () => {
    const straight = createSimulation(loadPreset('npm-typisch'), 2);
    advanceYears(straight, 2);
    const paused = createSimulation(loadPreset('npm-typisch'), 2);
    advance(paused, paused.warmupWeeks);
    advanceYears(paused, 2);
    expect(serializeState(paused)).toEqual(serializeState(straight));
  });
});
