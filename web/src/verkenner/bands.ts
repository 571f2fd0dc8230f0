import { quantile } from '../../../game/explorer/stats.ts';
import type { RunSeries } from './worker-protocol.ts';

/** A series over the reported years: the first seed's line, the median and the P10-P90 band of the seeds in. */
export type Band = {
  years: number[];
  first: number[] | null;
  p10: number[];
  p50: number[];
  p90: number[];
  /** Seeds behind the band (they arrive one by one). */
  n: number;
};

const bandOf = (years: number[], samples: number[][], first: number[] | null): Band => ({
  years,
  first,
  p10: years.map((_, y) =>
    quantile(
      samples.map((s) => s[y]),
      0.1,
    ),
  ),
  p50: years.map((_, y) =>
    quantile(
      samples.map((s) => s[y]),
      0.5,
    ),
  ),
  p90: years.map((_, y) =>
    quantile(
      samples.map((s) => s[y]),
      0.9,
    ),
  ),
  n: samples.length,
});

const present = (runs: readonly (RunSeries | undefined)[]) =>
  runs.filter((r): r is RunSeries => r !== undefined);

/** The band of one outcome over the runs that have arrived (runs[i] is seed i + 1); null before the first. */
export const outcomeBand = (runs: readonly (RunSeries | undefined)[], outcome: number): Band | null => {
  const got = present(runs);
  if (got.length === 0) return null;
  const first = runs[0] ? runs[0].outcomes.map((y) => y[outcome]) : null;
  return bandOf(
    got[0].years,
    got.map((r) => r.outcomes.map((y) => y[outcome])),
    first,
  );
};

/**
 * The difference current minus reference on common random numbers: per seed that both have, so the band
 * holds the effect of the setting and not the noise between seeds.
 */
export const differenceBand = (
  current: readonly (RunSeries | undefined)[],
  reference: readonly (RunSeries | undefined)[],
  outcome: number,
): Band | null => {
  const pairs = current.flatMap((c, i) => {
    const r = reference[i];
    return c && r ? [c.outcomes.map((y, k) => y[outcome] - r.outcomes[k][outcome])] : [];
  });
  if (pairs.length === 0) return null;
  const years = (current.find((c) => c) as RunSeries).years;
  const first = current[0] && reference[0] ? pairs[0] : null;
  return bandOf(years, pairs, first);
};

/**
 * The first year in which a difference band lies wholly on one side of zero (P10 and P90 with the same sign):
 * from then on the effect stands out from the spread between seeds. Null when it never does.
 */
export const firstClearYear = (diff: Band): number | null => {
  const i = diff.years.findIndex(
    (_, y) => (diff.p10[y] > 0 && diff.p90[y] > 0) || (diff.p10[y] < 0 && diff.p90[y] < 0),
  );
  return i < 0 ? null : diff.years[i];
};
