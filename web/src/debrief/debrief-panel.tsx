import type { TFunction } from 'i18next';
import { type OneOpenItem, OneOpenList } from '../components/one-open-list.tsx';
import { useLocale } from '../i18n/i18n.ts';
import type { Language } from '../i18n/languages.ts';
import { VerkennerLink } from '../verkenner/verkenner-link.tsx';
import { type Debrief, debriefVm } from './debrief-vm.ts';
import { FamiliesSection } from './families-section.tsx';
import { familyJourneysVm } from './family-journeys-vm.ts';
import { LoopsSection } from './loops-section.tsx';
import { loopsVm, REGION } from './loops-vm.ts';
import { ReplaySection } from './replay-section.tsx';
import { replayVm } from './replay-vm.ts';
import { SideBySideTable } from './side-by-side-table.tsx';

type Question = ReturnType<typeof debriefVm>['questions'][number];

const EvidenceList = ({ evidence }: { evidence: Question['evidence'] }) => {
  const { t } = useLocale();
  return (
    <ul className="evidence">
      {evidence.map((e) => (
        <li key={e.id} className={`lens-${e.lens}`}>
          <span className="tag">{t(`lens.${e.lens}`)}</span> {e.text}
        </li>
      ))}
    </ul>
  );
};

const QuestionBody = ({ q }: { q: Question }) => {
  const { t } = useLocale();
  return q.evidence.length === 0 ? <p>{t('debrief.noEvidence')}</p> : <EvidenceList evidence={q.evidence} />;
};

const summary = (text: string) => <p className="one-open-summary help">{text}</p>;

/**
 * The debrief as one-open sections (issue 15, defect 8: the full debrief was about 17,400 px on a phone): each
 * question with its strongest fact while closed and all of them open, then the side-by-side table, the loops,
 * the families and the replay, each with a one-line summary while closed. The first question is open (in solo
 * play the comparison with the bots).
 */
const compactItems = (
  debrief: Debrief,
  vm: ReturnType<typeof debriefVm>,
  language: Language,
  t: TFunction,
  own: string | undefined,
): OneOpenItem[] => {
  const strongest = loopsVm(debrief, language, REGION).loops.filter((l) => l.dominant);
  const families = familyJourneysVm(debrief, null);
  const replay = replayVm(debrief, language, null);
  const items: OneOpenItem[] = [
    ...vm.questions.map((q) => ({
      key: `q-${q.question}`,
      className: 'debrief-question',
      label: q.title,
      status: t('debrief.compact.facts', { count: q.evidence.length }),
      preview:
        q.evidence.length === 0 ? (
          <p>{t('debrief.noEvidence')}</p>
        ) : (
          <EvidenceList evidence={q.evidence.slice(0, 1)} />
        ),
      body: () => <QuestionBody q={q} />,
    })),
    {
      key: 'side-by-side',
      label: t('debrief.sideBySide'),
      preview: summary(t('debrief.compact.sideBySide', { count: vm.sideBySide.length })),
      body: () => <SideBySideTable caption={t('debrief.sideBySide')} rows={vm.sideBySide} own={own} />,
    },
    {
      key: 'loops',
      label: t('debrief.loops.title'),
      preview: summary(t('debrief.compact.loops', { loops: strongest.map((l) => l.title).join(', ') })),
      body: () => <LoopsSection debrief={debrief} titled={false} />,
    },
  ];
  if (families)
    items.push({
      key: 'families',
      label: t('debrief.families.title'),
      preview: summary(t('debrief.compact.families', { count: families.choices.length })),
      body: () => <FamiliesSection debrief={debrief} titled={false} />,
    });
  if (replay)
    items.push({
      key: 'replay',
      label: t('debrief.replay.title'),
      preview: summary(t('debrief.compact.replay', { count: replay.choices.length })),
      body: () => <ReplaySection debrief={debrief} titled={false} />,
    });
  return items;
};

/**
 * The debrief (GAME.md section 9): each question with evidence cards; the dashboard's story beside the
 * families' story; the loops that dominated; a family's journeys side by side; and a replay of any round.
 * The grids use the width of a laptop or projector and stack on a phone (app.css, .debrief). `compact` (the
 * students' play screen) folds it into sections opened one at a time; the console and the report show it all.
 */
export const DebriefPanel = ({
  debrief,
  large = false,
  report = false,
  compact = false,
  own,
}: {
  debrief: Debrief;
  large?: boolean;
  /** The printed class report: every round of the replay instead of a picker. */
  report?: boolean;
  /** One section open at a time, the strongest fact of each question always in view (phones). */
  compact?: boolean;
  /** Solo play: the student's own municipality, marked beside the bots' in the comparison. */
  own?: string;
}) => {
  const { t, language } = useLocale();
  const vm = debriefVm(debrief, language, t);
  if (compact)
    return (
      <div className="stack debrief compact">
        <h2>{t('debrief.title')}</h2>
        <OneOpenList
          idPrefix="debrief"
          headingLevel={3}
          // Solo play opens on the comparison with the bots, the point of a solo debrief; a class on question 1.
          initial={
            own !== undefined ? 'side-by-side' : vm.questions[0] ? `q-${vm.questions[0].question}` : null
          }
          items={compactItems(debrief, vm, language, t, own)}
        />
        <VerkennerLink newTab />
      </div>
    );
  return (
    <div className="stack debrief">
      <h2>{t('debrief.title')}</h2>
      <div className="question-grid">
        {vm.questions.map((q) => (
          <section
            key={q.question}
            className="card stack debrief-question"
            aria-labelledby={`q-${q.question}`}
          >
            <h3 id={`q-${q.question}`}>{q.title}</h3>
            <QuestionBody q={q} />
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
