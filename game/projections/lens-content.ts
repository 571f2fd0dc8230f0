import {
  beleidView,
  type DashboardReport,
  leefwereldView,
  uitvoeringView,
  type YearReport,
} from '../../engine/index.ts';
import type { Lens } from '../model/roles.ts';
import { roleLevers } from '../model/roles.ts';
import type { GameState, TeamState } from '../state/game-state.ts';
import { shownYear, shownYears } from '../state/queries.ts';

/** The years shown, the baseline year first: in round 1 every lens shows the warm-up's last year. */
const history = (state: GameState, team: TeamState): YearReport[] =>
  shownYears(
    state,
    state.teams.findIndex((t) => t.id === team.id),
  );

const pick = <T extends object, K extends keyof T>(o: T, keys: readonly K[]): Pick<T, K> =>
  Object.fromEntries(keys.map((k) => [k, o[k]])) as Pick<T, K>;

/** Beleid is meetbaar: what the municipality registers. The true counts stay out of this lens (002:29-53). */
const registered = (d: DashboardReport | null) =>
  d
    ? pick(d, [
        'registeredClients',
        'registeredWaiting',
        'registeredDemand',
        'registeredSuccessShare',
        'costPerTrajectoryEur',
        'lawfulness',
        // What the municipality paid its relational partners under the risk-sharing term (M9): it knows.
        'riskSharingEur',
      ])
    : null;

const beleid = (state: GameState, team: TeamState) => {
  const v = beleidView(state.sim, team.id);
  return {
    shown: shownYear(state, history(state, team)),
    dashboard: registered(v.dashboard),
    spend: { budgetEur: v.budgetEur, spendEur: v.spendEur, spendByLine: v.spendByLine },
    politics: { politicalPressure: v.politicalPressure, contracts: v.contracts },
    decisions: pick(team.decisions, roleLevers.wethouder),
    // What the risk reflex made of the split and the control regime (M15).
    effective: pick(v.effectiveDecisions, ['budgetSplit', 'accountability']),
    series: history(state, team).map((y) => ({
      year: y.year,
      spendEur: y.spendEur,
      budgetEur: y.budgetEur,
      politicalPressure: y.politicalPressure,
      ...registered(y.dashboard),
    })),
  };
};

const contracten = (state: GameState, team: TeamState) => {
  const v = uitvoeringView(state.sim, team.id);
  const y = history(state, team).at(-1);
  return {
    shown: shownYear(state, history(state, team)),
    providers: v.providers,
    behaviour: {
      gamingLevel: v.gamingLevel,
      transactionEurPerYear: v.transactionEurPerYear,
      earlyClosures: y?.earlyClosures ?? null,
      activeProviders: y?.activeProviders ?? null,
      bankruptcies: y?.bankruptcies ?? null,
    },
    decisions: pick(team.decisions, roleLevers.inkoper),
    series: history(state, team).map((y) => ({
      year: y.year,
      gamingLevel: y.gamingLevel,
      earlyClosures: y.earlyClosures,
      activeProviders: y.activeProviders,
      bankruptcies: y.bankruptcies,
      transactionEur: y.spendByLine.transactie,
    })),
  };
};

const praktijk = (state: GameState, team: TeamState) => {
  const v = uitvoeringView(state.sim, team.id);
  return {
    shown: shownYear(state, history(state, team)),
    'local-team': v.localTeam,
    workload: {
      adminShare: v.localTeam.adminShare,
      learningStock: v.learningStock,
      autonomy: v.localTeam.autonomy,
    },
    decisions: pick(team.decisions, roleLevers.professional),
    series: history(state, team).map((y) =>
      pick(y, ['year', 'adminShare', 'sickLeave', 'turnover', 'learningStock']),
    ),
  };
};

const leefwereld = (state: GameState, team: TeamState) => {
  const { families, municipality: _, ...summary } = leefwereldView(state.sim, team.id);
  const y = history(state, team).at(-1);
  return {
    shown: shownYear(state, history(state, team)),
    summary: { ...summary, reallyWaiting: y?.dashboard.trueWaiting ?? null, gaveUp: y?.gaveUp ?? null },
    // Copies: the engine appends to a family's events in place, and a view must stay a snapshot (issue 10).
    families: families.map((f) => ({ ...f, events: [...f.events] })),
    decisions: pick(team.decisions, roleLevers.ervaringsdeskundige),
    series: history(state, team).map((y) => ({
      ...pick(y, [
        'year',
        'storyTellingsPerFamily',
        'desksPerFamily',
        'lettersPerFamily',
        'continuityBreaksPerFamily',
        'thuiszitters',
        'outOfHomePlacements',
        'stayedSmall',
        'gaveUp',
        'trust',
      ]),
      weeksToFirstHelp: y.weeksToFirstHelp.median,
      reallyWaiting: y.dashboard.trueWaiting,
    })),
  };
};

const builders = { beleid, contracten, praktijk, leefwereld } as const;

export type LensContent = { [L in Lens]: ReturnType<(typeof builders)[L]> };

/** One lens of one municipality (GAME.md section 6), read from the engine's lens views and year reports. */
export const lensContent = <L extends Lens>(state: GameState, team: TeamState, lens: L): LensContent[L] =>
  builders[lens](state, team) as LensContent[L];
