import {
  buildAlways,
  type GameState,
  type PartMemo,
  projectForFacilitator,
  projectForProjector,
  projectForSeat,
} from '../../game/index.ts';
import type { Principal } from './session-principal.ts';

/**
 * The one view a principal may see: pure projections of the state (STYLE.md rule 4), never hand-filtered.
 * With a part memo (the view fanout's) unchanged parts are the objects built before.
 */
export const viewFor = (state: GameState, principal: Principal, memo: PartMemo = buildAlways) => {
  if (principal.kind === 'facilitator')
    return { kind: 'facilitator', view: projectForFacilitator(state, memo) };
  if (principal.kind === 'seat') return { kind: 'seat', view: projectForSeat(state, principal.seatId, memo) };
  return {
    kind: 'projector',
    view: projectForProjector(state, memo),
    ...(principal.joinCode ? { joinCode: principal.joinCode } : {}),
  };
};
