import type { ReactNode } from 'react';
import { useLocale } from '../i18n/i18n.ts';
import { deadlineReminder } from './deadline-reminder.ts';
import type { SessionInfo } from './play-vm.ts';
import { useNow } from './session-banner.tsx';

/**
 * The reminder before a deadline between lectures ("Nog 1 dag: Overleg en besluit sluit op ..."), with what it
 * asks of the reader (`children`): on a student's screen and on the lecturer's console.
 */
export const DeadlineNotice = ({
  session,
  children,
}: {
  session: SessionInfo;
  children?: (phase: NonNullable<SessionInfo['phase']>) => ReactNode;
}) => {
  const { t, format } = useLocale();
  const reminder = deadlineReminder(session, useNow(30_000));
  if (!reminder) return null;
  return (
    <div role="status" className="notice reminder">
      <p>
        <strong>{t(`reminder.${reminder.unit}`, { count: reminder.count })}</strong>{' '}
        {t('reminder.closes', {
          phase: t(`phase.${reminder.phase}`),
          date: format.dateTime(reminder.deadline),
        })}
      </p>
      {children?.(reminder.phase)}
    </div>
  );
};
