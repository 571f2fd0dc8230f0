import { type Decisions, decisionsSchema } from '../../engine/index.ts';
import type { LeverChanges } from '../actions/lever-changes.ts';
import { roles } from '../model/roles.ts';
import type { TeamState } from '../state/game-state.ts';

/**
 * The budget lever moves within 70-130% of the scenario budget (assumption: a council does not halve or
 * double its youth budget between two years); every other lever is bounded by the engine's schema.
 */
export const BUDGET_BOUNDS = { min: 0.7, max: 1.3 } as const;

export const budgetBounds = (team: TeamState): { min: number; max: number } => ({
  min: team.baseBudgetEur * BUDGET_BOUNDS.min,
  max: team.baseBudgetEur * BUDGET_BOUNDS.max,
});

/** A whole set of decisions if it passes the engine's schema and the game's budget bounds, else null. */
export const validateDecisions = (team: TeamState, candidate: object): Decisions | null => {
  const parsed = decisionsSchema.safeParse(candidate);
  if (!parsed.success) return null;
  const budget = parsed.data.budgetEur;
  const bounds = budgetBounds(team);
  if (budget !== null && (budget < bounds.min || budget > bounds.max)) return null;
  return parsed.data;
};

/** All current drafts of the team, in role order (their levers never overlap). */
export const mergedDrafts = (team: TeamState): Partial<Decisions> =>
  Object.assign({}, ...roles.map((r) => team.drafts[r]?.changes ?? {}));

/** What the team would submit: decisions in force, then (optionally) the drafts, then the given changes. */
export const previewDecisions = (
  team: TeamState,
  changes: LeverChanges,
  adoptDrafts = true,
): Decisions | null =>
  validateDecisions(team, { ...team.decisions, ...(adoptDrafts ? mergedDrafts(team) : {}), ...changes });

/** The levers of `changes` as validated values (so stored drafts are normalised and in schema order). */
export const pickChanges = (decisions: Decisions, changes: LeverChanges): Partial<Decisions> =>
  Object.fromEntries(
    Object.keys(decisions)
      .filter((k) => k in changes)
      .map((k) => [k, decisions[k as keyof Decisions]]),
  );
