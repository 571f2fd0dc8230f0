import { useMemo, useState } from 'react';
import { TableScroll } from '../components/table-scroll.tsx';
import { useLocale } from '../i18n/i18n.ts';
import type { Debrief } from './debrief-vm.ts';
import { familyJourneysVm } from './family-journeys-vm.ts';
import { FamilyTimeline } from './family-timeline.tsx';
import { SankeyFigure } from './sankey-chart.tsx';
import { sankeyOption } from './sankey-option.ts';

/**
 * A named family side by side across municipalities (GAME.md section 9): what it went through (counters),
 * when (timeline) and along which route (Sankey), each with a text alternative.
 */
export const FamiliesSection = ({
  debrief,
  large = false,
  titled = true,
}: {
  debrief: Debrief;
  large?: boolean;
  /** False in the compact debrief, whose heading (id debrief-families) holds the button opening it. */
  titled?: boolean;
}) => {
  const { t, format } = useLocale();
  const [key, setKey] = useState<string | null>(null);
  const vm = useMemo(() => familyJourneysVm(debrief, key), [debrief, key]);
  const stage = (s: string) => t(`debrief.stage.${s}`);
  const option = useMemo(
    () =>
      vm
        ? (vertical: boolean) => sankeyOption(vm.flows, (s) => t(`debrief.stage.${s}`), { large, vertical })
        : null,
    [vm, t, large],
  );
  if (!vm || !option) return null;
  return (
    <section className="stack debrief-section" aria-labelledby="debrief-families">
      {titled && <h3 id="debrief-families">{t('debrief.families.title')}</h3>}
      <div className="no-print">
        <label htmlFor="family-pick">{t('debrief.families.pick')}</label>
        <select id="family-pick" value={vm.key} onChange={(e) => setKey(e.target.value)}>
          {vm.choices.map((f) => (
            <option key={f.key} value={f.key}>
              {f.name}
            </option>
          ))}
        </select>
      </div>
      <h4>{vm.name}</h4>
      <TableScroll label={t('debrief.families.counters', { name: vm.name })}>
        <table className="stacked">
          <caption>{t('debrief.families.counters', { name: vm.name })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('debrief.municipality')}</th>
              <th scope="col">{t('debrief.families.weeksWaited')}</th>
              <th scope="col">{t('debrief.families.tellings')}</th>
              <th scope="col">{t('debrief.families.desks')}</th>
              <th scope="col">{t('debrief.families.professionals')}</th>
              <th scope="col">{t('debrief.families.letters')}</th>
              <th scope="col">{t('metric.trust')}</th>
            </tr>
          </thead>
          <tbody>
            {vm.lanes.map((l) => (
              <tr key={l.id}>
                <th scope="row">{l.name}</th>
                <td data-label={t('debrief.families.weeksWaited')}>
                  {format.integer(l.counters.weeksWaited)}
                </td>
                <td data-label={t('debrief.families.tellings')}>{format.integer(l.counters.tellings)}</td>
                <td data-label={t('debrief.families.desks')}>{format.integer(l.counters.desks)}</td>
                <td data-label={t('debrief.families.professionals')}>
                  {format.integer(l.counters.professionals)}
                </td>
                <td data-label={t('debrief.families.letters')}>{format.integer(l.counters.letters)}</td>
                <td data-label={t('metric.trust')}>{format.percent(l.counters.trust)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <div className="debrief-columns">
        <FamilyTimeline vm={vm} />
        <SankeyFigure
          title={t('debrief.families.route', { name: vm.name })}
          columns={vm.columns}
          option={option}
        >
          <details>
            <summary>{t('debrief.families.asList')}</summary>
            <ul className="route-list">
              {vm.lanes.map((l) => (
                <li key={l.id}>
                  <strong>{l.name}:</strong>{' '}
                  {l.route
                    .map((r) =>
                      r.weeks === null
                        ? `${stage(r.stage)} (${t('debrief.families.when', r.when)})`
                        : `${stage(r.stage)} (${t('debrief.families.when', r.when)}, ${t('debrief.families.weeks', { count: r.weeks })})`,
                    )
                    .join(' → ')}
                </li>
              ))}
            </ul>
          </details>
        </SankeyFigure>
      </div>
    </section>
  );
};
