import type { ChartData } from '../components/chart-data.ts';
import type { Band } from './bands.ts';

export type BandLabels = { p10: string; median: string; p90: string; band: string; first: string };

/** The band as a table (the chart's text alternative and the CSV export): P10, median, P90, first seed. */
export const bandTable = (band: Band, labels: BandLabels): ChartData => ({
  kind: 'line',
  categories: band.years.map(String),
  series: [
    { name: labels.p10, values: band.p10 },
    { name: labels.median, values: band.p50 },
    { name: labels.p90, values: band.p90 },
    { name: labels.first, values: band.first ?? band.years.map(() => null) },
  ],
});

/**
 * The ECharts option of a band: an invisible P10 line with the P10-P90 width stacked on it as an area (stacked
 * whatever the sign, for differences), the median as the thick line and the first seed dashed.
 */
export const bandOption = (band: Band, labels: BandLabels, formatValue: (n: number) => string) => {
  const showBand = band.n >= 2;
  const plain = { type: 'line' as const, symbol: 'none', animation: false };
  return {
    aria: { enabled: true },
    animation: false,
    grid: { left: 8, right: 12, top: 32, bottom: 8, containLabel: true },
    legend: { top: 0, data: [labels.median, labels.band, labels.first] },
    tooltip: {
      trigger: 'axis' as const,
      valueFormatter: (v: unknown) => (typeof v === 'number' ? formatValue(v) : ''),
    },
    xAxis: { type: 'category' as const, data: band.years.map(String) },
    yAxis: { type: 'value' as const, scale: true, axisLabel: { formatter: formatValue } },
    series: [
      ...(showBand
        ? [
            {
              ...plain,
              name: 'p10',
              data: band.p10,
              stack: 'band',
              stackStrategy: 'all',
              lineStyle: { opacity: 0 },
              tooltip: { show: false },
            },
            {
              ...plain,
              name: labels.band,
              data: band.p90.map((v, i) => v - band.p10[i]),
              stack: 'band',
              stackStrategy: 'all',
              lineStyle: { opacity: 0 },
              areaStyle: { opacity: 0.3 },
            },
          ]
        : []),
      { ...plain, name: labels.median, data: band.p50, lineStyle: { width: 3 } },
      ...(band.first
        ? [{ ...plain, name: labels.first, data: band.first, lineStyle: { type: 'dashed', width: 1.5 } }]
        : []),
    ],
  };
};
