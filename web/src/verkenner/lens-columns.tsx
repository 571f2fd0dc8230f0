import { useMemo } from 'react';
import { explorerLenses, outcomes } from '../../../game/explorer/outcomes.ts';
import { Chart } from '../components/chart.tsx';
import { useLocale } from '../i18n/i18n.ts';
import { bandOption, bandTable } from './band-option.ts';
import { type Band, differenceBand, firstClearYear, outcomeBand } from './bands.ts';
import { formatterFor } from './unit-format.ts';
import type { RunSeries } from './worker-protocol.ts';

export type Runs = (RunSeries | undefined)[];
export type ChartHandle = { getDataURL: (o?: object) => string };
export type ChartRegistry = Map<string, ChartHandle | null>;

type Props = {
  current: Runs;
  /** The runs to subtract (baseline or pinned, same seeds), or null to show the projection itself. */
  reference: Runs | null;
  registry: ChartRegistry;
  version: number;
};

const DelayNote = ({ band, startYear }: { band: Band; startYear: number }) => {
  const { t } = useLocale();
  const year = firstClearYear(band);
  if (band.n < 3) return null;
  const text =
    year === null
      ? t('verkenner.delay.notClear')
      : year === startYear
        ? t('verkenner.delay.clearNow', { year })
        : t('verkenner.delay.clear', { year, after: year - startYear });
  return <p className="help delay-note">{text}</p>;
};

/** The three lenses side by side, each with its headline outcomes as bands (or differences with bands). */
export const LensColumns = ({ current, reference, registry, version }: Props) => {
  const { t, format } = useLocale();
  const labels = useMemo(
    () => ({
      p10: t('verkenner.series.p10'),
      median: t('verkenner.series.median'),
      p90: t('verkenner.series.p90'),
      band: t('verkenner.series.band'),
      first: t('verkenner.series.first'),
    }),
    [t],
  );
  // biome-ignore lint/correctness/useExhaustiveDependencies: the runs arrays are filled in place; version says when.
  const charts = useMemo(
    () =>
      outcomes.map((o, k) => {
        const band = reference ? differenceBand(current, reference, k) : outcomeBand(current, k);
        const formatValue = formatterFor(format, o.unit);
        return { o, band, formatValue, option: band ? bandOption(band, labels, formatValue) : null };
      }),
    [current, reference, version, format, labels],
  );
  // One stable callback per chart, so a re-render does not redraw a chart whose data did not change.
  const callbacks = useMemo(() => new Map<string, (c: ChartHandle | null) => void>(), []);
  const register = (key: string) => {
    const known = callbacks.get(key);
    if (known) return known;
    const made = (chart: ChartHandle | null) => registry.set(key, chart);
    callbacks.set(key, made);
    return made;
  };
  return (
    <div className="lens-columns">
      {explorerLenses.map((lens) => (
        <section key={lens} aria-labelledby={`lens-${lens}`} className={`card stack lens-column ${lens}`}>
          <h2 id={`lens-${lens}`}>{t(`verkenner.lens.${lens}`)}</h2>
          {charts
            .filter((c) => c.o.lens === lens)
            .map(({ o, band, formatValue, option }) =>
              band && option ? (
                <div key={o.key} className="outcome-chart" data-outcome={o.key}>
                  <Chart
                    title={t(reference ? 'verkenner.diffTitle' : 'verkenner.chartTitle', {
                      outcome: t(`verkenner.outcome.${o.key}`),
                      from: band.years[0],
                      to: band.years.at(-1),
                    })}
                    data={bandTable(band, labels)}
                    formatValue={formatValue}
                    option={option}
                    onChart={register(o.key)}
                  />
                  {reference && <DelayNote band={band} startYear={band.years[0]} />}
                </div>
              ) : (
                <p key={o.key} className="help">
                  {t('verkenner.busy')}
                </p>
              ),
            )}
        </section>
      ))}
    </div>
  );
};
