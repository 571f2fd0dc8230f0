/** The q-quantile (0-1) of a sample by the nearest-rank method; NaN for an empty sample. */
export const quantile = (values: readonly number[], q: number): number => {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
};

export const mean = (values: readonly number[]): number =>
  values.length === 0 ? Number.NaN : values.reduce((a, b) => a + b, 0) / values.length;

export type Summary = { mean: number; p10: number; p50: number; p90: number };

/** Mean, P10, median and P90 of a sample (the verkenner's bands and the batch's per-cell summary). */
export const summarise = (values: readonly number[]): Summary => ({
  mean: mean(values),
  p10: quantile(values, 0.1),
  p50: quantile(values, 0.5),
  p90: quantile(values, 0.9),
});
