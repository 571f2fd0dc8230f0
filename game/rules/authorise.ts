import type { Action, ActionType } from '../actions/action-schema.ts';
import type { GameState, Seat } from '../state/game-state.ts';
import { findSeat } from '../state/queries.ts';

/** Who may send each action: the server authenticates, the game authorises (STYLE.md: one authority). */
const allowed = {
  join: ['seat', 'facilitator'],
  rejoin: ['seat'],
  leave: ['seat'],
  'move-seat': ['facilitator'],
  'remove-seat': ['facilitator'],
  'start-session': ['facilitator'],
  'advance-phase': ['facilitator'],
  'pause-timer': ['facilitator'],
  'resume-timer': ['facilitator'],
  'extend-timer': ['facilitator'],
  'timer-tick': ['system'],
  'open-debrief': ['facilitator'],
  'end-session': ['facilitator'],
  'inject-card': ['facilitator'],
  'set-dashboard-score': ['facilitator'],
  'draft-decisions': ['seat'],
  'submit-decisions': ['seat'],
  'share-to-table': ['seat'],
  'raise-signal': ['seat'],
  'respond-signal': ['seat'],
  'propose-regional': ['seat'],
  'vote-regional': ['seat'],
  'set-provider-stance': ['seat'],
} as const satisfies Record<ActionType, readonly Action['actor']['kind'][]>;

/** In solo play the one student runs the session: start, move the phases and open the debrief. */
const soloSeatMay: readonly ActionType[] = ['start-session', 'advance-phase', 'open-debrief'];

/**
 * The acting seat (for seat actions), null for the facilitator and the system, or 'denied'. A join comes
 * from the new seat itself (or the facilitator seating a student), so its seat does not exist yet.
 */
export const authorise = (state: GameState, action: Action): Seat | null | 'denied' => {
  const kinds: readonly string[] = allowed[action.type];
  const solo =
    state.config.mode === 'solo' && action.actor.kind === 'seat' && soloSeatMay.includes(action.type);
  if (!kinds.includes(action.actor.kind) && !solo) return 'denied';
  if (action.actor.kind !== 'seat') return null;
  if (action.type === 'join') return action.actor.seatId === action.seatId ? null : 'denied';
  return findSeat(state, action.actor.seatId) ?? 'denied';
};
