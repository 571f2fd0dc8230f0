import type { LeverChanges, SeatView } from '../api/view-types.ts';
import type { ChartData } from '../components/chart-data.ts';
import { budgetLines } from './budget-split.ts';
import { kpi } from './kpi.ts';
import { dashboardKpis } from './lens-kpis.ts';
import { applyChanges, changedLevers } from './lever-fields.ts';

type Team = NonNullable<SeatView['team']>;

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
    budgetBounds: team.budgetBounds,
    /** Everything a submission sends now that differs from what is in force: the summary before submitting. */
    changes: changedLevers(team.decisions, next),
    drafts: Object.entries(team.drafts)
      .filter(([, d]) => d !== null)
      .map(([role, draft]) => ({ role, by: draft?.by, levers: Object.keys(draft?.changes ?? {}) })),
    submitted: team.submission,
  };
};
