import type { ChartData } from '../components/chart-data.ts';

type Row = { year: number };

/** One line of a trend chart: a translated name and how to read it from a year of the lens's series. */
export type TrendLine<R extends Row> = { name: string; value: (row: R) => number | null | undefined };

/**
 * A lens's numbers over the years played, as a line chart (its text alternative is the chart's own table).
 * Lines in one chart share a unit, so one axis format fits them all.
 */
export const trendChart = <R extends Row>(rows: readonly R[], lines: readonly TrendLine<R>[]): ChartData => ({
  kind: 'line',
  categories: rows.map((r) => String(r.year)),
  series: lines.map((l) => ({ name: l.name, values: rows.map((r) => l.value(r) ?? null) })),
});
