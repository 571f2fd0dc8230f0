import { describe, expect, it } from 'vitest';
import { playedGame } from '../test-support/played-game.ts';
import { projectorVm } from './projector-vm.ts';

const labels = { registeredWaiting: 'W', weeksToFirstHelp: 'H', storyTellings: 'S' };

describe('projectorVm', () => {
  it('shows the lobby with the students who joined', () => {
    const vm = projectorVm(playedGame(1).lobby, labels);
    expect(vm).toMatchObject({ mode: 'lobby', students: 2, hasResults: false, providerStudents: null });
  });

  it('counts the provider team among the students and names it apart', () => {
    const lobby = playedGame(1).lobby;
    const vm = projectorVm({ ...lobby, providerTeam: { students: 3 } }, labels);
    expect(vm).toMatchObject({ students: 5, providerStudents: 3 });
  });

  it('shows each municipality meetbaar beside merkbaar after a round', () => {
    const vm = projectorVm(playedGame(1).projector, labels);
    expect(vm.mode).toBe('play');
    expect(vm.chart.categories).toHaveLength(3);
    expect(vm.chart.series.map((s) => s.name)).toEqual(['W', 'H', 'S']);
    expect(vm.chart.series.every((s) => s.values.every((x) => typeof x === 'number'))).toBe(true);
    expect(vm.spotlight?.tellings).toBeGreaterThan(0);
  });
});
