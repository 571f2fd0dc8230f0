import { useState } from 'react';
import type { ApiClient } from '../api/api-client.ts';
import type { CredentialStore } from '../api/seat-credentials.ts';
import { useSessionSocket } from '../api/use-session-socket.ts';
import type { ClientAction } from '../api/view-types.ts';
import { ErrorNotice } from '../components/error-notice.tsx';
import { TableScroll } from '../components/table-scroll.tsx';
import { useLocale } from '../i18n/i18n.ts';
import { SessionBanner } from '../play/session-banner.tsx';
import { facilitatorVm } from './facilitator-vm.ts';

const save = (blob: Blob, name: string) => {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  URL.revokeObjectURL(url);
};

/** The lecturer's console: live status of every team and seat, phase controls, cards, seats, QR and export. */
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
  const [card, setCard] = useState('');
  const [showQr, setShowQr] = useState(false);
  const joinCode = credentials.loadJoinCode(sessionId);
  if (!key || conn.status === 'denied' || conn.status === 'missing')
    return <p role="alert">{conn.message ?? t('facilitator.noToken')}</p>;
  const env = conn.envelope;
  if (env?.kind !== 'facilitator') return <p role="status">{t('play.connecting')}</p>;
  const vm = facilitatorVm(env.view, language);
  const run = (a: ClientAction) => conn.act(a).then(() => setError(null), setError);
  const download = (format: 'json' | 'csv') =>
    api
      .download(sessionId, key, format)
      .then((b) => save(b, `monopolycentrisme-${sessionId}.${format}`), setError);
  return (
    <div className="stack">
      <h1>{t('facilitator.consoleTitle', { region: env.view.session.region })}</h1>
      {joinCode && <p className="lead">{t('facilitator.joinCode', { code: joinCode })}</p>}
      <SessionBanner session={env.view.session} />
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
              void run(c.action === 'extend-timer' ? { type: c.action, seconds: 60 } : { type: c.action });
            }}
          >
            {t(`control.${c.id}`)}
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
      <p>{t('facilitator.submitted', { count: vm.submittedCount, total: vm.teams.length })}</p>
      <TableScroll label={t('facilitator.teams')}>
        <table>
          <caption>{t('facilitator.teams')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('debrief.municipality')}</th>
              <th scope="col">{t('facilitator.students')}</th>
              <th scope="col">{t('facilitator.status')}</th>
              <th scope="col">{t('facilitator.seats')}</th>
            </tr>
          </thead>
          <tbody>
            {vm.teams.map((team) => (
              <tr key={team.id}>
                <th scope="row">{team.name}</th>
                <td>{team.students}</td>
                <td>
                  {t(team.submitted ? 'region.submitted' : 'region.deciding')} ·{' '}
                  {t('facilitator.drafts', { count: team.drafts })} ·{' '}
                  {t('facilitator.signals', { value: team.signals })}
                </td>
                <td>
                  <ul className="seat-list">
                    {team.seats.map((s) => (
                      <li key={s.seatId}>
                        {s.name} ({s.roles.map((r) => t(`role.${r}`)).join(', ')}){' '}
                        <label className="visually-hidden" htmlFor={`move-${s.seatId}`}>
                          {t('facilitator.moveSeat', { name: s.name })}
                        </label>
                        <select
                          id={`move-${s.seatId}`}
                          value=""
                          onChange={(e) => {
                            const [municipalityId, role] = e.target.value.split('|');
                            if (role)
                              void run({
                                type: 'move-seat',
                                seatId: s.seatId,
                                municipalityId,
                                role: role as 'wethouder',
                              });
                          }}
                        >
                          <option value="">{t('facilitator.moveTo')}</option>
                          {vm.municipalities.flatMap((m) =>
                            (['wethouder', 'inkoper', 'professional', 'ervaringsdeskundige'] as const).map(
                              (r) => (
                                <option key={`${m.id}|${r}`} value={`${m.id}|${r}`}>
                                  {m.name}: {t(`role.${r}`)}
                                </option>
                              ),
                            ),
                          )}
                        </select>{' '}
                        <button
                          type="button"
                          className="small"
                          onClick={() => run({ type: 'remove-seat', seatId: s.seatId })}
                        >
                          {t('facilitator.freeSeat')}
                        </button>
                      </li>
                    ))}
                  </ul>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <section className="card stack" aria-labelledby="inject-title">
        <h2 id="inject-title">{t('facilitator.inject')}</h2>
        <label htmlFor="inject-card">{t('facilitator.card')}</label>
        <select id="inject-card" value={card} onChange={(e) => setCard(e.target.value)}>
          <option value="">{t('facilitator.pickCard')}</option>
          {vm.cards.map((c) => (
            <option key={c.id} value={c.id}>
              {c.title}
            </option>
          ))}
        </select>
        <button
          type="button"
          disabled={!card}
          onClick={() => run({ type: 'inject-card', cardId: card as 'wvbj' }).then(() => setCard(''))}
        >
          {t('facilitator.injectAction')}
        </button>
      </section>
      <section className="card stack" aria-labelledby="share-title">
        <h2 id="share-title">{t('facilitator.shareTitle')}</h2>
        <p>
          <a href={`/projector/${encodeURIComponent(sessionId)}`} target="_blank" rel="noreferrer">
            {t('facilitator.openProjector')}
          </a>
        </p>
        <button type="button" onClick={() => setShowQr(!showQr)} aria-expanded={showQr}>
          {t('facilitator.showQr')}
        </button>
        {showQr && (
          <img
            className="qr"
            src={api.qrUrl(sessionId)}
            alt={t('projector.qrAlt')}
            width={240}
            height={240}
          />
        )}
        <div className="actions">
          <button type="button" onClick={() => void download('json')}>
            {t('facilitator.exportJson')}
          </button>
          <button type="button" onClick={() => void download('csv')}>
            {t('facilitator.exportCsv')}
          </button>
        </div>
        <p>
          <a href={`/report/${encodeURIComponent(sessionId)}`} target="_blank" rel="noreferrer">
            {t('facilitator.report')}
          </a>
        </p>
      </section>
    </div>
  );
};
