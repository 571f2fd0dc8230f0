import type { LocalTeam, MunicipalityState, ProviderState } from './sim-state.ts';

/**
 * V8 stores an object's field in the representation of its first value: a field that starts as a whole number
 * (quality 1, reserves 0 before the first payment) and later holds a fraction makes V8 replace the object's
 * hidden class mid-run, and every optimised function that had checked the old one is thrown away and compiled
 * again (a cold regional run saw about 80 such deoptimisations, a round of them when the providers' market
 * starts in the warm-up's settling years). The continuous fields below are made doubles once, when the object is
 * built or read back, by writing a fraction and then the real value: the values, and so the results, are
 * unchanged.
 */
const providerDoubles = [
  'bedsPerFte',
  'fteTarget',
  'marketTarget',
  'vacancies',
  'sickLeave',
  'turnover',
  'quality',
  'reserves',
  'revenueQuarter',
  'revenueUnearned',
  'unbilledAtReview',
  'costQuarter',
  'revenueTotal',
  'revenueQuarterLast',
  'costQuarterLast',
  'relationalShare',
  'occupancyTrend',
  'adminShare',
  'autonomy',
] as const satisfies readonly (keyof ProviderState)[];

const municipalityDoubles = [
  'risk',
  'baseBudgetEur',
  'budgetEur',
  'basisStrength',
  'signalDelayWeeks',
  'learning',
  'gaming',
  'trust',
  'pressure',
  'pressureShock',
  'transition',
  'transitionAdminGap',
  'signalResponse',
  'adminShare',
  'autonomy',
  'transactionEurPerWeek',
  'lastYearSpend',
  'verdedigingPaidTotal',
] as const satisfies readonly (keyof MunicipalityState)[];

const localTeamDoubles = [
  'fteFunded',
  'vacancies',
  'sickLeave',
  'turnover',
] as const satisfies readonly (keyof LocalTeam)[];

const asDoubles = <T extends object>(o: T, keys: readonly (keyof T)[]): T => {
  const r = o as Record<keyof T, unknown>;
  for (const k of keys) {
    const v = r[k];
    if (typeof v !== 'number') continue;
    r[k] = 0.5;
    r[k] = v;
  }
  return o;
};

export const providerAsDoubles = (pr: ProviderState): ProviderState => asDoubles(pr, providerDoubles);

export const municipalityAsDoubles = (m: MunicipalityState): MunicipalityState => {
  asDoubles(m.localTeam, localTeamDoubles);
  return asDoubles(m, municipalityDoubles);
};
