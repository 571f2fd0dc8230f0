import { describe, expect, it } from 'vitest';
import { projectorVm } from '../projector/projector-vm.ts';
import { playedGame } from '../test-support/played-game.ts';
import { ervaringsdeskundigeVm } from './ervaringsdeskundige-vm.ts';
import { inkoperVm } from './inkoper-vm.ts';
import { wethouderVm } from './wethouder-vm.ts';

/**
 * Round 1 is not decided blind (issue 15, defect 11): before any year is played every screen shows the warm-up's
 * last year as last year (game/projections/baseline-year.test.ts ties those figures to the engine's report).
 */
describe('round 1 screens show the baseline year', () => {
  const game = playedGame(0);
  const ann = game.seat('ann');
  const bo = game.seat('bo');
  const value = (kpis: { key: string; value: number | null }[], key: string) =>
    kpis.find((k) => k.key === key)?.value;
  const base = game.projector.results.municipalities.find((m) => m.id === 'oostdal')?.baseline;

  it('is round 1 with no year played', () => {
    expect(ann.session).toMatchObject({ round: 1, phase: 'signalen' });
    expect(game.projector.results.municipalities.every((m) => m.years.length === 0)).toBe(true);
    expect(base?.year).toBe(ann.session.startYear - 1);
  });

  it('fills the beleid dashboard, its chart and the football field', () => {
    const team = ann.team;
    if (!team) throw new Error('Ann has a team');
    const vm = wethouderVm(ann, team, {}, { spend: 'S', budget: 'B' });
    expect(vm.hasHistory).toBe(true);
    expect(vm.chart.categories).toEqual([String(ann.session.startYear - 1)]);
    expect(value(vm.kpis, 'spend')).toBe(base?.spendEur);
    expect(value(vm.kpis, 'registeredWaiting')).toBe(base?.registeredWaiting);
    expect(value(vm.kpis, 'registeredSuccess')).toBe(base?.registeredSuccessShare);
    expect(vm.field.hasLastYear).toBe(true);
  });

  it('fills the uitvoering (contracten) and leefwereld numbers', () => {
    const ink = inkoperVm(ann);
    expect(value(ink.kpis, 'activeProviders')).toBeGreaterThan(0);
    expect(value(ink.kpis, 'earlyClosures')).not.toBeNull();
    const ed = ervaringsdeskundigeVm(bo);
    expect(value(ed.kpis, 'weeksToFirstHelp')).toBe(base?.weeksToFirstHelp);
    expect(value(ed.kpis, 'storyTellings')).toBe(base?.storyTellingsPerFamily);
  });

  it('fills the projector panels with the baseline, headed as last year', () => {
    const vm = projectorVm(game.projector);
    expect(vm).toMatchObject({ mode: 'play', hasResults: true, baseline: true, year: 2025 });
    const waiting = vm.panels.find((p) => p.id === 'registeredWaiting');
    expect(waiting?.rows.find((r) => r.id === 'oostdal')?.value).toBe(base?.registeredWaiting);
    expect(vm.panels.every((p) => p.rows.every((r) => r.value !== null))).toBe(true);
    expect(projectorVm(playedGame(1).projector).baseline).toBe(false);
  });
});
