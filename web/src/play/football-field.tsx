import { type CSSProperties, useId } from 'react';
import { useLocale } from '../i18n/i18n.ts';
import '../styles/football-field.css';
import { BAND, CARD, PITCH, VIEW } from './football-field-layout.ts';
import type { FieldZone, FootballFieldVm } from './football-field-vm.ts';
import { PitchLines, PitchMarkings } from './pitch-markings.tsx';

const ZoneCard = ({ zone }: { zone: FieldZone }) => {
  const { t, format } = useLocale();
  const { card } = zone;
  // The pointer ties a card that had to move rows to the middle of its own zone, on the touchline band.
  const from = card.pointer === 'up' ? card.y : card.y + CARD.height;
  const to = card.pointer === 'up' ? PITCH.y + BAND / 2 : PITCH.y + PITCH.height - BAND / 2;
  return (
    <g className={`field-card ${zone.line}`}>
      {card.pointer && (
        <>
          <line x1={card.tipX} y1={from} x2={card.tipX} y2={to} className="field-card-pointer-casing" />
          <line x1={card.tipX} y1={from} x2={card.tipX} y2={to} className="field-card-pointer" />
          <circle cx={card.tipX} cy={to} r={12} className="field-card-pointer" />
        </>
      )}
      <rect x={card.x} y={card.y} width={CARD.width} height={CARD.height} rx={16} className="field-card-bg" />
      <g textAnchor="middle">
        <text x={card.x + CARD.width / 2} y={card.y + 54} className="field-card-name">
          {t(`board.field.line.${zone.line}`)}
        </text>
        <text x={card.x + CARD.width / 2} y={card.y + 118} className="field-card-share">
          {format.percent(zone.share)}
        </text>
        <text x={card.x + CARD.width / 2} y={card.y + 164} className="field-card-eur">
          {format.euroCompact(zone.eur)}
        </text>
      </g>
    </g>
  );
};

/** Plan against what was spent, and the risk reflex in words (never by colour alone), under each zone. */
const ZoneNote = ({ zone }: { zone: FieldZone }) => {
  const { t, format } = useLocale();
  return (
    <li className={`field-note ${zone.line}`}>
      <strong>{t(`board.field.line.${zone.line}`)}</strong>
      {zone.lastYearEur !== null && (
        <span>{t('board.field.lastYear', { eur: format.euroCompact(zone.lastYearEur) })}</span>
      )}
      {zone.reflexMoved && (
        <span className="field-note-reflex">
          {t('board.field.reflex', {
            share: format.percent(zone.effectiveShare),
            planned: format.percent(zone.inForceShare),
          })}
        </span>
      )}
    </li>
  );
};

/**
 * The budget split as a football pitch, own goal on the left: each line's zone is as wide as its share, so
 * moving a slider visibly moves money across the field. The sliders in the form stay the inputs; the picture
 * is named by one sentence that reads all three zones (WCAG 1.1.1). Each zone has a light tint and bands of its
 * colour on the touchlines: the tint alone turns muddy where purple meets grass.
 */
export const FootballField = ({ vm }: { vm: FootballFieldVm }) => {
  const { t, format } = useLocale();
  const titleId = useId();
  const budget = format.euroCompact(vm.budgetEur);
  const summary = t('board.field.summary', {
    budget,
    zones: vm.zones
      .map((z) =>
        t('board.field.zone', {
          name: t(`board.field.line.${z.line}`),
          share: format.percent(z.share),
          eur: format.euroCompact(z.eur),
        }),
      )
      .join(', '),
  });
  // Notes sit under their zones where the width allows: columns in proportion to the shares, each at least
  // wide enough to read (the stylesheet stacks them on a phone).
  const columns = {
    '--field-columns': vm.zones.map((z) => `minmax(10rem, ${z.share.toFixed(4)}fr)`).join(' '),
  } as CSSProperties;
  const showNotes = vm.hasLastYear || vm.reflexMoved;
  return (
    <figure className="football-field">
      <figcaption>{t('board.field.caption', { budget })}</figcaption>
      <svg viewBox={`0 0 ${VIEW.width} ${VIEW.height}`} role="img" aria-labelledby={titleId}>
        <title id={titleId}>{summary}</title>
        <PitchMarkings />
        {vm.zones.map((z) => (
          <g key={z.line} className={`field-zone ${z.line}`}>
            <rect
              x={z.box.x}
              y={PITCH.y}
              width={z.box.width}
              height={PITCH.height}
              className="field-zone-tint"
            />
            <rect x={z.box.x} y={PITCH.y} width={z.box.width} height={BAND} className="field-zone-band" />
            <rect
              x={z.box.x}
              y={PITCH.y + PITCH.height - BAND}
              width={z.box.width}
              height={BAND}
              className="field-zone-band"
            />
          </g>
        ))}
        <PitchLines />
        {vm.zones.slice(1).map((z) => (
          <line
            key={z.line}
            x1={z.box.x}
            y1={PITCH.y}
            x2={z.box.x}
            y2={PITCH.y + PITCH.height}
            className="field-boundary"
          />
        ))}
        {vm.zones.map((z) => (
          <ZoneCard key={z.line} zone={z} />
        ))}
      </svg>
      <p className="field-direction">
        <span>{t('board.field.ownGoal')}</span>
        <span>{t('board.field.attackDirection')}</span>
      </p>
      {showNotes ? (
        <ul className="field-notes" style={columns}>
          {vm.zones.map((z) => (
            <ZoneNote key={z.line} zone={z} />
          ))}
        </ul>
      ) : (
        <p className="help">{t('board.field.noYearYet')}</p>
      )}
    </figure>
  );
};
