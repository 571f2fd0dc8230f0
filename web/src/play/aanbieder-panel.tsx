import { useState } from 'react';
import type { SeatView } from '../api/view-types.ts';
import { KpiGrid } from '../components/kpi-grid.tsx';
import { TableScroll } from '../components/table-scroll.tsx';
import { useLocale } from '../i18n/i18n.ts';
import { aanbiederVm, type CareTypeFilter } from './aanbieder-vm.ts';
import type { Act } from './role-desk.tsx';
import { StanceForm } from './stance-form.tsx';

/** A region can have well over a hundred providers: a phone shows the first few until asked for all. */
const providersShown = 12;

/** Aanbieder (uitvoering, the market): the providers' own finances, contracts and staff, and the team's course. */
export const AanbiederPanel = ({
  view,
  act,
  canDecide,
}: {
  view: SeatView;
  act: Act;
  canDecide: boolean;
}) => {
  const { t, format } = useLocale();
  const [filter, setFilter] = useState<CareTypeFilter>('all');
  const [all, setAll] = useState(false);
  const vm = aanbiederVm(view, filter);
  if (!vm) return null;
  const shown = all ? vm.providers : vm.providers.slice(0, providersShown);
  return (
    <div className="stack">
      <h2>{t('lens.markt')}</h2>
      <p className="help">{t('lens.marktHelp')}</p>
      <KpiGrid kpis={vm.kpis} />
      <StanceForm current={vm.stance} act={act} canDecide={canDecide} />
      <label htmlFor="provider-filter">{t('providers.filter')}</label>
      <select
        id="provider-filter"
        value={filter}
        onChange={(e) => setFilter(e.target.value as CareTypeFilter)}
      >
        <option value="all">{t('providers.allTypes')}</option>
        {vm.types.map((type) => (
          <option key={type} value={type}>
            {t(`careType.${type}`)}
          </option>
        ))}
      </select>
      <TableScroll label={t('providers.marketCaption')}>
        <table>
          <caption>{t('providers.marketCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('providers.name')}</th>
              <th scope="col">{t('providers.type')}</th>
              <th scope="col">{t('providers.reserves')}</th>
              <th scope="col">{t('providers.contracts')}</th>
              <th scope="col">{t('providers.fte')}</th>
              <th scope="col">{t('providers.sickLeave')}</th>
              <th scope="col">{t('providers.adminShare')}</th>
              <th scope="col">{t('providers.quality')}</th>
              <th scope="col">{t('providers.occupancy')}</th>
              <th scope="col">{t('providers.waiting')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((p) => (
              <tr key={p.id} className={p.bankrupt ? 'muted' : undefined}>
                <th scope="row">
                  {p.name}
                  {p.bankrupt && ` (${t('providers.bankrupt')})`}
                </th>
                <td>{t(`careType.${p.type}`)}</td>
                <td className={p.atRisk ? 'warn' : undefined}>
                  {format.euroCompact(p.reservesEur)}
                  {p.atRisk && ` (${t('providers.inTheRed')})`}
                </td>
                <td>{format.integer(p.contracts)}</td>
                <td>{format.decimal(p.fte)}</td>
                <td>{format.percent(p.sickLeave)}</td>
                <td>{format.percent(p.adminShare)}</td>
                <td>{format.percent(p.quality)}</td>
                <td>{format.percent(p.occupancy)}</td>
                <td>{format.integer(p.waiting)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      {vm.providers.length > providersShown && (
        <button type="button" className="small" onClick={() => setAll(!all)}>
          {all ? t('providers.showFewer') : t('providers.showAll', { count: vm.providers.length })}
        </button>
      )}
    </div>
  );
};
