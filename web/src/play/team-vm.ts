import type { SeatView } from '../api/view-types.ts';
import { sessionClock } from './family-card-vm.ts';
import { answeredSignals, sharedCards } from './team-table-vm.ts';

/** The shared table of a municipality: who plays what, what was shared, and the signals waiting for an answer. */
export const teamVm = (view: SeatView) => {
  const team = view.team;
  if (!team) return null;
  return {
    name: team.name,
    members: team.members.map((m) => ({ name: m.displayName, roles: m.roles, you: m.you })),
    botRoles: team.botRoles,
    shared: sharedCards(team, sessionClock(view.session)),
    openSignals: team.signals.filter((s) => s.response === null),
    answeredSignals: answeredSignals(team),
    decor: team.decisions.ervaringskennis !== 'structureel',
  };
};
