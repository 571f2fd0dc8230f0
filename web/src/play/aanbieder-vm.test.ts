import { describe, expect, it } from 'vitest';
import { playedGame } from '../test-support/played-game.ts';
import { aanbiederVm, neutralStance, stanceChanged } from './aanbieder-vm.ts';
import { playTabs } from './play-vm.ts';

const game = playedGame(1, { providerTeam: true });
const pia = game.seat('pia');
const market = pia.provider!;
const value = (vm: NonNullable<ReturnType<typeof aanbiederVm>>, key: string) =>
  vm.kpis.find((k) => k.key === key)?.value;

describe('the provider team screen', () => {
  it('gives the aanbieder seat the market and the region, no team table', () => {
    expect(pia.team).toBeNull();
    expect(playTabs(pia)).toEqual(['aanbieder', 'region']);
    expect(aanbiederVm(game.seat('ann'))).toBeNull();
    expect(playTabs(game.seat('ann'))).not.toContain('aanbieder');
  });

  it('sorts providers by care type and name with bankrupt ones last, and filters by care type', () => {
    const vm = aanbiederVm(pia)!;
    expect(vm.providers).toHaveLength(market.providers.length);
    const order = ['local', 'ambulant', 'specialist', 'residential', 'crisis'];
    const active = vm.providers.filter((p) => !p.bankrupt);
    const ranks = active.map((p) => order.indexOf(p.type));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    const firstBankrupt = vm.providers.findIndex((p) => p.bankrupt);
    if (firstBankrupt >= 0) expect(vm.providers.slice(firstBankrupt).every((p) => p.bankrupt)).toBe(true);
    const residential = aanbiederVm(pia, 'residential')!.providers;
    expect(residential.length).toBe(market.providers.filter((p) => p.type === 'residential').length);
    expect(residential.every((p) => p.type === 'residential')).toBe(true);
    expect(vm.types).toContain('residential');
  });

  it('totals the reserves and averages the quality of the providers still trading', () => {
    const vm = aanbiederVm(pia)!;
    const active = market.providers.filter((p) => !p.bankrupt);
    expect(value(vm, 'totalReserves')).toBeCloseTo(
      active.reduce((s, p) => s + p.reservesEur, 0),
      6,
    );
    expect(value(vm, 'averageQuality')).toBeCloseTo(
      active.reduce((s, p) => s + p.quality, 0) / active.length,
      9,
    );
    expect(value(vm, 'bankruptProviders')).toBe(market.providers.length - active.length);
    // A market where one provider went bankrupt: its reserves leave the total.
    const [first, ...rest] = market.providers;
    const broke = { ...pia, provider: { ...market, providers: [{ ...first, bankrupt: true }, ...rest] } };
    const after = aanbiederVm(broke)!;
    expect(value(after, 'bankruptProviders')).toBe(
      value(vm, 'bankruptProviders')! + (first.bankrupt ? 0 : 1),
    );
    expect(value(after, 'totalReserves')).toBeCloseTo(
      rest.filter((p) => !p.bankrupt).reduce((s, p) => s + p.reservesEur, 0),
      6,
    );
  });

  it('shows the stance in force and sends a new one only when it changed', () => {
    expect(aanbiederVm(pia)!.stance).toEqual(neutralStance);
    expect(stanceChanged(neutralStance, neutralStance)).toBe(false);
    const set = game.act('pia', { type: 'set-provider-stance', qualityProtection: 0.8, indicatorPlay: 0.1 });
    const stance = aanbiederVm(set.seat('pia'))!.stance;
    expect(stance).toEqual({ qualityProtection: 0.8, indicatorPlay: 0.1 });
    expect(stanceChanged(stance, { ...stance, indicatorPlay: 0.15 })).toBe(true);
  });
});
