import type { SeatView } from '../api/view-types.ts';

/** The shared table of a municipality: who plays what, what was shared, and the signals waiting for an answer. */
export const teamVm = (view: SeatView) => {
  const team = view.team;
  if (!team) return null;
  return {
    name: team.name,
    members: team.members.map((m) => ({ name: m.displayName, roles: m.roles, you: m.you })),
    botRoles: team.botRoles,
    shared: [...team.table]
      .sort((a, b) => b.at - a.at)
      .map((s) => ({ id: `${s.item}-${s.at}`, item: s.item, role: s.role, by: s.by, round: s.round })),
    openSignals: team.signals.filter((s) => s.response === null),
    answeredSignals: team.signals.filter((s) => s.response !== null),
    decor: team.decisions.ervaringskennis !== 'structureel',
  };
};

/** The regional table: who has submitted, what is in force, the open proposal and how each municipality voted. */
export const regionVm = (view: SeatView) => {
  const { teams, regionalTable, cards } = view.region;
  const mine = view.me.municipalityId;
  const names = new Map(teams.map((t) => [t.id, t.name]));
  const p = regionalTable.proposal;
  return {
    teams: teams.map((t) => ({ ...t, mine: t.id === mine })),
    inForce: regionalTable.inForce,
    proposal: p && {
      id: p.id,
      decisions: p.decisions,
      by: names.get(p.municipalityId) ?? p.municipalityId,
      votes: p.votes.map((v) => ({ name: names.get(v.municipalityId) ?? v.municipalityId, vote: v.vote })),
      myVote: p.votes.find((v) => v.municipalityId === mine)?.vote ?? null,
    },
    cards: cards.filter((c) => c.active),
    canPropose: view.me.roles.includes('wethouder') && p === null,
    canVote: view.me.roles.includes('wethouder') && p !== null,
  };
};
