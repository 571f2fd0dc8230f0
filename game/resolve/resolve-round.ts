import {
  advance,
  applyDecisions,
  applyGameInputs,
  applyRegionalDecisions,
  buildReport,
  type Decisions,
  type RegionalDecisions,
  setParameters,
} from '../../engine/index.ts';
import type { GameState, RoundRecord, TeamState } from '../state/game-state.ts';
import { roundYears } from '../state/queries.ts';
import {
  activeCards,
  arrivingCards,
  budgetFactor,
  pressureShock,
  roundParameters,
} from './round-parameters.ts';
import {
  botAnsweredSignals,
  signalResponse,
  silentResponse,
  type TeamOutcome,
  teamOutcome,
} from './team-outcome.ts';

/** Lawfulness assumed before the first reported year (the middle of the engine's 0.87-0.97 range). */
const LAWFULNESS_BEFORE_REPORTS = 0.92;

const sameRegional = (a: RegionalDecisions, b: RegionalDecisions): boolean =>
  a.jointContracting === b.jointContracting &&
  a.placementCoordination === b.placementCoordination &&
  a.developmentFundShare === b.developmentFundShare;

const withBudget = (d: Decisions, team: TeamState, factor: number): Decisions =>
  factor === 1 ? d : { ...d, budgetEur: (d.budgetEur ?? team.baseBudgetEur) * factor };

/**
 * Doorrekenen (GAME.md section 2): the whole region's year(s) at once. Parameters first (cards and the
 * provider stance act through them), then every team's decisions, then the regional decisions (a change of
 * joint contracting re-contracts with the new decisions), then one-off card pressure and the teams' signal
 * response, then 52 weeks a year. The engine state changes in place: call this only on a validated state.
 */
export const resolveRound = (state: GameState, at: number): GameState => {
  const sim = state.sim;
  const cards = activeCards(state.cards.drawn, state.round);
  const arriving = arrivingCards(state.cards.drawn, state.round);
  const factor = budgetFactor(cards);
  const outcomes: TeamOutcome[] = state.teams.map((t) => teamOutcome(state, t));
  const signals = botAnsweredSignals(state, at);
  const regional = state.regional.adopted ? stripId(state.regional.adopted) : state.regional.inForce;
  setParameters(sim, roundParameters(state.baseParameters, state.providerTeam.stance, cards));
  const applied = state.teams.map((t, i) => withBudget(outcomes[i].decided, t, factor));
  for (const [i, t] of state.teams.entries()) applyDecisions(sim, t.id, applied[i]);
  if (!sameRegional(regional, sim.regional)) applyRegionalDecisions(sim, regional);
  const responses = state.teams.map((t) =>
    signalResponse(signals, state.round, t.id, silentResponse(state, t)),
  );
  sim.municipalities.forEach((m, i) => {
    const lawfulness = sim.history[i].at(-1)?.dashboard.lawfulness ?? LAWFULNESS_BEFORE_REPORTS;
    applyGameInputs(sim, m.id, {
      pressureShock: pressureShock(arriving, lawfulness),
      signalResponse: responses[i],
    });
  });
  const years = roundYears(state, state.round);
  advance(sim, 52 * years.length);
  const record = roundRecord(state, {
    outcomes,
    applied,
    responses,
    regional,
    years,
    cards: cards.map((c) => c.id),
  });
  return {
    ...state,
    teams: state.teams.map((t, i) => ({
      ...t,
      decisions: outcomes[i].decided,
      submission: null,
      drafts: noDrafts,
    })),
    regional: { ...state.regional, inForce: regional, adopted: null, proposal: null },
    signals,
    rounds: [...state.rounds, record],
  };
};

const noDrafts = { wethouder: null, inkoper: null, professional: null, ervaringsdeskundige: null };

const stripId = ({ proposalId: _, ...d }: RegionalDecisions & { proposalId: number }): RegionalDecisions => d;

type Resolved = {
  outcomes: TeamOutcome[];
  applied: Decisions[];
  responses: number[];
  regional: RegionalDecisions;
  years: number[];
  cards: string[];
};

const roundRecord = (state: GameState, r: Resolved): RoundRecord => {
  const report = buildReport(state.sim);
  const n = r.years.length;
  return {
    round: state.round,
    years: r.years,
    teams: Object.fromEntries(
      state.teams.map((t, i) => [
        t.id,
        {
          decided: r.outcomes[i].decided,
          applied: r.applied[i],
          source: r.outcomes[i].source,
          by: r.outcomes[i].by,
          signalResponse: r.responses[i],
        },
      ]),
    ),
    regional: r.regional,
    regionalChanged: !sameRegional(r.regional, state.regional.inForce),
    cards: r.cards as RoundRecord['cards'],
    providerStance: state.providerTeam.stance,
    reports: Object.fromEntries(report.municipalities.map((m) => [m.id, m.years.slice(-n)])),
    region: report.region.years.slice(-n),
    families: report.families.map(({ events: _, ...f }) => f),
  };
};
