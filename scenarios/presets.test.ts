import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseScenario, type ScenarioInput } from '../engine/scenario/scenario-schema.ts';
import {
  AMBULANT_FTE_PER_1000,
  areaProviders,
  CONTRACTED_BED_MIX,
  CRISIS_BEDS_PER_1000,
  providerSplit,
  RESIDENTIAL_BEDS_PER_1000,
  RESIDENTIAL_FTE_PER_BED,
  SPECIALIST_FTE_PER_1000,
} from './capacity.ts';
import { generatePresets, presetIds, scenariosDir } from './generate.ts';

const readPreset = (id: string): ScenarioInput =>
  JSON.parse(readFileSync(join(scenariosDir, `${id}.json`), 'utf8')) as ScenarioInput;

const youthOf = (s: ScenarioInput): number[] => s.municipalities.map((m) => m.youth);
const sum = (xs: number[]): number => xs.reduce((a, b) => a + b, 0);
const providerTotal = (s: ScenarioInput): number => sum(s.providers.map((p) => p.count ?? 1));

describe('scenario presets', () => {
  const generated = generatePresets();

  it.each(presetIds)('%s.json parses against the schema and its id matches the file name', (id) => {
    const data = readPreset(id);
    const result = parseScenario(data);
    if (!result.ok) throw new Error(JSON.stringify(result.issues, null, 2));
    expect(result.scenario.id).toBe(id);
    expect(result.scenario.description.length).toBeGreaterThan(100);
  });

  it.each(presetIds)('%s.json is what `npm run scenarios:generate` writes', (id) => {
    expect(readPreset(id)).toEqual(generated[id]);
  });

  it('nederland: 342 municipalities, about 4.33 M youths, realistic sizes, about 42 areas', () => {
    const s = readPreset('nederland');
    const youth = youthOf(s).sort((a, b) => a - b);
    expect(youth).toHaveLength(342);
    expect(Math.abs(sum(youth) - 4_330_000) / 4_330_000).toBeLessThan(0.01);
    expect(youth.at(-1)).toBeGreaterThan(150_000);
    expect(youth[0]).toBeLessThan(3_000);
    const median = (youth[170] + youth[171]) / 2;
    expect(median).toBeGreaterThan(5_000);
    expect(median).toBeLessThan(15_000);
    const areas = new Set(s.municipalities.map((m) => m.area));
    expect(areas.size).toBeGreaterThanOrEqual(38);
    expect(areas.size).toBeLessThanOrEqual(46);
    expect(new Set(s.providers.map((p) => p.area))).toEqual(areas);
    expect(s.municipalities.every((m) => m.decisions === undefined)).toBe(true);
    const budget = sum(s.municipalities.map((m) => m.budgetEur));
    expect(Math.abs(budget - 8.1e9) / 8.1e9).toBeLessThan(0.01);
  });

  it('west-brabant-west: 9 municipalities, 65,000 youths, open house with about 150 providers', () => {
    const s = readPreset('west-brabant-west');
    expect(s.municipalities).toHaveLength(9);
    expect(Math.abs(sum(youthOf(s)) - 65_000) / 65_000).toBeLessThanOrEqual(0.01);
    expect(providerTotal(s)).toBe(150);
    for (const m of s.municipalities) {
      expect(m.decisions?.access).toBe('direct');
      expect(m.decisions?.procurement).toBe('open-house');
    }
  });

  it('hollands-kroon contracts a single partner; utrecht a nine-year lump sum with at most four', () => {
    const hk = readPreset('hollands-kroon').municipalities[0].decisions;
    expect(hk?.procurement).toBe('enkele-partner');
    expect(hk?.providerCount).toBeLessThanOrEqual(2);
    const ut = readPreset('utrecht').municipalities[0].decisions;
    expect(ut).toMatchObject({ contractYears: 9, funding: 'lumpsum' });
    expect(ut?.providerCount).toBeLessThanOrEqual(4);
  });

  it('npm-typisch keeps every decision at its NPM-typical default', () => {
    expect(readPreset('npm-typisch').municipalities[0].decisions).toBeUndefined();
  });
});

describe('capacity sizing', () => {
  const providers = areaProviders({
    area: 'a',
    areaName: 'A',
    youth: 100_000,
    meanRisk: 1,
    providerCount: 40,
    bedMix: [0.6, 0.2, 0.2],
  });
  const total = (type: string, key: 'fte' | 'beds') =>
    sum(providers.filter((p) => p.type === type).map((p) => (p[key] ?? 0) * (p.count ?? 1)));

  it('sizes capacity per 1000 youths', () => {
    expect(Math.abs(total('ambulant', 'fte') - AMBULANT_FTE_PER_1000 * 100)).toBeLessThan(1);
    expect(Math.abs(total('specialist', 'fte') - SPECIALIST_FTE_PER_1000 * 100)).toBeLessThan(1);
    expect(total('residential', 'beds')).toBe(Math.round(RESIDENTIAL_BEDS_PER_1000 * 100));
    expect(total('crisis', 'beds')).toBe(Math.round(CRISIS_BEDS_PER_1000 * 100));
    expect(
      Math.abs(total('residential', 'fte') - RESIDENTIAL_BEDS_PER_1000 * 100 * RESIDENTIAL_FTE_PER_BED),
    ).toBeLessThan(1);
  });

  it('contracts the skewed historic bed mix and N providers', () => {
    const beds = (t: string) =>
      sum(
        providers
          .filter((p) => p.bedType === t && p.type === 'residential')
          .map((p) => p.beds! * (p.count ?? 1)),
      );
    const all = Math.round(RESIDENTIAL_BEDS_PER_1000 * 100);
    const got = [beds('open'), beds('behandel'), beds('gesloten')];
    expect(sum(got)).toBe(all);
    for (const [i, b] of got.entries())
      expect(Math.abs(b - all * CONTRACTED_BED_MIX[i])).toBeLessThanOrEqual(1);
    expect(sum(providers.map((p) => p.count ?? 1))).toBe(40);
  });

  it('always has one provider of each kind and bed type', () => {
    for (const n of [1, 2, 4, 6, 40, 150, 300]) {
      const split = providerSplit(n, [0.6, 0.2, 0.2]);
      const all = split.ambulant + split.specialist + split.crisis + sum(split.residential);
      expect(all).toBe(Math.max(n, 6));
      expect(Math.min(split.ambulant, split.specialist, split.crisis, ...split.residential)).toBeGreaterThan(
        0,
      );
    }
  });
});
