import type { SessionInfo } from './play-vm.ts';

const HOUR_MS = 3600 * 1000;
const DAY_MS = 24 * HOUR_MS;
/** A reminder shows from two days before a deadline between lectures (asynchronous play). */
export const REMIND_FROM_MS = 2 * DAY_MS;
/** In the last hours it counts hours, not a day. */
const HOURS_FROM_MS = 3 * HOUR_MS;

export type DeadlineReminder = {
  unit: 'day' | 'hour';
  count: number;
  phase: NonNullable<SessionInfo['phase']>;
  deadline: number;
};

/**
 * What a student and the lecturer are told as a phase's deadline approaches between lectures: "nog 1 dag", in
 * the last hours "nog 2 uur". Only in asynchronous play (a lecture shows its countdown anyway), never while the
 * timer is paused or once the deadline has passed. Students get no e-mail: the game stores no addresses.
 */
export const deadlineReminder = (session: SessionInfo, now: number): DeadlineReminder | null => {
  const { deadline, paused } = session.timer;
  if (session.mode !== 'async' || session.status !== 'rounds' || paused) return null;
  if (deadline === null || session.phase === null || session.phase === 'doorrekenen') return null;
  const left = deadline - now;
  if (left <= 0 || left > REMIND_FROM_MS) return null;
  const hours = left <= HOURS_FROM_MS;
  return {
    unit: hours ? 'hour' : 'day',
    count: Math.ceil(left / (hours ? HOUR_MS : DAY_MS)),
    phase: session.phase,
    deadline,
  };
};

/** What the reminder asks of a student's team in this phase. */
export const reminderHint = (
  phase: DeadlineReminder['phase'],
  submitted: boolean,
): 'signalen' | 'submitted' | 'notSubmitted' | 'terugblik' =>
  phase === 'overleg'
    ? submitted
      ? 'submitted'
      : 'notSubmitted'
    : phase === 'signalen'
      ? 'signalen'
      : 'terugblik';
