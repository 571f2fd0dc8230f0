import { createGame, type GameState, step } from '../game/index.ts';
import type { Benchmark } from './bench-types.ts';
import { quantile } from './quantile.ts';

export const ROUND_PRESET = 'west-brabant-west';
export const ROUND_MUNICIPALITIES = 8;
const ROUNDS = 6;

const facilitator = { kind: 'facilitator' } as const;

const advance = (state: GameState, at: number): GameState => {
  const result = step(state, { type: 'advance-phase', actor: facilitator, at });
  if (!result.ok) throw new Error(`advance-phase refused: ${result.error.code}`);
  return result.state;
};

/**
 * Round resolution as a class feels it: the facilitator moves from "overleg en besluit" to "doorrekenen", and
 * the rules run the bots' turn and one simulated year for 8 municipalities (west-brabant-west, all bots).
 * The median of six rounds is the figure; round 1 also pays for V8 compiling the engine.
 */
export const roundResolveBenchmark: Benchmark = {
  name: 'round-resolve',
  slow: false,
  figures: ['round_resolve_ms', 'round_resolve_max_ms', 'game_create_ms'],
  run: async (ctx) => {
    const t0 = performance.now();
    let state = createGame({
      scenario: ROUND_PRESET,
      municipalities: ROUND_MUNICIPALITIES,
      rounds: ROUNDS,
      seed: ctx.seed,
      roundTimerSeconds: { signalen: 0, overleg: 0, doorrekenen: 0, terugblik: 0 },
    });
    const createMs = performance.now() - t0;
    let at = 1;
    const start = step(state, { type: 'start-session', actor: facilitator, at });
    if (!start.ok) throw new Error(`start-session refused: ${start.error.code}`);
    state = start.state;
    const times: number[] = [];
    for (let round = 1; round <= ROUNDS; round++) {
      state = advance(state, ++at); // signalen -> overleg
      const before = performance.now();
      state = advance(state, ++at); // overleg -> doorrekenen: the year runs here
      times.push(performance.now() - before);
      if (state.rounds.length !== round) throw new Error(`round ${round} was not resolved`);
      state = advance(state, ++at); // -> terugblik
      if (round < ROUNDS) state = advance(state, ++at); // -> next round's signalen
    }
    return {
      round_resolve_ms: quantile(times, 0.5),
      round_resolve_max_ms: Math.max(...times),
      game_create_ms: createMs,
    };
  },
};
