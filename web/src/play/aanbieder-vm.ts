import type { SeatView } from '../api/view-types.ts';
import { kpi } from './kpi.ts';
import { byProviderOrder, shortProviderName } from './provider-order.ts';

type Market = NonNullable<SeatView['provider']>;
export type Stance = Market['stance'];
export const careTypes = ['local', 'ambulant', 'specialist', 'residential', 'crisis'] as const;
export type CareTypeFilter = (typeof careTypes)[number] | 'all';

const mean = (xs: number[]) => (xs.length === 0 ? null : xs.reduce((s, x) => s + x, 0) / xs.length);

/** The stance the game starts from: the model's own provider behaviour (game/resolve/round-parameters.ts). */
export const neutralStance: Stance = { qualityProtection: 0.5, indicatorPlay: 0.5 };

/**
 * The provider team's screen (GAME.md section 4, aanbieder; lens uitvoering, market): every provider's own
 * finances, contracts and staff, the market's totals, and the team's stance. Bankrupt providers go last;
 * totals count the providers still trading, since a bankrupt one's reserves are gone with it.
 */
export const aanbiederVm = (view: SeatView, filter: CareTypeFilter = 'all') => {
  const market = view.provider;
  if (!market) return null;
  const active = market.providers.filter((p) => !p.bankrupt);
  const sorted = [...market.providers].sort(byProviderOrder(careTypes));
  return {
    kpis: [
      kpi('activeProviders', active.length, 'integer'),
      kpi('bankruptProviders', market.providers.length - active.length, 'integer'),
      kpi(
        'totalReserves',
        active.reduce((s, p) => s + p.reservesEur, 0),
        'euroCompact',
      ),
      kpi('providersAtRisk', active.filter((p) => p.reservesEur < 0).length, 'integer'),
      kpi('averageQuality', mean(active.map((p) => p.quality)), 'percent'),
      kpi(
        'providerFte',
        active.reduce((s, p) => s + p.fte, 0),
        'decimal',
      ),
      kpi(
        'waitingAtProviders',
        active.reduce((s, p) => s + p.waiting, 0),
        'integer',
      ),
    ],
    /** Only the care types the region has, for the filter. */
    types: careTypes.filter((t) => market.providers.some((p) => p.type === t)),
    providers: sorted
      .filter((p) => filter === 'all' || p.type === filter)
      .map((p) => ({
        id: p.id,
        name: shortProviderName(p.name, view.session.region),
        type: p.type,
        bankrupt: p.bankrupt,
        fte: p.fte,
        sickLeave: p.sickLeave,
        adminShare: p.adminShare,
        quality: p.quality,
        contracts: p.contracts,
        occupancy: p.places > 0 ? p.inCare / p.places : null,
        waiting: p.waiting,
        reservesEur: p.reservesEur,
        atRisk: !p.bankrupt && p.reservesEur < 0,
      })),
    stance: market.stance,
  };
};

/** Stance values are shares on a 0-1 scale in steps of 5 points; the form sends it only when it changed. */
export const stanceStep = 0.05;
export const stanceChanged = (current: Stance, form: Stance): boolean =>
  current.qualityProtection !== form.qualityProtection || current.indicatorPlay !== form.indicatorPlay;
