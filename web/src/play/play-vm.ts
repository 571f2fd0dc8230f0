import type { SeatView } from '../api/view-types.ts';

const roleOrder = ['wethouder', 'inkoper', 'professional', 'ervaringsdeskundige'] as const;
export type PlayTab = (typeof roleOrder)[number] | 'aanbieder' | 'team' | 'region' | 'debrief';

/**
 * One tab per held role (each a full screen of its lens), then the team table, the region and the debrief.
 * The provider team sits in no municipality: its seat gets the market and the region, no team table.
 */
export const playTabs = (view: SeatView): PlayTab[] => [
  ...roleOrder.filter((r) => view.me.roles.includes(r)),
  ...(view.provider ? (['aanbieder'] as const) : []),
  ...(view.team ? (['team'] as const) : []),
  'region',
  ...(view.debrief ? (['debrief'] as const) : []),
];

export type SessionInfo = SeatView['session'];

/**
 * Time left, never more than the phase's own length: a phone whose clock runs a second behind the server's
 * would otherwise open a 30-minute phase at "30:01".
 */
const remaining = (deadline: number, startedAt: number | null, now: number): number => {
  const left = Math.max(0, deadline - now);
  return startedAt === null ? left : Math.min(left, deadline - startedAt);
};

/** Where the session stands and how long the phase has left (the server's clock drives the deadline). */
export const sessionBanner = (session: SessionInfo, now: number) => ({
  status: session.status,
  round: session.round,
  rounds: session.rounds,
  phase: session.phase,
  years: session.years,
  paused: session.timer.paused,
  remainingMs: session.timer.paused
    ? session.timer.remainingMs
    : session.timer.deadline === null
      ? null
      : remaining(session.timer.deadline, session.timer.phaseStartedAt, now),
  /** Drafts are open in signalen and overleg (game/model/phases.ts isDecisionPhase). */
  canDecide: session.status === 'rounds' && (session.phase === 'signalen' || session.phase === 'overleg'),
  /** The wethouder submits in overleg only (game/rules/decision-rules.ts). */
  canSubmit: session.status === 'rounds' && session.phase === 'overleg',
});

/**
 * The tab on screen. When the debrief opens every phone moves to it once, with a notice (a banner alone was
 * missed in class); after that the student may go back to any tab. A phone that opens during the debrief
 * starts there without a notice: `wasPlaying` says this phone showed the game before the debrief opened.
 */
export const followDebrief = (
  tabs: readonly PlayTab[],
  chosen: PlayTab | null,
  seenDebrief: boolean,
  wasPlaying: boolean,
): { tab: PlayTab; moved: boolean } => {
  const open = tabs.includes('debrief');
  if (open && !seenDebrief) return { tab: 'debrief', moved: wasPlaying && chosen !== 'debrief' };
  return { tab: chosen && tabs.includes(chosen) ? chosen : tabs[0], moved: false };
};

/**
 * Solo play (homework): the student runs the session, so the seat gets start, next phase and, after the last
 * look back, the debrief (game/rules/authorise.ts lets a solo seat send exactly these).
 */
export const soloControls = (
  session: SessionInfo,
): { id: 'start' | 'advance' | 'debrief'; action: 'start-session' | 'advance-phase' | 'open-debrief' }[] => {
  if (session.mode !== 'solo') return [];
  if (session.status === 'lobby') return [{ id: 'start', action: 'start-session' }];
  if (session.status !== 'rounds') return [];
  const last = session.round === session.rounds && session.phase === 'terugblik';
  return last ? [{ id: 'debrief', action: 'open-debrief' }] : [{ id: 'advance', action: 'advance-phase' }];
};

/** A deadline more than a day away (asynchronous play) reads as a date and time, not as a countdown of hours. */
export const ASYNC_DEADLINE_MS = 24 * 3600 * 1000;
