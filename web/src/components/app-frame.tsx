import type { ReactNode } from 'react';
import { setLanguage, useLocale } from '../i18n/i18n.ts';
import { otherLanguage } from '../i18n/languages.ts';

/** Landmarks (header, main), the skip link and the one-click language switch around every screen. */
export const AppFrame = ({ children, wide = false }: { children: ReactNode; wide?: boolean }) => {
  const { t, language } = useLocale();
  const next = otherLanguage(language);
  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skip')}
      </a>
      <header className="app-header">
        <a href="/" className="brand">
          {t('app.name')}
        </a>
        <button type="button" className="language-switch" lang={next} onClick={() => void setLanguage(next)}>
          {t('app.switchLanguage')}
        </button>
      </header>
      <main id="main" className={wide ? 'main wide' : 'main'} tabIndex={-1}>
        {children}
      </main>
    </>
  );
};
