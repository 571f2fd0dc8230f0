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
      : Math.max(0, session.timer.deadline - now),
  /** Drafts are open in signalen and overleg (game/model/phases.ts isDecisionPhase). */
  canDecide: session.status === 'rounds' && (session.phase === 'signalen' || session.phase === 'overleg'),
  /** The wethouder submits in overleg only (game/rules/decision-rules.ts). */
  canSubmit: session.status === 'rounds' && session.phase === 'overleg',
});
