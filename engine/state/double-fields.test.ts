import { describe, expect, it } from 'vitest';
import { loadPreset } from '../../tests/support/presets.ts';
import { createSimulation } from '../simulation.ts';
import { municipalityAsDoubles, providerAsDoubles } from './double-fields.ts';
import { deserializeState, serializeState } from './serialize.ts';

describe('double fields', () => {
  it('leave every value, and the order of the fields, as they were', () => {
    const st = createSimulation(loadPreset('npm-typisch', { warmupWeeks: 52 }), 3);
    st.providers[0].quality = 1;
    st.providers[0].reserves = 0;
    st.municipalities[0].signalResponse = 1;
    const before = JSON.stringify([st.providers, st.municipalities]);
    const entries = [...st.providers, ...st.municipalities].map((o) => Object.entries(o));
    for (const pr of st.providers) providerAsDoubles(pr);
    for (const m of st.municipalities) municipalityAsDoubles(m);
    expect(JSON.stringify([st.providers, st.municipalities])).toBe(before);
    const after = [...st.providers, ...st.municipalities].map((o) => Object.entries(o));
    for (const [i, list] of after.entries()) {
      for (const [j, [k, v]] of list.entries()) {
        expect(k).toBe(entries[i][j][0]);
        expect(Object.is(v, entries[i][j][1])).toBe(true);
      }
    }
  });

  it('a state read back serialises to the same text', () => {
    const st = createSimulation(loadPreset('npm-typisch', { warmupWeeks: 52 }), 4);
    const text = serializeState(st);
    expect(serializeState(deserializeState(text))).toBe(text);
  });
});
