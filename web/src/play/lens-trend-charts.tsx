import type { SeatView } from '../api/view-types.ts';
import { Chart } from '../components/chart.tsx';
import { useLocale } from '../i18n/i18n.ts';
import { trendChart } from './lens-trends.ts';

type Lenses = SeatView['lenses'];

/** Contracten over the years: what the contracts made the market do (early closures, failures, providers). */
export const MarketTrend = ({ series }: { series: NonNullable<Lenses['contracten']>['series'] }) => {
  const { t, format } = useLocale();
  if (series.length === 0) return null;
  const data = trendChart(series, [
    { name: t('metric.earlyClosures'), value: (y) => y.earlyClosures },
    { name: t('metric.bankruptcies'), value: (y) => y.bankruptcies },
    { name: t('metric.activeProviders'), value: (y) => y.activeProviders },
  ]);
  return <Chart title={t('chart.marketTrend')} data={data} formatValue={format.integer} />;
};

/** Praktijk over the years: the share of the week lost to forms, sick leave and colleagues leaving. */
export const WeekTrend = ({ series }: { series: NonNullable<Lenses['praktijk']>['series'] }) => {
  const { t, format } = useLocale();
  if (series.length === 0) return null;
  const data = trendChart(series, [
    { name: t('metric.adminShare'), value: (y) => y.adminShare },
    { name: t('metric.sickLeave'), value: (y) => y.sickLeave },
    { name: t('metric.turnover'), value: (y) => y.turnover },
  ]);
  return <Chart title={t('chart.weekTrend')} data={data} formatValue={format.percent} />;
};

/** Leefwereld over the years: how long families wait and how often they tell their story, per family. */
export const LivedTrend = ({ series }: { series: NonNullable<Lenses['leefwereld']>['series'] }) => {
  const { t, format } = useLocale();
  if (series.length === 0) return null;
  const data = trendChart(series, [
    { name: t('metric.weeksToFirstHelp'), value: (y) => y.weeksToFirstHelp },
    { name: t('metric.storyTellings'), value: (y) => y.storyTellingsPerFamily },
    { name: t('metric.desks'), value: (y) => y.desksPerFamily },
  ]);
  return <Chart title={t('chart.livedTrend')} data={data} formatValue={format.decimal} />;
};
