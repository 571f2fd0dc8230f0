import type { BudgetLine, BudgetSplit } from './budget-split.ts';
import { type CardBox, cardBoxes, pitchOrder, type ZoneBox, zoneBoxes } from './football-field-layout.ts';

export type FieldInput = {
  /** The split being proposed: the sliders, live. */
  split: BudgetSplit;
  /** The split in force this year: what the risk reflex worked on. */
  inForce: BudgetSplit;
  /** What the risk reflex made of the split in force; null when the engine has not said. */
  effective: BudgetSplit | null;
  /** The budget of the proposal (the one in force when the proposal keeps it). */
  budgetEur: number;
  /** Last year's real spend per line; null before any year has been calculated. */
  spendByLine: Record<BudgetLine, number> | null;
};

export type FieldZone = {
  line: BudgetLine;
  share: number;
  eur: number;
  lastYearEur: number | null;
  effectiveShare: number | null;
  /** The share in force, which the risk reflex worked on: "planned" in the reflex note. */
  inForceShare: number;
  /** The risk reflex moved more than one percentage point into or out of this line. */
  reflexMoved: boolean;
  box: ZoneBox;
  card: CardBox;
};

/** More than a point: smaller moves are rounding, not a reflex worth telling students about. */
export const REFLEX_THRESHOLD = 0.01;

// The engine refuses splits that do not add up to 1; dividing by the sum keeps the pitch whole if a float drifts.
const normalised = (split: BudgetSplit): number[] => {
  const raw = pitchOrder.map((l) => Math.max(0, split[l]));
  const sum = raw.reduce((s, v) => s + v, 0);
  return sum > 0 ? raw.map((v) => v / sum) : raw.map(() => 1 / raw.length);
};

/**
 * Whole euros that add up to the budget exactly (largest remainder), so the three amounts on the pitch never
 * disagree with the budget next to them.
 */
export const splitEuros = (shares: readonly number[], budgetEur: number): number[] => {
  const total = Math.round(budgetEur);
  const exact = shares.map((s) => s * total);
  const out = exact.map(Math.floor);
  let rest = total - out.reduce((s, v) => s + v, 0);
  const byRemainder = exact.map((e, i) => ({ i, r: e - Math.floor(e) })).sort((a, b) => b.r - a.r);
  for (const { i } of byRemainder) {
    if (rest <= 0) break;
    out[i] += 1;
    rest -= 1;
  }
  return out;
};

/**
 * The football-field board: the proposed split as three zones of the pitch in playing direction, each with
 * its euros, last year's real spend (plan against what was spent) and whether the risk reflex moved money.
 */
export const footballFieldVm = (input: FieldInput) => {
  const shares = normalised(input.split);
  const euros = splitEuros(shares, input.budgetEur);
  const boxes = zoneBoxes(shares);
  const cards = cardBoxes(boxes);
  const zones: FieldZone[] = pitchOrder.map((line, i) => {
    const effectiveShare = input.effective?.[line] ?? null;
    return {
      line,
      share: shares[i],
      eur: euros[i],
      lastYearEur: input.spendByLine?.[line] ?? null,
      effectiveShare,
      inForceShare: input.inForce[line],
      reflexMoved:
        effectiveShare !== null && Math.abs(effectiveShare - input.inForce[line]) > REFLEX_THRESHOLD,
      box: boxes[i],
      card: cards[i],
    };
  });
  return {
    zones,
    budgetEur: euros.reduce((s, v) => s + v, 0),
    hasLastYear: input.spendByLine !== null,
    reflexMoved: zones.some((z) => z.reflexMoved),
  };
};

export type FootballFieldVm = ReturnType<typeof footballFieldVm>;
