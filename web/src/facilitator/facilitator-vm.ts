import type { FacilitatorView } from '../api/view-types.ts';
import type { Language } from '../i18n/languages.ts';

export type ControlId = 'start' | 'advance' | 'pause' | 'resume' | 'extend' | 'debrief' | 'end';

const actionOf = {
  start: 'start-session',
  advance: 'advance-phase',
  pause: 'pause-timer',
  resume: 'resume-timer',
  extend: 'extend-timer',
  debrief: 'open-debrief',
  end: 'end-session',
} as const;

/** Which phase controls make sense now; the game still decides (a refusal shows its message). */
export const phaseControls = (
  v: FacilitatorView,
): { id: ControlId; action: (typeof actionOf)[ControlId] }[] => {
  const s = v.session;
  const ids: ControlId[] = [];
  if (s.status === 'lobby') ids.push('start');
  if (s.status === 'rounds') {
    ids.push('advance');
    if (s.timer.deadline !== null || s.timer.paused) ids.push(s.timer.paused ? 'resume' : 'pause', 'extend');
    if (s.round === s.rounds && s.phase === 'terugblik') ids.push('debrief');
  }
  if (s.status !== 'ended') ids.push('end');
  return ids.map((id) => ({ id, action: actionOf[id] }));
};

export type TeamStatus = 'submitted' | 'drafting' | 'waiting';
export type ConsoleMode = 'lobby' | 'rounds' | 'debrief';

/** null while the server has not said who is online (the console just connected, or is offline itself). */
const isOnline = (online: readonly string[] | null, seatId: string): boolean | null =>
  online === null ? null : online.includes(seatId);

/**
 * Live status of every team and seat for the console: a team is waiting, drafting (a role saved a proposal)
 * or submitted; a seat is online or offline (its phone slept or lost the Wi-Fi).
 */
export const facilitatorVm = (
  v: FacilitatorView,
  language: Language,
  online: readonly string[] | null = null,
) => ({
  controls: phaseControls(v),
  /** More time: a minute in a lecture, a day between lectures (asynchronous play). */
  extendSeconds: v.session.mode === 'async' ? 24 * 3600 : 60,
  mode: (v.session.status === 'lobby'
    ? 'lobby'
    : v.session.status === 'rounds'
      ? 'rounds'
      : 'debrief') satisfies ConsoleMode as ConsoleMode,
  /** Cards can be injected until the debrief; the game refuses later ones anyway. */
  canInject: v.session.status === 'lobby' || v.session.status === 'rounds',
  /** The optional dashboard score (off by default); the lecturer may switch it while the session runs. */
  dashboardScore: v.config.dashboardScore,
  scoreSwitchOpen: v.session.status !== 'ended',
  teams: v.teams.map((t) => ({
    id: t.id,
    name: t.name,
    students: t.status.students,
    submitted: t.status.submitted,
    status: (t.status.submitted ? 'submitted' : t.status.drafts > 0 ? 'drafting' : 'waiting') as TeamStatus,
    drafts: t.status.drafts,
    signals: `${t.status.signalsAnswered}/${t.status.signalsRaised}`,
    botRoles: t.botRoles,
    offline: t.seats.filter((s) => isOnline(online, s.seatId) === false).length,
    seats: t.seats.map((s) => ({
      seatId: s.seatId,
      name: s.displayName,
      role: s.role,
      roles: s.roles,
      online: isOnline(online, s.seatId),
      acted: s.acted,
    })),
  })),
  /** Between lectures the console says who has done something this round, and whom to remind. */
  showActed: v.session.mode === 'async' && v.session.status === 'rounds',
  notActed: v.teams.flatMap((t) => t.seats.filter((s) => !s.acted).map((s) => s.displayName)),
  actedCount: v.teams.reduce((n, t) => n + t.seats.filter((s) => s.acted).length, 0),
  providerSeats: v.providerSeats.map((s) => ({
    seatId: s.seatId,
    name: s.displayName,
    online: isOnline(online, s.seatId),
  })),
  /** Every student, the provider team's too: the same count as the projector's (projector-vm.ts classSize). */
  students: v.teams.reduce((n, t) => n + t.status.students, 0) + v.providerSeats.length,
  onlineCount: online === null ? null : online.length,
  cards: v.cards.deckLeft.map((c) => ({ id: c.id, title: c.title?.[language] ?? c.id })),
  revealed: v.cards.revealed.map((c) => ({
    id: c.id,
    title: c.title[language],
    round: c.fromRound,
    via: c.via,
  })),
  municipalities: v.teams.map((t) => ({ id: t.id, name: t.name })),
  submittedCount: v.teams.filter((t) => t.status.submitted).length,
});
