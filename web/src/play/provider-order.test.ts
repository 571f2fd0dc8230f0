import { describe, expect, it } from 'vitest';
import { playedGame } from '../test-support/played-game.ts';
import { inkoperVm } from './inkoper-vm.ts';
import { byProviderOrder, shortProviderName } from './provider-order.ts';

describe('provider lists', () => {
  it('drop the region from a provider name only when it is the prefix', () => {
    expect(shortProviderName('Kleinland: ambulante jeugdhulp 12', 'Kleinland')).toBe(
      'ambulante jeugdhulp 12',
    );
    expect(shortProviderName('De Hoeve', 'Kleinland')).toBe('De Hoeve');
    expect(shortProviderName('Kleinlander zorg', 'Kleinland')).toBe('Kleinlander zorg');
  });

  it('sort trading providers first, then by type, then numbers as numbers', () => {
    const p = (name: string, type = 'ambulant', bankrupt = false) => ({ name, type, bankrupt });
    const sorted = [p('zorg 10'), p('zorg 2'), p('thuis 1', 'local'), p('zorg 1', 'ambulant', true)].sort(
      byProviderOrder(['local', 'ambulant']),
    );
    expect(sorted.map((x) => x.name)).toEqual(['thuis 1', 'zorg 2', 'zorg 10', 'zorg 1']);
  });

  it('the contract designer shows short names in that order', () => {
    const g = playedGame(1);
    const seat = g.seat('ann');
    const names = inkoperVm(seat).providers.map((x) => x.name);
    expect(names.length).toBeGreaterThan(1);
    for (const n of names) expect(n.startsWith(`${seat.session.region}: `)).toBe(false);
  });
});
