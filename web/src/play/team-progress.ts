import type { SeatView } from '../api/view-types.ts';

type Session = Pick<SeatView['session'], 'status' | 'phase'>;

/**
 * Where a team really is, in the words of the phase: a submission is cleared when the year is calculated, so
 * "submitted or not" alone would call every team undecided again during the look back (issue 15, defect 2).
 */
export type TeamProgress =
  | 'joining'
  | 'reading'
  | 'deciding'
  | 'submitted'
  | 'calculating'
  | 'calculated'
  | 'debrief';

export const teamProgress = (session: Session, submitted: boolean): TeamProgress => {
  if (session.status === 'lobby') return 'joining';
  if (session.status !== 'rounds') return 'debrief';
  if (session.phase === 'signalen') return submitted ? 'submitted' : 'reading';
  if (session.phase === 'overleg') return submitted ? 'submitted' : 'deciding';
  if (session.phase === 'doorrekenen') return 'calculating';
  return 'calculated';
};
