import {
  type GameState,
  projectForFacilitator,
  projectForProjector,
  projectForSeat,
} from '../../game/index.ts';
import type { Principal } from './session-principal.ts';

/** The one view a principal may see: pure projections of the state (STYLE.md rule 4), never hand-filtered. */
export const viewFor = (state: GameState, principal: Principal) => {
  if (principal.kind === 'facilitator') return { kind: 'facilitator', view: projectForFacilitator(state) };
  if (principal.kind === 'seat') return { kind: 'seat', view: projectForSeat(state, principal.seatId) };
  return {
    kind: 'projector',
    view: projectForProjector(state),
    ...(principal.joinCode ? { joinCode: principal.joinCode } : {}),
  };
};
