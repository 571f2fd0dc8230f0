import type { CSSProperties } from 'react';
import { useLocale } from '../i18n/i18n.ts';
import type { Panel, PanelFormat } from './projector-vm.ts';

/** A panel's number in the reader's language, with its unit as a real plural ("1 week", "3 weken"). */
export const usePanelValue = () => {
  const { t, format } = useLocale();
  return (f: PanelFormat, v: number | null): string => {
    if (v === null) return '–';
    if (f === 'integer') return format.integer(v);
    if (f === 'percent') return format.percent(v);
    return t(`unit.${f}`, { count: v, value: format.decimal(v) });
  };
};

const PanelFigure = ({ panel }: { panel: Panel }) => {
  const { t } = useLocale();
  const show = usePanelValue();
  const id = `panel-${panel.id}`;
  return (
    <figure
      className={`panel lens-${panel.side === 'meetbaar' ? 'beleid' : 'leefwereld'}`}
      aria-labelledby={id}
    >
      <figcaption id={id}>{t(`panel.${panel.id}`)}</figcaption>
      <ul className="panel-rows">
        {panel.rows.map((r) => (
          <li key={r.id}>
            <span className="panel-name">{r.name}</span>
            <span className="panel-bar" aria-hidden="true">
              <span style={{ width: `${Math.round(r.share * 100)}%` }} />
            </span>
            <span className="panel-value">{show(panel.format, r.value)}</span>
          </li>
        ))}
      </ul>
    </figure>
  );
};

/**
 * Small multiples for the projector: the dashboard's measures on the left, the families' on the right, each
 * on its own scale. Bars are drawn with CSS and the numbers are text, so they stay sharp and large at any size
 * and a screen reader reads name and value per row. On the projector during play the type follows the screen's
 * height and the number of municipalities (`--rows`), so five of them fit one 1920x1080 screen.
 */
export const ResultPanels = ({ panels }: { panels: Panel[] }) => {
  const { t } = useLocale();
  // The number of municipalities, so the projector's CSS can size the panels to the screen (classroom.css).
  const rows = { '--rows': panels[0]?.rows.length ?? 1 } as CSSProperties;
  return (
    <div className="panels" style={rows}>
      {(['meetbaar', 'merkbaar'] as const).map((side) => (
        <section key={side} className={`panel-column ${side}`} aria-labelledby={`side-${side}`}>
          <h3 id={`side-${side}`}>{t(`debrief.${side}`)}</h3>
          {panels
            .filter((p) => p.side === side)
            .map((p) => (
              <PanelFigure key={p.id} panel={p} />
            ))}
        </section>
      ))}
    </div>
  );
};
