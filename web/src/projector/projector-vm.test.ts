import { describe, expect, it } from 'vitest';
import { facilitatorVm } from '../facilitator/facilitator-vm.ts';
import { type PlayedGame, playedGame } from '../test-support/played-game.ts';
import { classSize, projectorMeasures, projectorVm } from './projector-vm.ts';

const advance = { type: 'advance-phase' } as const;

describe('projectorVm', () => {
  it('shows the lobby with the students who joined, per team', () => {
    const vm = projectorVm(playedGame(1).lobby);
    // Even in the lobby there is a last year: the warm-up's, the baseline round 1 starts from (defect 11).
    expect(vm).toMatchObject({ mode: 'lobby', students: 2, hasResults: true, baseline: true, year: 2025 });
    expect(vm.providerStudents).toBeNull();
    expect(vm.teams.find((t) => t.id === 'oostdal')).toMatchObject({ students: 2, progress: 'joining' });
    expect(vm.teams.filter((t) => t.bots).length).toBe(vm.teams.length - 1);
  });

  it('counts the provider team among the students and names it apart', () => {
    const lobby = playedGame(1).lobby;
    const vm = projectorVm({ ...lobby, providerTeam: { students: 3 } });
    expect(vm).toMatchObject({ students: 5, providerStudents: 3 });
  });

  // Defect 1: registered waiting (hundreds) shared an axis with weeks (tens) and tellings (ones).
  it('gives every measure a panel of its own scale, meetbaar apart from merkbaar', () => {
    const vm = projectorVm(playedGame(1).projector);
    expect(vm.mode).toBe('play');
    expect(vm.panels.map((p) => p.id)).toEqual(projectorMeasures.map((m) => m.id));
    expect(new Set(vm.panels.map((p) => p.side))).toEqual(new Set(['meetbaar', 'merkbaar']));
    for (const p of vm.panels) {
      // The same municipalities in the same order in every panel, so a row reads across.
      expect(p.rows.map((r) => r.name)).toEqual(vm.teams.map((t) => t.name));
      expect(p.rows.every((r) => typeof r.value === 'number')).toBe(true);
      // Each panel's largest bar fills it: the scale is the panel's own.
      expect(Math.max(...p.rows.map((r) => r.share))).toBeCloseTo(1, 9);
      expect(p.rows.every((r) => r.share >= 0 && r.share <= 1)).toBe(true);
    }
    const weeks = vm.panels.find((p) => p.id === 'weeksToFirstHelp');
    const waiting = vm.panels.find((p) => p.id === 'registeredWaiting');
    expect(weeks?.side).toBe('merkbaar');
    expect(waiting?.side).toBe('meetbaar');
    expect(vm.spotlight?.tellings).toBeGreaterThan(0);
  });

  // Defect 2: every municipality read "beslist nog" in terugblik, after all had submitted.
  it('says where each team really is in every phase', () => {
    let g: PlayedGame = playedGame(0);
    expect(projectorVm(g.projector).teams.every((t) => t.progress === 'reading')).toBe(true);
    g = g.act('facilitator', advance);
    expect(projectorVm(g.projector).teams.find((t) => t.id === 'oostdal')?.progress).toBe('deciding');
    g = g.act('ann', { type: 'submit-decisions', changes: {}, adoptDrafts: true });
    const overleg = projectorVm(g.projector).teams;
    expect(overleg.find((t) => t.id === 'oostdal')?.progress).toBe('submitted');
    g = g.act('facilitator', advance);
    expect(projectorVm(g.projector).teams.every((t) => t.progress === 'calculating')).toBe(true);
    g = g.act('facilitator', advance);
    expect(g.projector.session.phase).toBe('terugblik');
    const terugblik = projectorVm(g.projector).teams;
    expect(terugblik.map((t) => t.progress)).toEqual(terugblik.map(() => 'calculated'));
  });

  // Defect 7: the class report said 5 students where the projector said 6 (the provider team).
  it('counts the class the same on the projector, the console and the report', () => {
    const g = playedGame(1, { providerTeam: true });
    expect(classSize(g.projector)).toBe(3);
    expect(projectorVm(g.projector).students).toBe(3);
    expect(facilitatorVm(g.facilitator, 'nl').students).toBe(3);
  });
});
