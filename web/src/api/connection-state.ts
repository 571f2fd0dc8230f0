import type { ViewEnvelope } from './view-types.ts';

/**
 * The realtime connection as the screens see it. `denied` (a token the session no longer accepts, e.g. after a
 * rejoin on another device) and `missing` (no such session) are final: the screen offers the rejoin form.
 */
export type ConnectionStatus = 'connecting' | 'live' | 'reconnecting' | 'denied' | 'missing' | 'waiting';

export type ConnectionState = {
  status: ConnectionStatus;
  envelope: ViewEnvelope | null;
  /** The server's message for the last refusal, in the user's language. */
  message: string | null;
  /** Seats with a live connection (facilitator only; null until the server has said). */
  online: readonly string[] | null;
};

export type ConnectionEvent =
  | { type: 'connected' }
  | { type: 'view'; envelope: ViewEnvelope }
  | { type: 'presence'; online: readonly string[] }
  | { type: 'disconnected' }
  | { type: 'refused'; code: string; message: string | null };

export const initialConnection: ConnectionState = {
  status: 'connecting',
  envelope: null,
  message: null,
  online: null,
};

const refusedStatus = (code: string): ConnectionStatus => {
  if (code === 'forbidden' || code === 'unauthorized') return 'denied';
  if (code === 'session_not_found') return 'missing';
  // rate_limited, unavailable, a network error: try again shortly.
  return 'waiting';
};

/** Keeps the latest view through disconnects, so a phone that wakes up shows the last known state at once. */
export const connectionReducer = (state: ConnectionState, event: ConnectionEvent): ConnectionState => {
  switch (event.type) {
    case 'connected':
      return { ...state, status: 'live', message: null };
    case 'view':
      return { ...state, envelope: event.envelope, status: 'live', message: null };
    case 'presence':
      return { ...state, online: event.online };
    case 'disconnected':
      // Who is online is unknown while the console itself is offline.
      return state.status === 'denied' || state.status === 'missing'
        ? state
        : { ...state, status: 'reconnecting', online: null };
    case 'refused':
      return { ...state, status: refusedStatus(event.code), message: event.message };
  }
};
