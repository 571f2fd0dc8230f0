import { useEffect, useState } from 'react';
import type { ApiClient } from '../api/api-client.ts';
import type { CredentialStore } from '../api/seat-credentials.ts';
import type { FacilitatorView } from '../api/view-types.ts';
import { ErrorNotice } from '../components/error-notice.tsx';
import { TableScroll } from '../components/table-scroll.tsx';
import { DebriefPanel } from '../debrief/debrief-panel.tsx';
import { facilitatorVm } from '../facilitator/facilitator-vm.ts';
import { useLocale } from '../i18n/i18n.ts';

/**
 * The class report, print-ready: the debrief's three questions with their evidence, meetbaar beside merkbaar,
 * the teams and the event cards. "Save as PDF" is the browser's own print-to-PDF, so the report needs no PDF
 * library and looks the same as the debrief on screen. Opened from the console; the facilitator token is the
 * one the console saved in this browser.
 */
export const ReportScreen = ({
  api,
  credentials,
  sessionId,
}: {
  api: ApiClient;
  credentials: CredentialStore;
  sessionId: string;
}) => {
  const { t, language } = useLocale();
  const token = credentials.loadFacilitatorToken(sessionId);
  const [view, setView] = useState<FacilitatorView | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    if (!token) return;
    api.view(sessionId, token).then((env) => {
      if (env.kind === 'facilitator') setView(env.view);
    }, setError);
  }, [api, sessionId, token]);
  useEffect(() => {
    // The browser proposes the document title as the PDF's file name.
    if (view) document.title = `${t('report.title', { region: view.session.region })} ${sessionId}`;
  }, [view, t, sessionId]);

  if (!token)
    return (
      <main id="main" className="report">
        <p role="alert">{t('facilitator.noToken')}</p>
      </main>
    );
  if (!view)
    return (
      <main id="main" className="report">
        <ErrorNotice error={error} />
        {!error && <p role="status">{t('play.connecting')}</p>}
      </main>
    );
  const vm = facilitatorVm(view, language);
  return (
    <main id="main" className="report stack">
      <header className="stack">
        <h1>{t('report.title', { region: view.session.region })}</h1>
        <p className="lead">
          {t('report.meta', {
            date: new Date().toLocaleDateString(language, { dateStyle: 'long' }),
            played: view.rounds.length,
            rounds: view.config.rounds,
            teams: vm.teams.length,
            students: vm.students,
          })}
        </p>
        <div className="actions no-print">
          <button type="button" className="primary" onClick={() => window.print()}>
            {t('report.print')}
          </button>
        </div>
        <p className="help no-print">{t('report.printHelp')}</p>
      </header>
      {view.debrief ? <DebriefPanel debrief={view.debrief} report /> : <p>{t('report.noRounds')}</p>}
      <section className="stack" aria-labelledby="report-teams">
        <h2 id="report-teams">{t('report.teams')}</h2>
        <TableScroll label={t('report.teams')}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('debrief.municipality')}</th>
                <th scope="col">{t('facilitator.students')}</th>
                <th scope="col">{t('report.botRoles')}</th>
              </tr>
            </thead>
            <tbody>
              {vm.teams.map((team) => (
                <tr key={team.id}>
                  <th scope="row">{team.name}</th>
                  <td>{team.students}</td>
                  <td>{team.botRoles.map((r) => t(`role.${r}`)).join(', ') || '–'}</td>
                </tr>
              ))}
              {vm.providerSeats.length > 0 && (
                <tr>
                  <th scope="row">{t('role.aanbieder')}</th>
                  <td>{vm.providerSeats.length}</td>
                  <td>–</td>
                </tr>
              )}
            </tbody>
          </table>
        </TableScroll>
      </section>
      <section className="stack" aria-labelledby="report-cards">
        <h2 id="report-cards">{t('report.cards')}</h2>
        {vm.revealed.length === 0 ? (
          <p>{t('report.noCards')}</p>
        ) : (
          <ul>
            {vm.revealed.map((c) => (
              <li key={c.id}>{t('report.card', { title: c.title, round: c.round })}</li>
            ))}
          </ul>
        )}
      </section>
    </main>
  );
};
