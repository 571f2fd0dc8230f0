import { TableScroll } from '../components/table-scroll.tsx';
import { useLocale } from '../i18n/i18n.ts';
import type { Debrief } from './debrief-vm.ts';

type Row = Pick<Debrief['meetbaarMerkbaar'][number], 'meetbaar' | 'merkbaar'> & { id: string; name: string };

/**
 * Meetbaar beside merkbaar per municipality: the dashboard's columns first, then the families'. Used for the
 * last year and for any replayed round, so both read the same way.
 */
export const SideBySideTable = ({
  caption,
  rows,
  own,
}: {
  caption: string;
  rows: Row[];
  /** The municipality the reader played, marked beside the others (solo play: the bots). */
  own?: string;
}) => {
  const { t, format } = useLocale();
  return (
    <TableScroll label={caption}>
      <table className="side-by-side stacked">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <td />
            <th scope="colgroup" colSpan={3} className="lens-beleid">
              {t('debrief.meetbaar')}
            </th>
            <th scope="colgroup" colSpan={3} className="lens-leefwereld">
              {t('debrief.merkbaar')}
            </th>
          </tr>
          <tr>
            <th scope="col">{t('debrief.municipality')}</th>
            <th scope="col">{t('metric.registeredWaiting')}</th>
            <th scope="col">{t('metric.registeredSuccess')}</th>
            <th scope="col">{t('metric.lawfulness')}</th>
            <th scope="col">{t('metric.weeksToFirstHelp')}</th>
            <th scope="col">{t('metric.storyTellings')}</th>
            <th scope="col">{t('metric.trust')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((m) => (
            <tr key={m.id} className={m.id === own ? 'own' : undefined}>
              <th scope="row">
                {m.name}
                {own !== undefined && ` (${t(m.id === own ? 'debrief.yours' : 'debrief.bot')})`}
              </th>
              {/* On a phone each row stacks (app.css table.stacked); a group's first cell names the group. */}
              <td
                className="group-start"
                data-group={t('debrief.meetbaar')}
                data-label={t('metric.registeredWaiting')}
              >
                {format.integer(m.meetbaar?.registeredWaiting)}
              </td>
              <td data-label={t('metric.registeredSuccess')}>
                {format.percent(m.meetbaar?.registeredSuccessShare)}
              </td>
              <td data-label={t('metric.lawfulness')}>{format.percent(m.meetbaar?.lawfulness)}</td>
              <td
                className="group-start"
                data-group={t('debrief.merkbaar')}
                data-label={t('metric.weeksToFirstHelp')}
              >
                {format.decimal(m.merkbaar?.weeksToFirstHelp)}
              </td>
              <td data-label={t('metric.storyTellings')}>
                {format.decimal(m.merkbaar?.storyTellingsPerFamily)}
              </td>
              <td data-label={t('metric.trust')}>{format.percent(m.merkbaar?.trust)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
};
