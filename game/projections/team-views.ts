import { type Lens, type LeverName, type Role, roleLevers, roles } from '../model/roles.ts';
import { budgetBounds, previewDecisions } from '../rules/team-decisions.ts';
import type { By, Draft, GameState, TeamState } from '../state/game-state.ts';
import { findSeat } from '../state/queries.ts';
import type { TableItem } from '../state/table-items.ts';
import { lensContent } from './lens-content.ts';

/** Who did it, as the class may see it: a bot or a student's display name (null once the seat left). */
export const byView = (state: GameState, by: By) =>
  by === 'bot'
    ? ({ kind: 'bot' } as const)
    : ({ kind: 'student', name: findSeat(state, by)?.displayName ?? null } as const);

const draftView = (state: GameState, d: Draft | null) =>
  d && { changes: d.changes, by: byView(state, d.by), at: d.at };

/** A team's drafts and submission: visible to its own members and the facilitator only. */
export const teamDesk = (state: GameState, team: TeamState) => ({
  decisions: team.decisions,
  drafts: Object.fromEntries(roles.map((r) => [r, draftView(state, team.drafts[r])])) as Record<
    Role,
    ReturnType<typeof draftView>
  >,
  submission: team.submission && {
    decisions: team.submission.decisions,
    by: byView(state, team.submission.by),
    at: team.submission.at,
  },
  /** What a submission now would send: decisions in force plus every draft. */
  preview: previewDecisions(team, {}),
  budgetBounds: budgetBounds(team),
  history: state.rounds.map((r) => ({
    round: r.round,
    years: r.years,
    source: r.teams[team.id].source,
    decided: r.teams[team.id].decided,
  })),
});

/** Items shared to the team's table, each with its current data. */
export const teamTable = (state: GameState, team: TeamState) =>
  team.shared.map((s) => ({
    item: s.item,
    role: s.role,
    by: byView(state, s.by),
    at: s.at,
    round: s.round,
    data: tableItemData(state, team, s.item),
  }));

const tableItemData = (state: GameState, team: TeamState, item: TableItem): unknown => {
  if (item.startsWith('family:')) {
    const key = item.slice('family:'.length);
    return lensContent(state, team, 'leefwereld').families.find((f) => f.key === key) ?? null;
  }
  const [lens, part] = item.split('.') as [Lens, string];
  const content: Record<string, unknown> = lensContent(state, team, lens);
  return content[part] ?? null;
};

/**
 * The team's signals with the family's name. Under structural ervaringskennis the team's answers count
 * (M11); otherwise the signals are decor (001:2703) and the view says so.
 */
export const teamSignals = (state: GameState, team: TeamState) => {
  const index = state.teams.findIndex((t) => t.id === team.id);
  const decor = team.decisions.ervaringskennis !== 'structureel';
  return state.signals
    .filter((s) => s.municipalityId === team.id)
    .map((s) => ({
      id: s.id,
      round: s.round,
      familyKey: s.familyKey,
      familyName:
        state.sim.families.find((f) => f.municipality === index && f.key === s.familyKey)?.name ??
        s.familyKey,
      aspect: s.aspect,
      by: byView(state, s.by),
      response: s.response && { kind: s.response.kind, by: byView(state, s.response.by) },
      decor,
    }));
};

export const leversOf = (held: readonly string[]): string[] =>
  roles.filter((r) => held.includes(r)).flatMap((r) => [...roleLevers[r]]);

/** The levers of each role the seat holds, so a client draws each role's desk without a copy of the rules. */
export const leversByRole = (held: readonly string[]): Partial<Record<Role, LeverName[]>> =>
  Object.fromEntries(roles.filter((r) => held.includes(r)).map((r) => [r, [...roleLevers[r]]]));
