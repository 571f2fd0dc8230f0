import { describe, expect, it } from 'vitest';
import { playedGame } from '../test-support/played-game.ts';
import { testT } from '../test-support/test-i18n.ts';
import type { Debrief } from './debrief-vm.ts';
import { debriefVm } from './debrief-vm.ts';
import { replayVm } from './replay-vm.ts';

const debrief = playedGame(3).facilitator.debrief as Debrief;

describe('replayVm', () => {
  it('offers every played round and shows the last one first', () => {
    const vm = replayVm(debrief, 'nl', null);
    expect(vm?.choices).toEqual([1, 2, 3]);
    expect(vm?.round).toBe(3);
    expect(vm?.years).toEqual([2028]);
  });

  it("shows round N's year, decisions and numbers, not the last round's", () => {
    const vm = replayVm(debrief, 'en', 1);
    expect(vm?.round).toBe(1);
    expect(vm?.years).toEqual([2026]);
    const first = vm?.municipalities[0];
    const source = debrief.rounds[0].municipalities[0];
    expect(first?.year).toBe(2026);
    expect(first?.meetbaar).toEqual(source.meetbaar);
    expect(first?.levers.map((l) => l.lever).slice(0, 3)).toEqual(['procurement', 'archetype', 'funding']);
    expect(first?.levers.find((l) => l.lever === 'funding')?.value).toBe(source.decisions.funding);
    for (const l of first?.levers ?? []) expect(l.changed).toBe(source.changed.includes(l.lever));
  });

  it('lists new cards first with their title in the chosen language', () => {
    for (const r of debrief.rounds) {
      const vm = replayVm(debrief, 'en', r.round);
      const arrived = vm?.cards.map((c) => c.arrived) ?? [];
      expect(arrived).toEqual([...arrived].sort((a, b) => Number(b) - Number(a)));
      expect(vm?.cards.map((c) => c.title)).toEqual(expect.arrayContaining(r.cards.map((c) => c.title.en)));
    }
  });

  it('is null before any round', () => {
    expect(replayVm({ ...debrief, rounds: [] }, 'nl', 1)).toBeNull();
  });
});

describe('debriefVm', () => {
  it('names the year of meetbaar beside merkbaar', () => {
    expect(debriefVm(debrief, 'nl', testT('nl')).year).toBe(2028);
  });
});
