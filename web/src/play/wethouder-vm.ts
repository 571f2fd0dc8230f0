import type { LeverChanges, SeatView } from '../api/view-types.ts';
import type { ChartData } from '../components/chart-data.ts';
import { budgetLines } from './budget-split.ts';
import { footballFieldVm } from './football-field-vm.ts';
import { kpi } from './kpi.ts';
import { dashboardKpis } from './lens-kpis.ts';
import { applyChanges, changedLevers } from './lever-fields.ts';

type Team = NonNullable<SeatView['team']>;
type Beleid = SeatView['lenses']['beleid'];

/**
 * The budget a proposal would have. A null budget keeps the scenario's: that is the engine's budget now when the
 * decisions in force keep it too, else the middle of the bounds (70-130% of the scenario budget, game rules).
 */
const proposedBudget = (team: Team, lens: Beleid, budgetEur: number | null): number => {
  if (budgetEur !== null) return budgetEur;
  if (team.decisions.budgetEur === null && lens) return lens.spend.budgetEur;
  return (team.budgetBounds.min + team.budgetBounds.max) / 2;
};

/**
 * The wethouder's policy dashboard: only what the municipality registers (meetbaar), the football-field board
 * and what a submission would change. `labels` are translated series names.
 */
export const wethouderVm = (
  view: SeatView,
  team: Team,
  edits: LeverChanges,
  labels: { spend: string; budget: string },
) => {
  const lens = view.lenses.beleid;
  const d = lens?.dashboard ?? null;
  // The preview is null when the drafts together are not a valid set; the decisions in force are the base then.
  const next = applyChanges(team.preview ?? team.decisions, edits);
  const chart: ChartData = {
    kind: 'line',
    categories: (lens?.series ?? []).map((y) => String(y.year)),
    series: [
      { name: labels.spend, values: (lens?.series ?? []).map((y) => y.spendEur) },
      { name: labels.budget, values: (lens?.series ?? []).map((y) => y.budgetEur) },
    ],
  };
  const hasHistory = chart.categories.length > 0;
  return {
    kpis: [
      // Spend is last year's: before any year has been calculated there is none ("–"), not EUR 0.
      kpi('spend', hasHistory ? lens?.spend.spendEur : undefined, 'euroCompact'),
      kpi('budget', lens?.spend.budgetEur, 'euroCompact'),
      ...dashboardKpis(d),
      kpi('politicalPressure', lens?.politics.politicalPressure, 'percent'),
      kpi('contracts', lens?.politics.contracts, 'integer'),
    ],
    chart,
    hasHistory,
    board: budgetLines.map((line) => ({
      line,
      share: next.budgetSplit[line],
      effective: lens?.effective.budgetSplit[line] ?? null,
    })),
    field: footballFieldVm({
      split: next.budgetSplit,
      inForce: team.decisions.budgetSplit,
      effective: lens?.effective.budgetSplit ?? null,
      budgetEur: proposedBudget(team, lens, next.budgetEur),
      spendByLine: hasHistory ? (lens?.spend.spendByLine ?? null) : null,
    }),
    budgetBounds: team.budgetBounds,
    /** Everything a submission sends now that differs from what is in force: the summary before submitting. */
    changes: changedLevers(team.decisions, next),
    drafts: Object.entries(team.drafts)
      .filter(([, d]) => d !== null)
      .map(([role, draft]) => ({ role, by: draft?.by, levers: Object.keys(draft?.changes ?? {}) })),
    submitted: team.submission,
  };
};
