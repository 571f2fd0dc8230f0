import { useState } from 'react';
import type { ApiClient } from '../api/api-client.ts';
import type { CredentialStore } from '../api/seat-credentials.ts';
import { useSessionSocket } from '../api/use-session-socket.ts';
import type { ClientAction } from '../api/view-types.ts';
import { ErrorNotice } from '../components/error-notice.tsx';
import { DebriefPanel } from '../debrief/debrief-panel.tsx';
import { PresenterRemote } from '../debrief/debrief-presenter.tsx';
import { useLocale } from '../i18n/i18n.ts';
import { DeadlineNotice } from '../play/deadline-notice.tsx';
import { SessionBanner } from '../play/session-banner.tsx';
import { CardInjection } from './card-injection.tsx';
import { facilitatorVm } from './facilitator-vm.ts';
import { ShareAndExport } from './share-and-export.tsx';
import { TeamStatus } from './team-status.tsx';
import '../styles/console.css';
import { VerkennerLink } from '../verkenner/verkenner-link.tsx';

/**
 * The lecturer's console: phase controls, live status of every team and seat, cards, the QR and exports.
 * In the debrief the card deck gives way to the debrief itself, so the lecturer can lead it from here.
 */
export const FacilitatorConsole = ({
  api,
  credentials,
  sessionId,
  token,
}: {
  api: ApiClient;
  credentials: CredentialStore;
  sessionId: string;
  token: string | null;
}) => {
  const { t, language } = useLocale();
  if (token) credentials.saveFacilitatorToken(sessionId, token);
  const key = token ?? credentials.loadFacilitatorToken(sessionId);
  const conn = useSessionSocket(sessionId, key, language);
  const [error, setError] = useState<unknown>(null);
  const joinCode = credentials.loadJoinCode(sessionId);
  if (!key || conn.status === 'denied' || conn.status === 'missing')
    return <p role="alert">{conn.message ?? t('facilitator.noToken')}</p>;
  const env = conn.envelope;
  if (env?.kind !== 'facilitator') return <p role="status">{t('play.connecting')}</p>;
  const vm = facilitatorVm(env.view, language, conn.online);
  const run = (a: ClientAction) => conn.act(a).then(() => setError(null), setError);
  return (
    <div className="stack console">
      <h1>{t('facilitator.consoleTitle', { region: env.view.session.region })}</h1>
      {joinCode && <p className="lead">{t('facilitator.joinCode', { code: joinCode })}</p>}
      <SessionBanner session={env.view.session} />
      <DeadlineNotice session={env.view.session}>
        {() => (
          <p>
            {vm.notActed.length > 0
              ? t('reminder.notActed', { count: vm.notActed.length, names: vm.notActed.join(', ') })
              : t('reminder.allActed')}
          </p>
        )}
      </DeadlineNotice>
      {conn.status !== 'live' && (
        <p role="status" className="notice">
          {t('play.reconnecting')}
        </p>
      )}
      <fieldset className="actions plain">
        <legend className="visually-hidden">{t('facilitator.controls')}</legend>
        {vm.controls.map((c) => (
          <button
            key={c.id}
            type="button"
            className={
              c.id === 'start' || c.id === 'advance' ? 'primary' : c.id === 'end' ? 'end-session' : undefined
            }
            onClick={() => {
              // Ending cannot be undone and sits beside "next phase": one mis-tap must not end the class.
              if (c.id === 'end' && !window.confirm(t('facilitator.confirmEnd'))) return;
              void run(
                c.action === 'extend-timer'
                  ? { type: c.action, seconds: vm.extendSeconds }
                  : { type: c.action },
              );
            }}
          >
            {t(c.id === 'extend' && vm.extendSeconds > 60 ? 'control.extendDay' : `control.${c.id}`)}
          </button>
        ))}
      </fieldset>
      {vm.scoreSwitchOpen && (
        <div className="check">
          <input
            id="console-score"
            type="checkbox"
            checked={vm.dashboardScore}
            onChange={(e) => void run({ type: 'set-dashboard-score', enabled: e.target.checked })}
          />
          <label htmlFor="console-score">{t('facilitator.dashboardScore')}</label>
        </div>
      )}
      <ErrorNotice error={error} />
      {vm.mode === 'debrief' && env.view.debrief && (
        <>
          <PresenterRemote debrief={env.view.debrief} sessionId={sessionId} />
          {/* The whole debrief folds away: the console stays a control panel, the phones and report have it all. */}
          <details className="card">
            <summary>{t('facilitator.fullDebrief')}</summary>
            <DebriefPanel debrief={env.view.debrief} />
          </details>
        </>
      )}
      <TeamStatus vm={vm} run={(a) => void run(a)} />
      <div className="console-grid">
        {vm.canInject && <CardInjection vm={vm} run={run} />}
        <ShareAndExport api={api} sessionId={sessionId} token={key} onError={setError} />
      </div>
      <VerkennerLink newTab />
    </div>
  );
};
