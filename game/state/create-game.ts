import { advance, createSimulation, type Decisions } from '../../engine/index.ts';
import { buildDeck } from '../cards/deck.ts';
import { type GameConfigInput, gameConfigSchema, sessionScenario } from '../config/game-config.ts';
import { createGameRng } from '../random/game-rng.ts';
import { NEUTRAL_STANCE } from '../resolve/round-parameters.ts';
import type { GameState, TeamState } from './game-state.ts';

const team = (spec: { id: string; name: string; budgetEur: number; decisions: Decisions }): TeamState => ({
  id: spec.id,
  name: spec.name,
  presetDecisions: spec.decisions,
  baseBudgetEur: spec.budgetEur,
  decisions: spec.decisions,
  drafts: { wethouder: null, inkoper: null, professional: null, ervaringsdeskundige: null },
  submission: null,
  shared: [],
});

/**
 * A new session in the lobby. The engine runs the scenario's warm-up here, so round 1 starts from a settled
 * system in the scenario's first year; the deck is shuffled from the seed. Throws on an invalid config (use
 * parseGameConfig to get the issues first).
 */
export const createGame = (input: GameConfigInput): GameState => {
  const config = gameConfigSchema.parse(input);
  const scenario = sessionScenario(config);
  const sim = createSimulation(scenario, config.seed);
  advance(sim, sim.warmupWeeks);
  const [deck, rng] = buildDeck(createGameRng(config.seed), config.rounds);
  return {
    version: 1,
    config,
    scenarioId: scenario.id,
    scenarioName: scenario.name,
    regionName: scenario.region.name,
    startYear: scenario.startYear,
    status: 'lobby',
    round: 0,
    phase: null,
    clock: 0,
    timer: { phaseStartedAt: null, deadline: null, pausedRemainingMs: null },
    seats: [],
    teams: scenario.municipalities.map(team),
    providerTeam: { stance: NEUTRAL_STANCE, changedBy: null, at: null },
    regional: { inForce: scenario.region.decisions, adopted: null, proposal: null, nextProposalId: 1 },
    signals: [],
    nextSignalId: 1,
    cards: { deck, drawn: [] },
    rounds: [],
    baseParameters: scenario.parameters,
    rng,
    sim,
  };
};
