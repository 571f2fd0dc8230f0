import type { Decisions } from '../api/view-types.ts';

export type BudgetSplit = Decisions['budgetSplit'];
export const budgetLines = [
  'aanval',
  'middenveld',
  'verdediging',
] as const satisfies readonly (keyof BudgetSplit)[];
export type BudgetLine = (typeof budgetLines)[number];

const round3 = (x: number) => Math.round(x * 1000) / 1000;

/**
 * Moves one line of the football-field board and shares the difference over the other two in proportion, so the
 * three always add up to 1 (the engine refuses anything else).
 */
export const rebalanceSplit = (split: BudgetSplit, line: BudgetLine, value: number): BudgetSplit => {
  const v = round3(Math.min(1, Math.max(0, value)));
  const others = budgetLines.filter((l) => l !== line);
  const rest = others.reduce((s, l) => s + split[l], 0);
  const out = { ...split, [line]: v };
  const [a, b] = others;
  out[a] = round3(rest > 0 ? ((1 - v) * split[a]) / rest : (1 - v) / 2);
  // The last line takes the rounding remainder, so the sum is exactly 1.
  out[b] = round3(1 - v - out[a]);
  return out;
};
