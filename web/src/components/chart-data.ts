/** What a chart shows, independent of the chart library: the same data feeds the text alternative. */
export type ChartData = {
  kind: 'line' | 'bar';
  categories: string[];
  series: { name: string; values: (number | null)[] }[];
};

/** The ECharts option for chart data; a pure function so it is tested without a canvas. */
export const chartOption = (data: ChartData, formatValue: (n: number) => string, large = false) => {
  const fontSize = large ? 22 : 13;
  return {
    aria: { enabled: true },
    animation: false,
    textStyle: { fontSize },
    grid: { left: 8, right: 16, top: 40, bottom: 8, containLabel: true },
    legend: { top: 0, textStyle: { fontSize } },
    tooltip: {
      trigger: 'axis' as const,
      valueFormatter: (v: unknown) => (typeof v === 'number' ? formatValue(v) : ''),
    },
    xAxis: { type: 'category' as const, data: data.categories, axisLabel: { fontSize } },
    yAxis: { type: 'value' as const, axisLabel: { fontSize, formatter: formatValue } },
    series: data.series.map((s) => ({
      name: s.name,
      type: data.kind,
      data: s.values,
      ...(data.kind === 'line' ? { symbolSize: large ? 12 : 8, lineStyle: { width: large ? 4 : 2 } } : {}),
    })),
  };
};
