import { CareType } from '../state/episodes.ts';
import type { ProviderState, SimState } from '../state/sim-state.ts';
import { Acc } from '../state/year-accumulator.ts';
import { pay, providerWeeklyCost } from './provider-finance.ts';

/**
 * M16 availability duty: from 2026 the region must keep specialised youth care available (Wvbj,
 * 001:286-288), so the last provider of a kind of care in an area (ambulant, specialist, crisis, or a
 * residential bed type) is not allowed to close. When its
 * reserves run out, the area's municipalities top them up to half the normal buffer, each by its share of
 * youths ("publieke rugdekking", 002:528-532). The rescue is spend like any other, so a price war that
 * sinks the market still costs the municipalities, only later and outside the contract.
 */
export const isLastOfItsKind = (st: SimState, pr: ProviderState): boolean => {
  if (pr.type === CareType.local) return false;
  return !st.areaProviders[pr.areaIndex].some((i) => {
    const other = st.providers[i];
    return i !== pr.index && !other.bankrupt && other.type === pr.type && other.bedType === pr.bedType;
  });
};

export const rescue = (st: SimState, pr: ProviderState): void => {
  const target =
    st.params.rescueReserveShare * st.params.providerReserveWeeks * providerWeeklyCost(st, pr) - pr.reserves;
  const payers = st.municipalities.filter((m) => m.areaIndex === pr.areaIndex);
  const youth = payers.reduce((sum, m) => sum + m.youth, 0);
  for (const m of payers) {
    pay(st, m, pr, (target * m.youth) / youth);
    m.year.v[Acc.rescues]++;
  }
};
