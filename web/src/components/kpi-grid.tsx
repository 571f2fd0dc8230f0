import { useLocale } from '../i18n/i18n.ts';
import type { Kpi } from '../play/kpi.ts';

/** Numbers of a lens as a definition list: label, then the value in the reader's locale. */
export const KpiGrid = ({ kpis }: { kpis: Kpi[] }) => {
  const { t, format } = useLocale();
  return (
    <dl className="kpis">
      {kpis.map((k) => (
        <div key={k.key} className="kpi">
          <dt>{t(`metric.${k.key}`)}</dt>
          <dd>{format[k.format](k.value)}</dd>
        </div>
      ))}
    </dl>
  );
};
