import type { GameState } from '../state/game-state.ts';

const TYPES = ['local', 'ambulant', 'specialist', 'residential', 'crisis'] as const;

/** The providers of the region as the provider team sees them (GAME.md section 4, aanbieder). */
export const providerMarket = (state: GameState) => ({
  stance: state.providerTeam.stance,
  providers: state.sim.providers.map((p) => ({
    id: p.id,
    name: p.name,
    type: TYPES[p.type],
    bankrupt: p.bankrupt,
    fte: p.fteTarget - p.vacancies,
    quality: p.quality,
    reservesEur: p.reserves,
    adminShare: p.adminShare,
    sickLeave: p.sickLeave,
    contracts: state.sim.providerContractCount[p.index],
    inCare: state.sim.pools.busy[p.pool],
    places: state.sim.pools.capacity[p.pool],
    waiting: state.sim.pools.waiting[p.pool],
  })),
});
