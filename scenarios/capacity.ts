import { parameterSpecs } from '../engine/scenario/parameters.ts';
import type { ScenarioInput } from '../engine/scenario/scenario-schema.ts';

export type ProviderInput = ScenarioInput['providers'][number];
export type BedMix = readonly [open: number, behandel: number, gesloten: number];

/*
 * Demand per 1000 youths at risk 1.
 * assumption: sized so that NPM-typical load is about 0.92 of the demand measured on npm-typisch with
 * unconstrained capacity (slot-weeks per 1000 youths: ambulant 31, specialist 21, residential 5.9, crisis
 * 0.03), at the NPM-typical admin share and sick leave; see docs/MODEL.md section "Capacity".
 */
export const AMBULANT_FTE_PER_1000 = 5.4;
export const SPECIALIST_FTE_PER_1000 = 4.9;
export const RESIDENTIAL_BEDS_PER_1000 = 9.8;
export const RESIDENTIAL_FTE_PER_BED = parameterSpecs.residentialFtePerBed.value;
/*
 * assumption: crisis places sized so that a crisis rarely finds no place: measured crisis occupancy on
 * npm-typisch with unconstrained crisis capacity is 2-6 places per 16,000 youths (mean about 3), and 0.3 per
 * 1000 (5 places) keeps the chance that all are taken small (Erlang loss); a crisis that finds none takes an
 * emergency bed in a group home (care-routing.ts).
 */
export const CRISIS_BEDS_PER_1000 = 0.3;
export const CRISIS_FTE_PER_BED = parameterSpecs.crisisFtePerBed.value;

/** Historic, skewed contracted bed mix of an NPM-typical area (open, behandel, gesloten). */
export const CONTRACTED_BED_MIX: BedMix = [0.6, 0.2, 0.2];
/** The engine's default need mix; for areas with placement coordination or need registration. */
export const NEED_BED_MIX: BedMix = [0.5, 0.35, 0.15];

/** Budget per youth per year at risk 1: EUR 8.1 bn over 4.33 M youths 0-22 (001:3125-3126, 001:306-308). */
export const BUDGET_EUR_PER_YOUTH = 1870;

export type AreaCapacityInput = {
  /** Area id (the municipalities' `area`). */
  area: string;
  /** Human-readable area name, used in provider names. */
  areaName: string;
  /** Total youths 0-22 in the area. */
  youth: number;
  /** Youth-weighted mean risk of the area's municipalities. */
  meanRisk: number;
  /** Largest providerCount decision among the area's municipalities. */
  providerCount: number;
  /** Contracted mix of residential beds over (open, behandel, gesloten). */
  bedMix: BedMix;
};

const bedTypes = ['open', 'behandel', 'gesloten'] as const;
const bedTypeNames = {
  open: 'open verblijf',
  behandel: 'behandelgroep',
  gesloten: 'gesloten verblijf',
} as const;

const round2 = (x: number): number => Math.round(x * 100) / 100;

/**
 * Splits `total` integer units over `weights` by largest remainder; parts below `min` are raised to `min`,
 * taking units from the largest parts.
 */
export const splitInteger = (total: number, weights: readonly number[], min = 0): number[] => {
  if (total < min * weights.length) throw new Error(`cannot split ${total} into parts of at least ${min}`);
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (sum > 0 ? (total * w) / sum : total / weights.length));
  const parts = exact.map((x) => Math.floor(x));
  let left = total - parts.reduce((a, b) => a + b, 0);
  const order = exact.map((x, i) => ({ i, r: x - Math.floor(x) })).sort((a, b) => b.r - a.r || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    parts[i] += 1;
    left -= 1;
  }
  for (let i = 0; i < parts.length; i++) {
    while (parts[i] < min) {
      const largest = parts.indexOf(Math.max(...parts));
      parts[largest] -= 1;
      parts[i] += 1;
    }
  }
  return parts;
};

