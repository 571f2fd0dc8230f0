import { useEffect, useState } from 'react';
import type { ApiClient } from '../api/api-client.ts';
import { useSessionSocket } from '../api/use-session-socket.ts';
import { DebriefPresenter } from '../debrief/debrief-presenter.tsx';
import { useLocale } from '../i18n/i18n.ts';
import { pickText } from '../i18n/languages.ts';
import { SessionBanner } from '../play/session-banner.tsx';
import { projectorVm } from './projector-vm.ts';
import { ResultPanels } from './result-panels.tsx';

/** The big screen at 1920x1080: join code and QR in the lobby, the region during play. Nothing private. */
export const ProjectorScreen = ({ api, sessionId }: { api: ApiClient; sessionId: string }) => {
  const { t, language, format } = useLocale();
  const conn = useSessionSocket(sessionId, 'projector', language);
  const [joinUrl, setJoinUrl] = useState<string | null>(null);
  const env = conn.envelope;
  useEffect(() => setJoinUrl(window.location.origin), []);
  if (conn.status === 'missing')
    return (
      <main className="projector">
        <p role="alert">{conn.message}</p>
      </main>
    );
  if (env?.kind !== 'projector')
    return (
      <main className="projector">
        <p role="status">{t('play.connecting')}</p>
      </main>
    );
  const vm = projectorVm(env.view);
  return (
    <main className="projector" id="main">
      <header className="projector-header">
        <h1>
          {t('app.name')}: {env.view.session.region}
        </h1>
        <SessionBanner session={env.view.session} large />
      </header>
      {vm.mode === 'lobby' && (
        <section className="projector-lobby" aria-labelledby="p-join">
          <div>
            <h2 id="p-join">{t('projector.joinAt', { url: `${joinUrl ?? ''}/join` })}</h2>
            <p className="huge-code">{env.joinCode}</p>
            <p className="huge-sub">{t('projector.joined', { count: vm.students })}</p>
            <ul className="lobby-teams">
              {vm.teams.map((team) => (
                <li key={team.id}>
                  <span>{team.name}</span> <span>{t('projector.teamCount', { count: team.students })}</span>
                </li>
              ))}
              {vm.providerStudents !== null && (
                <li>
                  <span>{t('role.aanbieder')}</span>{' '}
                  <span>{t('projector.teamCount', { count: vm.providerStudents })}</span>
                </li>
              )}
            </ul>
          </div>
          <img
            className="qr big"
            src={api.qrUrl(sessionId)}
            alt={t('projector.qrAlt')}
            width={560}
            height={560}
          />
        </section>
      )}
      {vm.mode === 'play' && (
        <div className="projector-play">
          <section aria-labelledby="p-board">
            <h2 id="p-board" className="visually-hidden">
              {t('projector.board')}
            </h2>
            <ul className="team-strip">
              {vm.teams.map((team) => (
                <li key={team.id}>
                  <strong>
                    {team.name}
                    {team.bots && <span className="bots"> ({t('projector.bots')})</span>}
                  </strong>
                  <span className={`progress ${team.progress}`}>{t(`progressShort.${team.progress}`)}</span>
                </li>
              ))}
              {vm.providerStudents !== null && (
                <li>
                  <strong>{t('role.aanbieder')}</strong>
                  <span className="progress">{t('projector.teamCount', { count: vm.providerStudents })}</span>
                </li>
              )}
            </ul>
          </section>
          <div className="projector-grid">
            <section aria-labelledby="p-results">
              <h2 id="p-results">
                {t(vm.baseline ? 'projector.baselineResults' : 'projector.results', { year: vm.year ?? '' })}
              </h2>
              {vm.hasResults ? <ResultPanels panels={vm.panels} /> : <p>{t('lens.noYearYet')}</p>}
            </section>
            <section aria-labelledby="p-region" className="stack">
              <h2 id="p-region">{t('projector.inPlay')}</h2>
              {vm.spotlight && (
                <p className="spotlight">
                  {t('projector.spotlight', {
                    name: vm.spotlight.name,
                    count: vm.spotlight.tellings ?? 0,
                    value: format.decimal(vm.spotlight.tellings),
                  })}
                </p>
              )}
              {vm.cards.slice(0, 1).map((c) => (
                <article key={c.id} className="card">
                  <h3>{pickText(c.title, language)}</h3>
                  <p>{pickText(c.story, language)}</p>
                </article>
              ))}
              {vm.cards.length > 1 && (
                <p className="older-cards">
                  {t('projector.alsoInPlay', {
                    titles: vm.cards
                      .slice(1)
                      .map((c) => pickText(c.title, language))
                      .join(' · '),
                  })}
                </p>
              )}
            </section>
          </div>
        </div>
      )}
      {vm.mode === 'debrief' && env.view.debrief && (
        <DebriefPresenter debrief={env.view.debrief} sessionId={sessionId} />
      )}
    </main>
  );
};
