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

/** Live status of every team and seat, for the console's overview table. */
export const facilitatorVm = (v: FacilitatorView, language: Language) => ({
  controls: phaseControls(v),
  /** The optional dashboard score (off by default); the lecturer may switch it while the session runs. */
  dashboardScore: v.config.dashboardScore,
  scoreSwitchOpen: v.session.status !== 'ended',
  teams: v.teams.map((t) => ({
    id: t.id,
    name: t.name,
    students: t.status.students,
    submitted: t.status.submitted,
    drafts: t.status.drafts,
    signals: `${t.status.signalsAnswered}/${t.status.signalsRaised}`,
    botRoles: t.botRoles,
    seats: t.seats.map((s) => ({ seatId: s.seatId, name: s.displayName, role: s.role, roles: s.roles })),
  })),
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
