import { CareType } from '../state/episodes.ts';
import type { ProviderState, SimState } from '../state/sim-state.ts';

/**
 * M9 market: capacity belongs to the market, contracts decide who delivers (MODEL.md section 3, M9). The
 * professionals and places of a kind of care in an area stay in the area whether or not a municipality
 * contracts their employer; each provider's share of them follows its share of the contracted work. A
 * municipality that contracts fewer providers moves work to its partners, which grow by hiring the staff
 * (and group homes) the others shed: new posts start vacant and fill at the labour market's pace
 * (vacancyFillWeeks), and staff move over marketShiftWeeks, so the partners' capacity arrives late while
 * the others shrink at once ("fewer contracts do not delete capacity", MODEL.md section 5; Veendam went
 * from about 80 to 6 providers, 004:329-351).
 */

/** The kind of care a provider offers; residential places of each bed type are a market of their own. */
const marketKind = (pr: ProviderState): number =>
  pr.type === CareType.residential ? CareType.residential * 4 + pr.bedType : pr.type;

/**
 * Recomputes every open provider's market target: the area's staff of its kind shared by contracted work
 * (each contracting municipality's youths at risk, split evenly over the providers of that kind it
 * contracts). Runs when contracts change (year start, a tender, a closure).
 */
export const updateMarketTargets = (st: SimState): void => {
  const weight = new Float64Array(st.providers.length);
  for (const m of st.municipalities) {
    const perKind = new Map<number, number>();
    for (const p of m.contracted) {
      const pr = st.providers[p];
      if (pr.bankrupt) continue;
      perKind.set(marketKind(pr), (perKind.get(marketKind(pr)) ?? 0) + 1);
    }
    for (const p of m.contracted) {
      const pr = st.providers[p];
      if (!pr.bankrupt) weight[p] += (m.youth * m.risk) / (perKind.get(marketKind(pr)) ?? 1);
    }
  }
  for (const list of st.areaProviders) {
    const staff = new Map<number, number>();
    const demand = new Map<number, number>();
    for (const p of list) {
      const pr = st.providers[p];
      if (pr.bankrupt) continue;
      const k = marketKind(pr);
      staff.set(k, (staff.get(k) ?? 0) + pr.fteTarget);
      demand.set(k, (demand.get(k) ?? 0) + weight[p]);
    }
    for (const p of list) {
      const pr = st.providers[p];
      if (pr.bankrupt) continue;
      const k = marketKind(pr);
      const total = demand.get(k) ?? 0;
      // Nobody contracts this kind here: the market keeps what it has.
      pr.marketTarget = total > 0 ? ((staff.get(k) ?? 0) * weight[p]) / total : pr.fteTarget;
    }
  }
};

/** One week of staff moving toward the market targets; growth starts as vacancies (hiring takes time). */
export const shiftMarketWeek = (st: SimState, pr: ProviderState): void => {
  const gap = pr.marketTarget - pr.fteTarget;
  if (Math.abs(gap) < 1e-9) return;
  const step = gap / st.params.marketShiftWeeks;
  pr.fteTarget += step;
  if (step > 0) pr.vacancies += step;
  else pr.vacancies = Math.min(pr.vacancies, pr.fteTarget);
  syncBeds(pr);
};

/** Group homes come and go with the staff that run them. */
export const syncBeds = (pr: ProviderState): void => {
  if (pr.type === CareType.residential || pr.type === CareType.crisis)
    pr.beds = Math.round(pr.fteTarget * pr.bedsPerFte);
};

/** A provider no municipality in the model contracts works for clients outside it (other regions, Wlz). */
export const outsideTheModel = (st: SimState, pr: ProviderState): boolean =>
  st.providerContractCount[pr.index] === 0;
