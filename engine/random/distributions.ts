import { type RngStreams, uniform } from './prng.ts';

/** Exponential with the given mean (continuous). */
export const exponential = (s: RngStreams, stream: number, mean: number): number =>
  -mean * Math.log(1 - uniform(s, stream));

/** Whole weeks until an event with the given mean, at least `min`: a geometric waiting time. */
export const weeksUntil = (s: RngStreams, stream: number, mean: number, min = 1): number => {
  const w = Math.ceil(exponential(s, stream, mean));
  return Math.max(w, min);
};

/** Standard normal by Box-Muller (one draw used; the second is dropped to keep the stream simple). */
export const normal = (s: RngStreams, stream: number): number => {
  const u1 = 1 - uniform(s, stream);
  const u2 = uniform(s, stream);
  return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
};

const logFactorial = (k: number): number => {
  let r = 0;
  for (let i = 2; i <= k; i++) r += Math.log(i);
  return r;
};

/** Stirling series for ln(k!), exact enough for k >= 10. */
const logFactorialApprox = (k: number): number =>
  k < 10
    ? logFactorial(k)
    : (k + 0.5) * Math.log(k) - k + 0.9189385332046728 + 1 / (12 * k) - 1 / (360 * k ** 3);

/**
 * Poisson variate: multiplication method for small means, Hormann's transformed rejection (PTRS) for large
 * ones, so national-scale weekly onsets cost a few draws, not thousands.
 */
export const poisson = (s: RngStreams, stream: number, mean: number): number => {
  if (mean <= 0) return 0;
  if (mean < 12) {
    const limit = Math.exp(-mean);
    let k = 0;
    let prod = uniform(s, stream);
    while (prod > limit) {
      k++;
      prod *= uniform(s, stream);
    }
    return k;
  }
  const slam = Math.sqrt(mean);
  const loglam = Math.log(mean);
  const b = 0.931 + 2.53 * slam;
  const a = -0.059 + 0.02483 * b;
  const invalpha = 1.1239 + 1.1328 / (b - 3.4);
  const vr = 0.9277 - 3.6224 / (b - 2);
  for (;;) {
    const u = uniform(s, stream) - 0.5;
    const v = uniform(s, stream);
    const us = 0.5 - Math.abs(u);
    const k = Math.floor(((2 * a) / us + b) * u + mean + 0.43);
    if (us >= 0.07 && v <= vr) return k;
    if (k < 0 || (us < 0.013 && v > us)) continue;
    if (
      Math.log(v) + Math.log(invalpha) - Math.log(a / (us * us) + b) <=
      -mean + k * loglam - logFactorialApprox(k)
    ) {
      return k;
    }
  }
};
