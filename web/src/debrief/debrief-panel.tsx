import { TableScroll } from '../components/table-scroll.tsx';
import { useLocale } from '../i18n/i18n.ts';
import { type Debrief, debriefVm } from './debrief-vm.ts';

/** The debrief: each question with evidence cards; the dashboard's story beside the families' story. */
export const DebriefPanel = ({ debrief }: { debrief: Debrief }) => {
  const { t, language, format } = useLocale();
  const vm = debriefVm(debrief, language);
  return (
    <div className="stack">
      <h2>{t('debrief.title')}</h2>
      {vm.questions.map((q) => (
        <section key={q.question} className="card stack" aria-labelledby={`q-${q.question}`}>
          <h3 id={`q-${q.question}`}>{q.title}</h3>
          {q.evidence.length === 0 && <p>{t('debrief.noEvidence')}</p>}
          <ul className="evidence">
            {q.evidence.map((e) => (
              <li key={e.id} className={`lens-${e.lens}`}>
                <span className="tag">{t(`lens.${e.lens}`)}</span> {e.text}
              </li>
            ))}
          </ul>
        </section>
      ))}
      <TableScroll label={t('debrief.sideBySide')}>
        <table>
          <caption>{t('debrief.sideBySide')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('debrief.municipality')}</th>
              <th scope="col">{t('metric.registeredWaiting')}</th>
              <th scope="col">{t('metric.lawfulness')}</th>
              <th scope="col">{t('metric.weeksToFirstHelp')}</th>
              <th scope="col">{t('metric.storyTellings')}</th>
              <th scope="col">{t('metric.trust')}</th>
            </tr>
          </thead>
          <tbody>
            {vm.sideBySide.map((m) => (
              <tr key={m.id}>
                <th scope="row">{m.name}</th>
                <td>{format.decimal(m.meetbaar?.registeredWaiting)}</td>
                <td>{format.percent(m.meetbaar?.lawfulness)}</td>
                <td>{format.decimal(m.merkbaar?.weeksToFirstHelp)}</td>
                <td>{format.decimal(m.merkbaar?.storyTellingsPerFamily)}</td>
                <td>{format.percent(m.merkbaar?.trust)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </div>
  );
};
