import { useEffect, useMemo, useRef } from 'react';
import { useLocale } from '../i18n/i18n.ts';
import { type ChartData, chartOption } from './chart-data.ts';
import { echarts } from './echarts-setup.ts';

/**
 * A chart with its text alternative: the caption says what it shows and a table holds the same numbers, so
 * screen-reader users and anyone who cannot read the picture get the data (WCAG 1.1.1).
 */
export const Chart = ({
  title,
  data,
  formatValue,
  large = false,
  option,
  onChart,
}: {
  title: string;
  data: ChartData;
  formatValue: (n: number) => string;
  large?: boolean;
  /** An ECharts option to draw instead of the one made from `data` (the verkenner's bands); `data` stays the table. */
  option?: Record<string, unknown>;
  /** Hands out the live chart (for export as an image); called with null when it goes. */
  onChart?: (chart: ReturnType<typeof echarts.init> | null) => void;
}) => {
  const { t } = useLocale();
  const el = useRef<HTMLDivElement>(null);
  const shown = useMemo(
    () => option ?? chartOption(data, formatValue, large),
    [option, data, formatValue, large],
  );
  const latest = useRef(shown);
  latest.current = shown;
  const live = useRef<{ chart: ReturnType<typeof echarts.init>; drawn: object } | null>(null);
  // The ECharts instance lives as long as the element: made once, then given each new option in place, merged
  // (the series replaced, so a series that went is gone). Making it anew, or replacing the whole option, makes
  // ECharts read the element's size and position (a forced layout of the page) for the chart and its tooltip;
  // on the verkenner's twelve charts, redrawn per arriving seed, that held the page's main thread for hundreds
  // of milliseconds per seed (docs/performance.md, section 5).
  useEffect(() => {
    if (!el.current) return;
    const chart = echarts.init(el.current, undefined, { renderer: 'svg' });
    chart.setOption(latest.current);
    live.current = { chart, drawn: latest.current };
    onChart?.(chart);
    const observer = new ResizeObserver(() => chart.resize());
    observer.observe(el.current);
    return () => {
      observer.disconnect();
      onChart?.(null);
      live.current = null;
      chart.dispose();
    };
  }, [onChart]);
  useEffect(() => {
    const now = live.current;
    if (!now || now.drawn === shown) return;
    now.chart.setOption(shown, { replaceMerge: ['series'] });
    now.drawn = shown;
  }, [shown]);
  return (
    <figure className={large ? 'chart large' : 'chart'}>
      <figcaption>{title}</figcaption>
      <div ref={el} className="chart-canvas" aria-hidden="true" />
      <details>
        <summary>{t('chart.asTable')}</summary>
        <table className="stacked">
          <thead>
            <tr>
              <th scope="col">{t('chart.category')}</th>
              {data.series.map((s) => (
                <th scope="col" key={s.name}>
                  {s.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {data.categories.map((c, i) => (
              <tr key={c}>
                <th scope="row">{c}</th>
                {data.series.map((s) => (
                  <td key={s.name} data-label={s.name}>
                    {s.values[i] === null ? '–' : formatValue(s.values[i] as number)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
};
