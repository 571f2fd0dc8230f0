import { type MunicipalityInput, municipality, scenario } from './common.ts';

export const NEDERLAND_MUNICIPALITIES = 342; // 004:129
export const NEDERLAND_YOUTH = 4_330_000; // 481,000 in care is about 1 in 9 youths 0-22 (001:306-308)
export const NEDERLAND_AREAS = 42;

/** The four largest cities' youths 0-22 (assumption, about a quarter of their population). */
const LARGEST = [230_000, 170_000, 140_000, 105_000];
/** Spread of the log of municipality size below the four largest (assumption). */
const LOG_SIGMA = 0.85;

/** Small seeded PRNG (mulberry32): only used to shuffle names, assign areas and vary risk. */
const mulberry32 = (seed: number) => {
  let a = seed >>> 0;
  return (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
};

/** Inverse standard normal CDF (Acklam's rational approximation, relative error below 1.2e-9). */
const A = [
  -39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716,
  2.506628274631,
];
const B = [
  -54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572, 1,
];
const C = [
  -0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968,
  2.938163982698783,
];
const D = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416, 1];
const horner = (coef: readonly number[], x: number): number => coef.reduce((acc, k) => acc * x + k, 0);

const probit = (p: number): number => {
  if (p > 0.5) return -probit(1 - p);
  if (p < 0.02425) {
    const q = Math.sqrt(-2 * Math.log(p));
    return horner(C, q) / horner(D, q);
  }
  const q = p - 0.5;
  return (horner(A, q * q) * q) / horner(B, q * q);
};

/** Youths per municipality, largest first: four big cities plus log-normal quantiles, summing exactly. */
export const nederlandSizes = (): number[] => {
  const n = NEDERLAND_MUNICIPALITIES - LARGEST.length;
  const rest = NEDERLAND_YOUTH - LARGEST.reduce((a, b) => a + b, 0);
  const shape = Array.from({ length: n }, (_, i) => Math.exp(LOG_SIGMA * probit(1 - (i + 0.5) / n)));
  const scale = rest / shape.reduce((a, b) => a + b, 0);
  const sizes = shape.map((s) => Math.max(1, Math.round(s * scale)));
  sizes[0] += rest - sizes.reduce((a, b) => a + b, 0);
  return [...LARGEST, ...sizes];
};

/** Log-normal spread of municipal risk: CBS 2023 shares in care from under 6% to about 20% (see below). */
const RISK_LOG_SIGMA = 0.2;

export const nederland = () => {
  const rand = mulberry32(20_240_342);
  const sizes = nederlandSizes();
  // Numbers are handed out in shuffled order, so "Gemeente 001" is not the largest.
  const numbers = sizes.map((_, i) => i + 1);
  for (let i = numbers.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [numbers[i], numbers[j]] = [numbers[j], numbers[i]];
  }
  // The 42 largest each anchor a jeugdregio; every other municipality joins a random one.
  const areaOf = sizes.map((_, i) => (i < NEDERLAND_AREAS ? i : Math.floor(rand() * NEDERLAND_AREAS)));
  // Risk: larger (urban) municipalities a little higher, times a log-normal spread; then youth-weighted mean
  // set to 1. CBS 2023 (cited in the issue "Model truth"): the share of youths in care runs from under 6%
  // (Schiedam, Raalte, Maassluis) to about 1 in 5 (Tiel) around 11%, so the extremes of 342 municipalities
  // lie near 0.55 and 1.8 times the mean: about 2.9 standard deviations of a log-normal with sigma 0.2.
  const normal = () => Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());
  const rawRisk = sizes.map((y) => (1 + 0.08 * Math.log10(y / 7_500)) * Math.exp(RISK_LOG_SIGMA * normal()));
  const meanRisk = rawRisk.reduce((s, r, i) => s + r * sizes[i], 0) / NEDERLAND_YOUTH;
  const risk = rawRisk.map((r) => Math.round((r / meanRisk) * 100) / 100);

  const pad = (x: number, w: number) => String(x).padStart(w, '0');
  const areaId = (a: number) => `jeugdregio-${pad(a + 1, 2)}`;
  const municipalities: MunicipalityInput[] = sizes
    .map((youth, i) =>
      municipality({
        id: `gemeente-${pad(numbers[i], 3)}`,
        name: `Gemeente ${pad(numbers[i], 3)}`,
        youth,
        risk: risk[i],
        area: areaId(areaOf[i]),
      }),
    )
    .sort((x, y) => (x.area ?? '').localeCompare(y.area ?? '') || x.id.localeCompare(y.id));
  const areaNames = Object.fromEntries(
    Array.from({ length: NEDERLAND_AREAS }, (_, a) => [areaId(a), `Jeugdregio ${pad(a + 1, 2)}`]),
  );
  return scenario({
    id: 'nederland',
    name: 'Nederland (national scale)',
    region: { id: 'nederland', name: 'Nederland' },
    municipalities,
    areaNames,
    description: [
      'National scale for research and calibration runs: 342 municipalities (004:129) with about 4.33',
      'million youths 0-22, the population implied by 481,000 youths in care being about 1 in 9',
      '(001:306-308). Every municipality has the NPM-typical default decisions. Sizes are synthetic: the',
      'four largest cities fixed, the rest log-normal quantiles; names are generic. Municipalities are',
      'grouped into 42 jeugdregio areas around the 42 largest, each area with its own providers. Budget EUR',
      '1,870 per youth times risk, about EUR 8.1 billion in all (001:3125-3126). Risk rises a little with',
      'size and spreads log-normally (sigma 0.2) so that shares in care run from under 6% to about 20% as in',
      'CBS 2023 (assumption on the shape).',
    ].join(' '),
  });
};
