import { useEffect, useState } from 'react';
import { useLocale } from '../i18n/i18n.ts';
import { ASYNC_DEADLINE_MS, type SessionInfo, sessionBanner } from './play-vm.ts';

/** The time now, re-read every `ms`: countdowns and reminders follow it. */
export const useNow = (ms = 1000) => {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), ms);
    return () => clearInterval(id);
  }, [ms]);
  return now;
};

/** Round, phase and countdown; the countdown is announced politely only when the phase changes. */
export const SessionBanner = ({ session, large = false }: { session: SessionInfo; large?: boolean }) => {
  const { t, format } = useLocale();
  const b = sessionBanner(session, useNow());
  return (
    <div className={large ? 'banner large' : 'banner'}>
      <p aria-live="polite">
        {b.status === 'rounds'
          ? t('session.roundPhase', {
              round: b.round,
              rounds: b.rounds,
              phase: t(`phase.${b.phase}`),
              years: b.years.join('–'),
            })
          : t(`status.${b.status}`)}
      </p>
      {b.remainingMs !== null && b.remainingMs > ASYNC_DEADLINE_MS && session.timer.deadline !== null && (
        <p className="timer">{t('session.until', { date: format.dateTime(session.timer.deadline) })}</p>
      )}
      {b.remainingMs !== null && !(b.remainingMs > ASYNC_DEADLINE_MS && session.timer.deadline !== null) && (
        <p className="timer">
          <span className="visually-hidden">{t('session.timeLeft')} </span>
          {format.countdown(b.remainingMs)}
          {b.paused && <span> ({t('session.paused')})</span>}
        </p>
      )}
    </div>
  );
};
