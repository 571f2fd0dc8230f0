import type { ScenarioInput } from '../../engine/index.ts';
import type { ActionInput } from '../actions/action-schema.ts';
import type { GameConfigInput } from '../config/game-config.ts';
import type { Role } from '../model/roles.ts';
import { step } from '../rules/step.ts';
import { createGame } from '../state/create-game.ts';
import type { GameState } from '../state/game-state.ts';

/**
 * A small region for fast tests: four municipalities of about a thousand youths with three different
 * policies, a two-year warm-up and two named families each. A year takes a few milliseconds.
 */
export const tinyScenario = (): ScenarioInput => ({
  id: 'kleinland',
  name: 'Kleinland',
  warmupWeeks: 104,
  region: { id: 'kleinland', name: 'Kleinland' },
  namedFamilies: ['ryan', 'sara'],
  municipalities: [
    { id: 'oostdal', name: 'Oostdal', youth: 1400, budgetEur: 2_618_000, area: 'kleinland' },
    {
      id: 'westerveen',
      name: 'Westerveen',
      youth: 1000,
      budgetEur: 1_870_000,
      area: 'kleinland',
      decisions: { archetype: 'relationeel', procurement: 'dialoog', providerCount: 6, contractYears: 4 },
    },
    {
      id: 'noordhoek',
      name: 'Noordhoek',
      youth: 900,
      risk: 1.2,
      budgetEur: 2_020_000,
      area: 'kleinland',
      decisions: {
        archetype: 'lerend',
        ervaringskennis: 'structureel',
        learningRhythm: 'kwartaal',
        mandate: 0.6,
      },
    },
    { id: 'zuidwaard', name: 'Zuidwaard', youth: 800, budgetEur: 1_496_000, area: 'kleinland' },
  ],
  // Capacity per 1000 youths as scenarios/capacity.ts sizes it, for 4,100 youths.
  providers: [
    { id: 'amb', name: 'Ambulant', type: 'ambulant', area: 'kleinland', fte: 4.4, count: 5 },
    { id: 'ggz', name: 'Jeugd-ggz', type: 'specialist', area: 'kleinland', fte: 5, count: 4 },
    {
      id: 'open',
      name: 'Open groep',
      type: 'residential',
      area: 'kleinland',
      fte: 12,
      beds: 12,
      bedType: 'open',
      count: 2,
    },
    {
      id: 'beh',
      name: 'Behandelgroep',
      type: 'residential',
      area: 'kleinland',
      fte: 8,
      beds: 8,
      bedType: 'behandel',
    },
    {
      id: 'ges',
      name: 'Gesloten',
      type: 'residential',
      area: 'kleinland',
      fte: 8,
      beds: 8,
      bedType: 'gesloten',
    },
    { id: 'crisis', name: 'Crisis', type: 'crisis', area: 'kleinland', fte: 1.8, beds: 1 },
  ],
});

export const tinyConfig = (over: Partial<GameConfigInput> = {}): GameConfigInput => ({
  scenario: tinyScenario() as GameConfigInput['scenario'],
  municipalities: 3,
  rounds: 4,
  seed: 42,
  ...over,
});

export const T0 = 1_760_000_000_000;

/** Applies an action and throws when it is refused (for test set-up). */
export const must = (state: GameState, action: ActionInput): GameState => {
  const r = step(state, action);
  if (!r.ok) throw new Error(`${action.type} refused: ${r.error.code}`);
  return r.state;
};

export const facilitator = { kind: 'facilitator' } as const;
export const system = { kind: 'system' } as const;
export const seatActor = (seatId: string) => ({ kind: 'seat', seatId }) as const;

/** A join with secrets derived from the seat id (the server makes random ones). */
export const joinAction = (
  seatId: string,
  at: number,
  place: { municipalityId?: string; role?: Role | 'aanbieder' } = {},
): ActionInput => ({
  type: 'join',
  actor: seatActor(seatId),
  at,
  displayName: `Student ${seatId}`,
  seatId,
  seatToken: `token-${seatId}-secret`,
  rejoinCode: `rejoin-${seatId}`,
  ...place,
});

/** Starts the session (if in the lobby) and advances the facilitator way until `phase` of `round`. */
export const playTo = (state: GameState, round: number, phase: string, at = T0 + 1000): GameState => {
  let s = state.status === 'lobby' ? must(state, { type: 'start-session', actor: facilitator, at }) : state;
  let guard = 0;
  while (!(s.round === round && s.phase === phase)) {
    s = must(s, { type: 'advance-phase', actor: facilitator, at: at + ++guard });
    if (guard > 100) throw new Error(`never reached ${round}:${phase}`);
  }
  return s;
};

/** A game with the given seats (seat id -> place), in the lobby. */
export const withSeats = (
  seats: Record<string, { municipalityId?: string; role?: Role | 'aanbieder' }>,
  config: Partial<GameConfigInput> = {},
): GameState =>
  Object.entries(seats).reduce(
    (s, [id, place], i) => must(s, joinAction(id, T0 + i, place)),
    createGame(tinyConfig(config)),
  );
