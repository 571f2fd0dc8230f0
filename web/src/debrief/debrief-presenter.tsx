import { useEffect } from 'react';
import { useLocale } from '../i18n/i18n.ts';
import { panelOf, projectorMeasures } from '../projector/projector-vm.ts';
import { ResultPanels } from '../projector/result-panels.tsx';
import type { Debrief } from './debrief-vm.ts';
import { presenterSlides, type Slide, slideAfterKey } from './presenter-vm.ts';
import { usePresenter } from './use-presenter.ts';

/** The meetbaar and merkbaar panels of the debrief's last year, the same drawing as during play. */
const sideBySidePanels = (d: Debrief) => {
  const rows = d.meetbaarMerkbaar.map((m) => ({
    id: m.municipalityId,
    name: m.name,
    y:
      m.meetbaar && m.merkbaar && m.year !== null
        ? {
            year: m.year,
            spendEur: m.meetbaar.spendEur,
            budgetEur: m.meetbaar.budgetEur,
            registeredWaiting: m.meetbaar.registeredWaiting,
            registeredSuccessShare: m.meetbaar.registeredSuccessShare,
            weeksToFirstHelp: m.merkbaar.weeksToFirstHelp,
            storyTellingsPerFamily: m.merkbaar.storyTellingsPerFamily,
            thuiszitters: m.merkbaar.thuiszitters,
            trust: m.merkbaar.trust,
          }
        : null,
  }));
  return projectorMeasures.map((m) => panelOf(m, rows));
};

const SlideBody = ({ slide, debrief }: { slide: Slide; debrief: Debrief }) => {
  const { t } = useLocale();
  if (slide.kind === 'side-by-side')
    return (
      <>
        <h2 id="presenter-title">{t('presenter.sideBySide', { year: slide.year ?? '' })}</h2>
        <ResultPanels panels={sideBySidePanels(debrief)} />
      </>
    );
  return (
    <>
      <p className="presenter-kicker">{t('presenter.question', { number: slide.number })}</p>
      <h2 id="presenter-title">{slide.title}</h2>
      {slide.evidence.length === 0 ? (
        <p>{t('debrief.noEvidence')}</p>
      ) : (
        <ul className="evidence presenter-evidence">
          {slide.evidence.map((e) => (
            <li key={e.id} className={`lens-${e.lens}`}>
              <span className="tag">{t(`lens.${e.lens}`)}</span> {e.text}
            </li>
          ))}
        </ul>
      )}
      {slide.more > 0 && <p className="presenter-more">{t('presenter.more', { count: slide.more })}</p>}
    </>
  );
};

/**
 * The debrief on the projector as a presenter (issue 15): one question per screen with its strongest
 * evidence. Arrow keys, Page Up/Down (a clicker) and the console's buttons move it; the phones and the class
 * report keep the full debrief.
 */
export const DebriefPresenter = ({ debrief, sessionId }: { debrief: Debrief; sessionId: string }) => {
  const { t, language } = useLocale();
  const slides = presenterSlides(debrief, language, t);
  const { slide, go } = usePresenter(sessionId, slides.length);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const next = slideAfterKey(e.key, slide, slides.length);
      if (next === null) return;
      e.preventDefault();
      go(next);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });
  const current = slides[slide];
  return (
    <section className="presenter stack" aria-labelledby="presenter-title" aria-live="polite">
      <SlideBody slide={current} debrief={debrief} />
      <nav className="presenter-nav" aria-label={t('presenter.nav')}>
        <button type="button" onClick={() => go(slide - 1)} disabled={slide === 0}>
          {t('presenter.previous')}
        </button>
        <span>{t('presenter.position', { current: slide + 1, total: slides.length })}</span>
        <button type="button" onClick={() => go(slide + 1)} disabled={slide === slides.length - 1}>
          {t('presenter.next')}
        </button>
      </nav>
    </section>
  );
};

/** The console's remote for the projector's presenter: previous, next and where it stands. */
export const PresenterRemote = ({ debrief, sessionId }: { debrief: Debrief; sessionId: string }) => {
  const { t, language } = useLocale();
  const slides = presenterSlides(debrief, language, t);
  const { slide, go } = usePresenter(sessionId, slides.length);
  const current = slides[slide];
  return (
    <section className="card stack presenter-remote" aria-labelledby="remote-title">
      <h2 id="remote-title">{t('presenter.remote')}</h2>
      <p role="status">
        {t('presenter.position', { current: slide + 1, total: slides.length })}:{' '}
        {current.kind === 'question'
          ? current.title
          : t('presenter.sideBySide', { year: current.year ?? '' })}
      </p>
      <div className="actions">
        <button type="button" onClick={() => go(slide - 1)} disabled={slide === 0}>
          {t('presenter.previous')}
        </button>
        <button
          type="button"
          className="primary"
          onClick={() => go(slide + 1)}
          disabled={slide === slides.length - 1}
        >
          {t('presenter.next')}
        </button>
      </div>
      <p className="help">{t('presenter.help')}</p>
    </section>
  );
};
