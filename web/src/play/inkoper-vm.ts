import type { SeatView } from '../api/view-types.ts';
import { behaviourKpis } from './lens-kpis.ts';
import { byProviderOrder, shortProviderName } from './provider-order.ts';

const typeOrder = ['local', 'ambulant', 'specialist', 'residential', 'crisis'];

/** The contract designer's view of the market it shapes: behaviour, and every contracted provider's state. */
export const inkoperVm = (view: SeatView) => {
  const lens = view.lenses.contracten;
  const providers = [...(lens?.providers ?? [])].sort(byProviderOrder(typeOrder));
  return {
    kpis: behaviourKpis(lens?.behaviour),
    byType: typeOrder
      .map((type) => ({
        type,
        count: providers.filter((p) => p.type === type && !p.bankrupt).length,
        waiting: providers.filter((p) => p.type === type).reduce((s, p) => s + p.waiting, 0),
      }))
      .filter((t) => t.count > 0),
    providers: providers.map((p) => ({
      id: p.id,
      name: shortProviderName(p.name, view.session.region),
      type: p.type,
      bankrupt: p.bankrupt,
      quality: p.quality,
      reservesEur: p.reservesEur,
      occupancy: p.places > 0 ? p.inCare / p.places : null,
      waiting: p.waiting,
      atRisk: !p.bankrupt && p.reservesEur < 0,
    })),
  };
};
