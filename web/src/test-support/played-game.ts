// Test fixture: real views from the game's own projections, one round played (tests only, never bundled).
import {
  type ActionInput,
  createGame,
  type GameState,
  projectForFacilitator,
  projectForProjector,
  projectForSeat,
} from '../../../game/index.ts';
import {
  facilitator,
  joinAction,
  must,
  seatActor,
  T0,
  tinyConfig,
} from '../../../game/test-support/tiny-game.ts';
import type { ClientAction, FacilitatorView, ProjectorView, SeatView } from '../api/view-types.ts';

const advance = { type: 'advance-phase', actor: facilitator } as const;

export type PlayedGame = {
  seat: (id: string) => SeatView;
  facilitator: FacilitatorView;
  projector: ProjectorView;
  /** Plays on: a seat id or 'facilitator' acts, a second later than the last action. */
  act: (who: string, action: ClientAction) => PlayedGame;
};

/** Views of a game state, and `act` to play on from it. */
const viewsOf = (s: GameState, at: number): PlayedGame => ({
  seat: (id: string) => projectForSeat(s, id) as SeatView,
  facilitator: projectForFacilitator(s) as FacilitatorView,
  projector: projectForProjector(s) as ProjectorView,
  act: (who, action) =>
    viewsOf(
      must(s, {
        ...action,
        actor: who === 'facilitator' ? facilitator : seatActor(who),
        at: at + 1000,
      } as ActionInput),
      at + 1000,
    ),
});

/**
 * Ann (wethouder) and Bo (ervaringsdeskundige) in Oostdal, `rounds` rounds played, so the game stands at the
 * signalen of the next round. With `providerTeam`, Pia holds the aanbieder seat.
 */
export const playedGame = (rounds = 1, options: { providerTeam?: boolean } = {}) => {
  let s = createGame(tinyConfig({ providerTeam: options.providerTeam ?? false }));
  s = must(s, joinAction('ann', T0, { municipalityId: 'oostdal', role: 'wethouder' }));
  s = must(s, joinAction('bo', T0 + 1, { municipalityId: 'oostdal', role: 'ervaringsdeskundige' }));
  if (options.providerTeam) s = must(s, joinAction('pia', T0 + 1, { role: 'aanbieder' }));
  const lobby = projectForProjector(s) as ProjectorView;
  s = must(s, { type: 'start-session', actor: facilitator, at: T0 + 2 });
  for (let i = 0; i < rounds * 4; i++) s = must(s, { ...advance, at: T0 + 10 + i });
  return { lobby, ...viewsOf(s, T0 + 10 + rounds * 4) };
};
