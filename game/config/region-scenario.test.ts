import { describe, expect, it } from 'vitest';
import { parseScenario, type Scenario } from '../../engine/index.ts';
import { tinyScenario } from '../test-support/tiny-game.ts';
import { presetScenario } from './presets.ts';
import { regionScenario } from './region-scenario.ts';

const tiny = (): Scenario => {
  const r = parseScenario(tinyScenario());
  if (!r.ok) throw new Error('tiny scenario invalid');
  return r.scenario;
};

const sum = (xs: number[]): number => xs.reduce((a, b) => a + b, 0);

describe('regionScenario', () => {
  it('keeps the scenario as it is when it has no more municipalities than teams', () => {
    const s = tiny();
    expect(regionScenario(s, 4)).toBe(s);
    expect(regionScenario(s, 12)).toBe(s);
  });

  it('takes the first N municipalities and shrinks provider capacity to their share of youths times risk', () => {
    const s = tiny();
    const r = regionScenario(s, 2);
    expect(r.municipalities.map((m) => m.id)).toEqual(['oostdal', 'westerveen']);
    const weight = (ms: Scenario['municipalities']) => sum(ms.map((m) => m.youth * m.risk));
    const share = weight(r.municipalities) / weight(s.municipalities);
    const amb = r.providers.find((p) => p.id === 'amb');
    expect(amb?.fte).toBeCloseTo(4.4 * share, 10);
    expect(amb?.count).toBe(5);
    const crisis = r.providers.find((p) => p.id === 'crisis');
    expect(crisis?.beds).toBe(1);
    const open = r.providers.find((p) => p.id === 'open');
    expect(open?.beds).toBe(Math.round(12 * share));
  });

  it('drops the providers of areas without kept municipalities (nederland: 12 of 342)', () => {
    const nl = presetScenario('nederland');
    const r = regionScenario(nl, 12);
    const areas = new Set(r.municipalities.map((m) => m.area));
    expect(r.municipalities).toHaveLength(12);
    expect(r.providers.every((p) => areas.has(p.area))).toBe(true);
    expect(r.providers.length).toBeGreaterThan(0);
    expect(parseScenario(r).ok).toBe(true);
  });

  it('keeps the policy changes for all and for kept municipalities, drops those for the others', () => {
    const s = parseScenario({
      ...tinyScenario(),
      policyChanges: [
        { year: 2027, decisions: { access: 'direct' } },
        { year: 2027, municipality: 'westerveen', decisions: { mandate: 0.9 } },
        { year: 2028, municipality: 'zuidwaard', decisions: { mandate: 0.9 } },
      ],
    });
    if (!s.ok) throw new Error(JSON.stringify(s.issues));
    expect(regionScenario(s.scenario, 2).policyChanges).toEqual(s.scenario.policyChanges.slice(0, 2));
  });

  it('keeps an area whole when all its municipalities are kept (west-brabant-west, 9 of 9)', () => {
    const wbw = presetScenario('west-brabant-west');
    expect(regionScenario(wbw, 9)).toBe(wbw);
    const eight = regionScenario(wbw, 8);
    expect(eight.providers.every((p, i) => p.fte < wbw.providers[i].fte)).toBe(true);
  });
});
