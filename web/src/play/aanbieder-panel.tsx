import { useState } from 'react';
import type { SeatView } from '../api/view-types.ts';
import { KpiGrid } from '../components/kpi-grid.tsx';
import { useLocale } from '../i18n/i18n.ts';
import { aanbiederVm, type CareTypeFilter } from './aanbieder-vm.ts';
import { ProvidersTable } from './providers-table.tsx';
import type { Act } from './role-desk.tsx';
import { StanceForm } from './stance-form.tsx';

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
  const { t } = useLocale();
  const [filter, setFilter] = useState<CareTypeFilter>('all');
  const vm = aanbiederVm(view, filter);
  if (!vm) return null;
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
      <ProvidersTable
        caption={t('providers.marketCaption')}
        providers={vm.providers}
        columns={[
          'type',
          'reserves',
          'contracts',
          'fte',
          'sickLeave',
          'adminShare',
          'quality',
          'occupancy',
          'waiting',
        ]}
      />
    </div>
  );
};
