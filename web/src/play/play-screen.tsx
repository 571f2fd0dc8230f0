import { useEffect, useState } from 'react';
import type { ApiClient } from '../api/api-client.ts';
import type { CredentialStore } from '../api/seat-credentials.ts';
import { useSessionSocket } from '../api/use-session-socket.ts';
import { ActionStatus } from '../components/action-status.tsx';
import { Tabs } from '../components/tabs.tsx';
import { DebriefPanel } from '../debrief/debrief-panel.tsx';
import { useLocale } from '../i18n/i18n.ts';
import { RejoinForm } from '../join/rejoin-form.tsx';
import type { Route } from '../routing/route.ts';
import { AanbiederPanel } from './aanbieder-panel.tsx';
import { DeadlineNotice } from './deadline-notice.tsx';
import { reminderHint } from './deadline-reminder.ts';
import { followDebrief, type PlayTab, playTabs, sessionBanner, soloControls } from './play-vm.ts';
import { RegionPanel } from './region-panel.tsx';
import { ErvaringsdeskundigePanel, InkoperPanel, ProfessionalPanel } from './role-panels.tsx';
import { SessionBanner } from './session-banner.tsx';
import { TeamPanel } from './team-panel.tsx';
import { WethouderPanel } from './wethouder-panel.tsx';

type Props = {
  api: ApiClient;
  credentials: CredentialStore;
  sessionId: string;
  navigate: (r: Route) => void;
};

/** The student's seat: a tab per held role, the team table and the region, live over the socket. */
export const PlayScreen = ({ api, credentials, sessionId, navigate }: Props) => {
  const { t, language } = useLocale();
  const seat = credentials.loadSeat(sessionId);
  const conn = useSessionSocket(sessionId, seat?.seatToken ?? null, language);
  const [tab, setTab] = useState<PlayTab | null>(null);
  const [seenDebrief, setSeenDebrief] = useState(false);
  const [movedToDebrief, setMovedToDebrief] = useState(false);
  const env0 = conn.envelope;
  const tabs0 = env0?.kind === 'seat' ? playTabs(env0.view) : [];
  const [wasPlaying, setWasPlaying] = useState(false);
  const follow = followDebrief(tabs0, tab, seenDebrief, wasPlaying);
  useEffect(() => {
    if (tabs0.length > 0 && !tabs0.includes('debrief') && !wasPlaying) setWasPlaying(true);
    if (!tabs0.includes('debrief') || seenDebrief) return;
    setSeenDebrief(true);
    setTab('debrief');
    setMovedToDebrief(follow.moved);
  });

  if (!seat || conn.status === 'denied' || conn.status === 'missing')
    return (
      <section aria-labelledby="lost-title" className="stack">
        <h1 id="lost-title">{t(conn.status === 'missing' ? 'play.missing' : 'play.lostSeat')}</h1>
        {conn.message && <p role="alert">{conn.message}</p>}
        <RejoinForm
          api={api}
          credentials={credentials}
          navigate={navigate}
          initialCode={seat?.joinCode}
          open
        />
      </section>
    );
  const env = conn.envelope;
  if (env?.kind !== 'seat') return <p role="status">{t('play.connecting')}</p>;
  const view = env.view;
  const tabs = tabs0;
  const current = follow.tab;
  const canDecide = sessionBanner(view.session, Date.now()).canDecide;
  const props = { view, act: conn.act, canDecide };
  return (
    <div className="stack">
      <header className="seat-header">
        <h1>
          {view.team
            ? t('play.title', { name: view.me.displayName, team: view.team.name })
            : t('play.titleProvider', { name: view.me.displayName, region: view.session.region })}
        </h1>
        <p className="help">{t('play.rejoinCode', { code: seat.rejoinCode })}</p>
        <SessionBanner session={view.session} />
        <DeadlineNotice session={view.session}>
          {(phase) =>
            view.team && <p>{t(`reminder.hint.${reminderHint(phase, view.team.submission !== null)}`)}</p>
          }
        </DeadlineNotice>
        {soloControls(view.session).map((c) => (
          <button
            key={c.id}
            type="button"
            className="primary"
            onClick={() => void conn.act({ type: c.action })}
          >
            {t(`control.${c.id}`)}
          </button>
        ))}
        <ActionStatus actions={conn.actions} />
        {conn.status !== 'live' && (
          <p role="status" className="notice">
            {t('play.reconnecting')}
          </p>
        )}
      </header>
      {view.session.status === 'lobby' && (
        <p className="lead">{t(view.session.mode === 'solo' ? 'play.soloStart' : 'play.waitingForStart')}</p>
      )}
      {movedToDebrief && current === 'debrief' && (
        <p role="status" className="notice">
          {t('play.movedToDebrief')}
        </p>
      )}
      {/* A fresh set of panels each round: nothing typed in an earlier round lingers in a form. */}
      <Tabs
        key={`round-${view.session.round}`}
        label={t('play.tabs')}
        items={tabs.map((id) => ({ id, label: t(`tab.${id}`) }))}
        selected={current}
        onSelect={(id) => setTab(id as PlayTab)}
      >
        {current === 'wethouder' && <WethouderPanel {...props} />}
        {current === 'inkoper' && <InkoperPanel {...props} />}
        {current === 'professional' && <ProfessionalPanel {...props} />}
        {current === 'ervaringsdeskundige' && <ErvaringsdeskundigePanel {...props} />}
        {current === 'aanbieder' && <AanbiederPanel {...props} />}
        {current === 'team' && <TeamPanel view={view} act={conn.act} />}
        {current === 'region' && <RegionPanel view={view} act={conn.act} />}
        {current === 'debrief' && view.debrief && (
          <>
            {view.session.mode === 'solo' && view.team && (
              <p className="notice">{t('play.soloDebrief', { team: view.team.name })}</p>
            )}
            <DebriefPanel
              debrief={view.debrief}
              compact
              own={view.session.mode === 'solo' ? view.team?.id : undefined}
            />
          </>
        )}
      </Tabs>
    </div>
  );
};
