import { useState } from 'react';
import type { SeatView } from '../api/view-types.ts';
import { ErrorNotice } from '../components/error-notice.tsx';
import { KpiGrid } from '../components/kpi-grid.tsx';
import { MarkLegend } from '../debrief/family-timeline.tsx';
import { useLocale } from '../i18n/i18n.ts';
import { ervaringsdeskundigeVm, signalAspects } from './ervaringsdeskundige-vm.ts';
import { FamilyList } from './family-list.tsx';
import { inkoperVm } from './inkoper-vm.ts';
import { LivedTrend, MarketTrend, WeekTrend } from './lens-trend-charts.tsx';
import { professionalVm } from './professional-vm.ts';
import { ProvidersTable } from './providers-table.tsx';
import { type Act, RoleDesk, ShareButton } from './role-desk.tsx';
import { ShownYear } from './shown-year.tsx';

type PanelProps = { view: SeatView; act: Act; canDecide: boolean };

/** Contracten: the contract designer with the providers' state. */
export const InkoperPanel = ({ view, act, canDecide }: PanelProps) => {
  const { t } = useLocale();
  const vm = inkoperVm(view);
  return (
    <div className="stack">
      <h2>{t('lens.contracten')}</h2>
      <ShownYear shown={view.lenses.contracten?.shown} />
      <KpiGrid kpis={vm.kpis} />
      <MarketTrend series={view.lenses.contracten?.series ?? []} />
      <ShareButton forRole="inkoper" item="contracten.behaviour" act={act} />
      <RoleDesk view={view} forRole="inkoper" act={act} canDecide={canDecide} />
      <ProvidersTable
        caption={t('providers.caption')}
        providers={vm.providers}
        columns={['type', 'quality', 'occupancy', 'waiting', 'reserves']}
      />
    </div>
  );
};

/** Praktijk: the week of the local team, and the professional's mandate and reflection choices. */
export const ProfessionalPanel = ({ view, act, canDecide }: PanelProps) => {
  const { t, format } = useLocale();
  const vm = professionalVm(view);
  return (
    <div className="stack">
      <h2>{t('lens.praktijk')}</h2>
      <ShownYear shown={view.lenses.praktijk?.shown} />
      {vm.hoursOfTheWeek && (
        <p className="lead">
          {t('week.split', {
            admin: format.decimal(vm.hoursOfTheWeek.admin),
            families: format.decimal(vm.hoursOfTheWeek.families),
          })}
        </p>
      )}
      <KpiGrid kpis={vm.kpis} />
      <WeekTrend series={view.lenses.praktijk?.series ?? []} />
      <ShareButton forRole="professional" item="praktijk.workload" act={act} />
      <RoleDesk view={view} forRole="professional" act={act} canDecide={canDecide} />
    </div>
  );
};

/** Leefwereld: named families' journeys as timelines and stories; raising a signal to the team. */
export const ErvaringsdeskundigePanel = ({ view, act, canDecide }: PanelProps) => {
  const { t } = useLocale();
  const vm = ervaringsdeskundigeVm(view);
  const [error, setError] = useState<unknown>(null);
  const [aspect, setAspect] = useState<string>(signalAspects[0]);
  const raise = (familyKey: string) =>
    act({ type: 'raise-signal', familyKey, aspect: aspect as (typeof signalAspects)[number] }).then(
      () => setError(null),
      setError,
    );
  return (
    <div className="stack">
      <h2>{t('lens.leefwereld')}</h2>
      <ShownYear shown={view.lenses.leefwereld?.shown} />
      <KpiGrid kpis={vm.kpis} />
      <LivedTrend series={view.lenses.leefwereld?.series ?? []} />
      {vm.signalsAreDecor && <p className="notice">{t('signal.decor')}</p>}
      <label htmlFor="signal-aspect">{t('signal.aspect')}</label>
      <select id="signal-aspect" value={aspect} onChange={(e) => setAspect(e.target.value)}>
        {signalAspects.map((a) => (
          <option key={a} value={a}>
            {t(`aspect.${a}`)}
          </option>
        ))}
      </select>
      <ErrorNotice error={error} />
      <MarkLegend />
      <FamilyList
        families={vm.families}
        extra={(f) => {
          const signals = vm.families.find((x) => x.key === f.key)?.signals ?? [];
          return (
            <>
              {signals.length > 0 && <p>{t('signal.raisedCount', { count: signals.length })}</p>}
              <div className="actions">
                <button type="button" onClick={() => raise(f.key)} disabled={!canDecide}>
                  {t('signal.raise', { name: f.name })}
                </button>
                <ShareButton forRole="ervaringsdeskundige" item={`family:${f.key}`} act={act} />
              </div>
            </>
          );
        }}
      />
      <RoleDesk view={view} forRole="ervaringsdeskundige" act={act} canDecide={canDecide} />
    </div>
  );
};
