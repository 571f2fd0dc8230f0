import { useMemo } from 'react';
import { createApiClient } from './api/api-client.ts';
import { createCredentialStore } from './api/seat-credentials.ts';
import { AppFrame } from './components/app-frame.tsx';
import { FacilitatorConsole } from './facilitator/facilitator-console.tsx';
import { FacilitatorCreate } from './facilitator/facilitator-create.tsx';
import { HomeScreen } from './home-screen.tsx';
import { useLocale } from './i18n/i18n.ts';
import { JoinScreen } from './join/join-screen.tsx';
import { PlayScreen } from './play/play-screen.tsx';
import { ProjectorScreen } from './projector/projector-screen.tsx';
import { ReportScreen } from './report/report-screen.tsx';
import { useRoute } from './routing/use-route.ts';

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

  if (route.name === 'projector') return <ProjectorScreen api={api} sessionId={route.sessionId} />;
  if (route.name === 'report')
    return <ReportScreen api={api} credentials={credentials} sessionId={route.sessionId} />;
  return (
    <AppFrame wide={route.name === 'facilitator'} key={language}>
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
      {route.name === 'not-found' && (
        <section aria-labelledby="nf">
          <h1 id="nf">{t('notFound.title')}</h1>
          <p>
            <a href="/">{t('notFound.home')}</a>
          </p>
        </section>
      )}
    </AppFrame>
  );
};
