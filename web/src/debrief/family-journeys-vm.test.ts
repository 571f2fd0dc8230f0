import { describe, expect, it } from 'vitest';
import { playedGame } from '../test-support/played-game.ts';
import type { Debrief } from './debrief-vm.ts';
import { familyJourneysVm, weekInYear } from './family-journeys-vm.ts';
import { sankeyOption } from './sankey-option.ts';

const debrief = playedGame(2).facilitator.debrief as Debrief;

describe('familyJourneysVm', () => {
  it('shows the first family by default with a lane per municipality', () => {
    const vm = familyJourneysVm(debrief, null);
    expect(vm?.key).toBe(debrief.families[0].key);
    expect(vm?.choices.map((c) => c.key)).toEqual(debrief.families.map((f) => f.key));
    expect(vm?.lanes.map((l) => l.name)).toEqual(debrief.meetbaarMerkbaar.map((m) => m.name));
  });

  it('places every event on the timeline within the weeks played, in order', () => {
    const key = debrief.families[1].key;
    const vm = familyJourneysVm(debrief, key);
    expect(vm?.key).toBe(key);
    expect(vm?.years.map((y) => y.year)).toEqual([2026, 2027]);
    for (const lane of vm?.lanes ?? []) {
      const journey = debrief.families[1].journeys.find((j) => j.municipalityId === lane.id);
      expect(lane.marks).toHaveLength(journey?.events.length ?? -1);
      const xs = lane.marks.map((m) => m.x);
      expect(xs).toEqual([...xs].sort((a, b) => a - b));
      for (const m of lane.marks) {
        expect(m.x).toBeGreaterThanOrEqual(0);
        expect(m.x).toBeLessThanOrEqual(100);
      }
    }
  });

  it('gives each step of a route the weeks until the next, and none for the last', () => {
    for (const lane of familyJourneysVm(debrief, null)?.lanes ?? []) {
      if (lane.route.length === 0) continue;
      expect(lane.route.at(-1)?.weeks).toBeNull();
      for (const r of lane.route.slice(0, -1)) expect(r.weeks).toBeGreaterThanOrEqual(0);
    }
  });

  it('is null without families', () => {
    expect(familyJourneysVm({ ...debrief, families: [] }, null)).toBeNull();
  });

  it('writes weeks as a year and a week in it', () => {
    expect(weekInYear(0, 2026)).toEqual({ year: 2026, week: 1 });
    expect(weekInYear(53, 2026)).toEqual({ year: 2027, week: 2 });
  });
});

describe('sankeyOption', () => {
  it('draws every route station as a node named by its stage, flows summing to the municipalities', () => {
    const vm = familyJourneysVm(debrief, null);
    if (!vm) throw new Error('no family');
    const option = sankeyOption(vm.flows, (s) => `<${s}>`);
    const series = option.series[0];
    expect(series.data.map((d) => d.name)).toEqual(vm.flows.nodes.map((n) => n.id));
    const startNodes = vm.flows.nodes.filter((n) => n.depth === 0).map((n) => n.id);
    const fromStart = series.links
      .filter((l) => startNodes.includes(l.source))
      .reduce((s, l) => s + l.value, 0);
    const endingAtStart = vm.flows.nodes.filter((n) => n.depth === 0).reduce((s, n) => s + n.ends, 0);
    expect(fromStart + endingAtStart).toBe(vm.lanes.filter((l) => l.route.length > 0).length);
    expect(series.label.formatter({ name: vm.flows.nodes[0].id })).toBe(`<${vm.flows.nodes[0].stage}>`);
    expect(series.orient).toBe('horizontal');
    expect(sankeyOption(vm.flows, String, { vertical: true }).series[0].orient).toBe('vertical');
  });
});
