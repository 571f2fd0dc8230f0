import { lazy, Suspense, useMemo } from 'react';
import { createApiClient } from './api/api-client.ts';
import { createCredentialStore } from './api/seat-credentials.ts';
import { AppFrame } from './components/app-frame.tsx';
import { HomeScreen } from './home-screen.tsx';
import { useLocale } from './i18n/i18n.ts';
import { JoinScreen } from './join/join-screen.tsx';
import { useRoute } from './routing/use-route.ts';

// Screens load on demand: a phone that joins fetches the join screen first, and charts come with the screens
// that draw them, so the first page on a lecture-hall Wi-Fi stays small.
const FacilitatorConsole = lazy(() =>
  import('./facilitator/facilitator-console.tsx').then((m) => ({ default: m.FacilitatorConsole })),
);
const FacilitatorCreate = lazy(() =>
  import('./facilitator/facilitator-create.tsx').then((m) => ({ default: m.FacilitatorCreate })),
);
const PlayScreen = lazy(() => import('./play/play-screen.tsx').then((m) => ({ default: m.PlayScreen })));
const ProjectorScreen = lazy(() =>
  import('./projector/projector-screen.tsx').then((m) => ({ default: m.ProjectorScreen })),
);
const VerkennerScreen = lazy(() =>
  import('./verkenner/verkenner-screen.tsx').then((m) => ({ default: m.VerkennerScreen })),
);
const ReportScreen = lazy(() =>
  import('./report/report-screen.tsx').then((m) => ({ default: m.ReportScreen })),
);

const browserStorage = (): Storage | undefined => {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
};

/** Picks the screen for the current path; each screen owns its data and its connection. */
export const App = () => {
  const [route, navigate] = useRoute();
  const { t, language } = useLocale();
  const api = useMemo(
    () =>
      createApiClient({
        language: () => document.documentElement.lang,
        offlineMessage: () => t('error.offline'),
      }),
    [t],
  );
  const credentials = useMemo(() => createCredentialStore(browserStorage()), []);

  const loading = <p role="status">{t('app.loading')}</p>;
  if (route.name === 'projector')
    return (
      <Suspense fallback={loading}>
        <ProjectorScreen api={api} sessionId={route.sessionId} />
      </Suspense>
    );
  if (route.name === 'report')
    return (
      <Suspense fallback={loading}>
        <ReportScreen api={api} credentials={credentials} sessionId={route.sessionId} />
      </Suspense>
    );
  return (
    <AppFrame wide={route.name === 'facilitator' || route.name === 'verkenner'} key={language}>
      <Suspense fallback={loading}>
        {route.name === 'home' && <HomeScreen navigate={navigate} />}
        {route.name === 'join' && (
          <JoinScreen api={api} credentials={credentials} initialCode={route.code} navigate={navigate} />
        )}
        {route.name === 'play' && (
          <PlayScreen api={api} credentials={credentials} sessionId={route.sessionId} navigate={navigate} />
        )}
        {route.name === 'facilitator-new' && (
          <FacilitatorCreate api={api} credentials={credentials} navigate={navigate} />
        )}
        {route.name === 'facilitator' && (
          <FacilitatorConsole
            api={api}
            credentials={credentials}
            sessionId={route.sessionId}
            token={route.token}
          />
        )}
        {route.name === 'verkenner' && <VerkennerScreen />}
        {route.name === 'not-found' && (
          <section aria-labelledby="nf">
            <h1 id="nf">{t('notFound.title')}</h1>
            <p>
              <a href="/">{t('notFound.home')}</a>
            </p>
          </section>
        )}
      </Suspense>
    </AppFrame>
  );
};
