// Test fixture: real views from the game's own projections, one round played (tests only, never bundled).
import {
  createGame,
  projectForFacilitator,
  projectForProjector,
  projectForSeat,
} from '../../../game/index.ts';
import { facilitator, joinAction, must, T0, tinyConfig } from '../../../game/test-support/tiny-game.ts';
import type { FacilitatorView, ProjectorView, SeatView } from '../api/view-types.ts';

const advance = { type: 'advance-phase', actor: facilitator } as const;

export const playedGame = (rounds = 1) => {
  let s = createGame(tinyConfig());
  s = must(s, joinAction('ann', T0, { municipalityId: 'oostdal', role: 'wethouder' }));
  s = must(s, joinAction('bo', T0 + 1, { municipalityId: 'oostdal', role: 'ervaringsdeskundige' }));
  const lobby = projectForProjector(s) as ProjectorView;
  s = must(s, { type: 'start-session', actor: facilitator, at: T0 + 2 });
  for (let i = 0; i < rounds * 4; i++) s = must(s, { ...advance, at: T0 + 10 + i });
  return {
    lobby,
    seat: (id: string) => projectForSeat(s, id) as SeatView,
    facilitator: projectForFacilitator(s) as FacilitatorView,
    projector: projectForProjector(s) as ProjectorView,
  };
};
