import { useState } from 'react';
import { TableScroll } from '../components/table-scroll.tsx';
import { useLocale } from '../i18n/i18n.ts';
import type { Debrief } from './debrief-vm.ts';
import { LoopFigure } from './loop-figure.tsx';
import { loopsVm, REGION } from './loops-vm.ts';

/**
 * The causal loops that dominated (GAME.md section 9): six small loop diagrams, the two strongest highlighted for
 * the region or for the chosen municipality, and every score per municipality in a table beside them. Without
 * `titled` the heading (id debrief-loops) is the compact debrief's, around the button that opens the section.
 */
export const LoopsSection = ({ debrief, titled = true }: { debrief: Debrief; titled?: boolean }) => {
  const { t, language, format } = useLocale();
  const [scope, setScope] = useState(REGION);
  const vm = loopsVm(debrief, language, scope);
  return (
    <section className="stack debrief-section" aria-labelledby="debrief-loops">
      {titled && <h3 id="debrief-loops">{t('debrief.loops.title')}</h3>}
      <p className="help">{t('debrief.loops.intro')}</p>
      <div className="no-print">
        <label htmlFor="loop-scope">{t('debrief.loops.scope')}</label>
        <select id="loop-scope" value={vm.scope} onChange={(e) => setScope(e.target.value)}>
          {vm.scopes.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name ?? t('debrief.loops.region')}
            </option>
          ))}
        </select>
      </div>
      <div className="loop-grid">
        {vm.loops.map((l) => (
          <LoopFigure key={l.id} loop={l} />
        ))}
      </div>
      <TableScroll label={t('debrief.loops.table')}>
        <table className="stacked">
          <caption>{t('debrief.loops.table')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('debrief.loops.loop')}</th>
              <th scope="col">{t('debrief.loops.region')}</th>
              {vm.municipalities.map((m) => (
                <th scope="col" key={m.id}>
                  {m.name}
                </th>
              ))}
              <th scope="col">{t('debrief.loops.sources')}</th>
            </tr>
          </thead>
          <tbody>
            {vm.loops.map((l) => (
              <tr key={l.id}>
                <th scope="row">
                  {l.title} ({l.kind})<span className="help block">{l.why}</span>
                </th>
                <td data-label={t('debrief.loops.region')}>{format.percent(l.region)}</td>
                {l.perMunicipality.map((m, i) => (
                  <td key={m.id} data-label={vm.municipalities[i]?.name}>
                    {format.percent(m.score)}
                    {m.dominant && <span className="visually-hidden"> {t('debrief.loops.dominant')}</span>}
                    {m.dominant && <span aria-hidden="true"> ●</span>}
                  </td>
                ))}
                <td data-label={t('debrief.loops.sources')}>{l.sources.join(', ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
};
