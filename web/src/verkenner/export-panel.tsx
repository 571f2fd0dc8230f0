import type { Scenario } from '../../../engine/index.ts';
import { outcomes } from '../../../game/explorer/outcomes.ts';
import type { ExplorerSetting } from '../../../game/explorer/setting.ts';
import { useLocale } from '../i18n/i18n.ts';
import { chartsToPng, download } from './download.ts';
import { type NamedRuns, projectionCsv, projectionJson, scenarioFileText } from './exports.ts';
import type { ChartRegistry } from './lens-columns.tsx';

type Props = { scenario: Scenario; setting: ExplorerSetting; named: NamedRuns[]; registry: ChartRegistry };

/** Share and keep: the link, the projection as CSV and JSON, the charts as PNG, the setting as a scenario. */
export const ExportPanel = ({ scenario, setting, named, registry }: Props) => {
  const { t } = useLocale();
  const base = `${scenario.id}-verkenner`;
  const png = async () => {
    const urls = outcomes.flatMap((o) => {
      const chart = registry.get(o.key);
      return chart ? [chart.getDataURL({ backgroundColor: '#fff' })] : [];
    });
    download(`${base}.png`, await chartsToPng(urls));
  };
  return (
    <section aria-labelledby="export-title" className="card stack">
      <h2 id="export-title">{t('verkenner.export.title')}</h2>
      <p className="help">{t('verkenner.export.link')}</p>
      <div className="actions">
        <button type="button" onClick={() => download(`${base}.csv`, projectionCsv(named), 'text/csv')}>
          {t('verkenner.export.csv')}
        </button>
        <button
          type="button"
          onClick={() => download(`${base}.json`, projectionJson(scenario.id, named), 'application/json')}
        >
          {t('verkenner.export.json')}
        </button>
        <button type="button" onClick={() => void png()}>
          {t('verkenner.export.png')}
        </button>
        <button
          type="button"
          aria-describedby="export-scenario-help"
          onClick={() =>
            download(`${base}-scenario.json`, scenarioFileText(scenario, setting), 'application/json')
          }
        >
          {t('verkenner.export.scenario')}
        </button>
      </div>
      <p id="export-scenario-help" className="help">
        {t('verkenner.export.scenarioHelp')}
      </p>
    </section>
  );
};
