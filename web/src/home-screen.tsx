import { useLocale } from './i18n/i18n.ts';
import type { Route } from './routing/route.ts';
import { VerkennerLink } from './verkenner/verkenner-link.tsx';

/** The start page: students go to the join form, the lecturer to the session setup. */
export const HomeScreen = ({ navigate }: { navigate: (r: Route) => void }) => {
  const { t } = useLocale();
  return (
    <section aria-labelledby="home-title" className="stack">
      <h1 id="home-title">{t('app.name')}</h1>
      <p className="lead">{t('home.intro')}</p>
      <div className="actions">
        <button type="button" className="primary" onClick={() => navigate({ name: 'join', code: null })}>
          {t('home.join')}
        </button>
        <button type="button" onClick={() => navigate({ name: 'facilitator-new' })}>
          {t('home.facilitate')}
        </button>
      </div>
      <VerkennerLink />
    </section>
  );
};