/** How many providers of each kind an area with `providerCount` contracts has (at least 6: one per kind). */
export const providerSplit = (providerCount: number, bedMix: BedMix) => {
  const crisis = Math.max(1, Math.round(providerCount * 0.02));
  const residentialTotal = Math.max(3, Math.round(providerCount * 0.15));
  const residential = splitInteger(residentialTotal, bedMix, 1);
  const rest = Math.max(2, providerCount - crisis - residentialTotal);
  const ambulant = Math.max(1, Math.min(rest - 1, Math.round(rest * 0.55)));
  return { ambulant, specialist: rest - ambulant, residential, crisis };
};

/** Groups of identical providers: splits integer beds over `n` providers into at most two groups. */
const bedGroups = (beds: number, n: number): { beds: number; count: number }[] => {
  const base = Math.floor(beds / n);
  const extra = beds - base * n;
  const groups = [
    { beds: base + 1, count: extra },
    { beds: base, count: n - extra },
  ];
  return groups.filter((g) => g.count > 0 && g.beds > 0);
};

const entry = (
  id: string,
  name: string,
  type: ProviderInput['type'],
  area: string,
  fte: number,
  count: number,
  beds?: { beds: number; bedType?: (typeof bedTypes)[number] },
): ProviderInput => ({
  id,
  name,
  type,
  area,
  fte: Math.max(0.01, round2(fte)),
  ...(beds ? { beds: beds.beds } : {}),
  ...(beds?.bedType ? { bedType: beds.bedType } : {}),
  ...(count > 1 ? { count } : {}),
});

/**
 * The providers of one area, sized from its youth and mean risk. This is the one place where capacity is
 * calibrated: change the constants above, not the presets.
 */
export const areaProviders = (input: AreaCapacityInput): ProviderInput[] => {
  const { area, areaName, youth, meanRisk, providerCount, bedMix } = input;
  const per1000 = (youth / 1000) * meanRisk;
  const split = providerSplit(providerCount, bedMix);
  const out: ProviderInput[] = [];

  const ambulantFte = AMBULANT_FTE_PER_1000 * per1000;
  out.push(
    entry(
      `${area}-ambulant`,
      `${areaName}: ambulante jeugdhulp`,
      'ambulant',
      area,
      ambulantFte / split.ambulant,
      split.ambulant,
    ),
  );
  const specialistFte = SPECIALIST_FTE_PER_1000 * per1000;
  out.push(
    entry(
      `${area}-specialist`,
      `${areaName}: jeugd-ggz`,
      'specialist',
      area,
      specialistFte / split.specialist,
      split.specialist,
    ),
  );

  const residentialBeds = splitInteger(
    Math.max(3, Math.round(RESIDENTIAL_BEDS_PER_1000 * per1000)),
    bedMix,
    1,
  );
  bedTypes.forEach((bedType, t) => {
    const n = Math.min(split.residential[t], residentialBeds[t]);
    bedGroups(residentialBeds[t], n).forEach((g, gi) => {
      out.push(
        entry(
          `${area}-verblijf-${bedType}${gi > 0 ? '-b' : ''}`,
          `${areaName}: ${bedTypeNames[bedType]}`,
          'residential',
          area,
          g.beds * RESIDENTIAL_FTE_PER_BED,
          g.count,
          { beds: g.beds, bedType },
        ),
      );
    });
  });

  const crisisBeds = Math.max(1, Math.round(CRISIS_BEDS_PER_1000 * per1000));
  bedGroups(crisisBeds, Math.min(split.crisis, crisisBeds)).forEach((g, gi) => {
    out.push(
      entry(
        `${area}-crisis${gi > 0 ? '-b' : ''}`,
        `${areaName}: crisisopvang`,
        'crisis',
        area,
        g.beds * CRISIS_FTE_PER_BED,
        g.count,
        { beds: g.beds },
      ),
    );
  });
  return out;
};
