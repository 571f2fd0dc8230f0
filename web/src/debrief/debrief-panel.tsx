import { useLocale } from '../i18n/i18n.ts';
import { VerkennerLink } from '../verkenner/verkenner-link.tsx';
import { type Debrief, debriefVm } from './debrief-vm.ts';
import { FamiliesSection } from './families-section.tsx';
import { LoopsSection } from './loops-section.tsx';
import { ReplaySection } from './replay-section.tsx';
import { SideBySideTable } from './side-by-side-table.tsx';

/**
 * The debrief (GAME.md section 9): each question with evidence cards; the dashboard's story beside the
 * families' story; the loops that dominated; a family's journeys side by side; and a replay of any round.
 * The grids use the width of a laptop or projector and stack on a phone (app.css, .debrief).
 */
export const DebriefPanel = ({
  debrief,
  large = false,
  report = false,
  own,
}: {
  debrief: Debrief;
  large?: boolean;
  /** The printed class report: every round of the replay instead of a picker. */
  report?: boolean;
  /** Solo play: the student's own municipality, marked beside the bots' in the comparison. */
  own?: string;
}) => {
  const { t, language } = useLocale();
  const vm = debriefVm(debrief, language, t);
  return (
    <div className="stack debrief">
      <h2>{t('debrief.title')}</h2>
      <div className="question-grid">
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
      </div>
      <SideBySideTable caption={t('debrief.sideBySide')} rows={vm.sideBySide} own={own} />
      <LoopsSection debrief={debrief} />
      <FamiliesSection debrief={debrief} large={large} />
      <ReplaySection debrief={debrief} allRounds={report} />
      {!report && <VerkennerLink newTab />}
    </div>
  );
};
