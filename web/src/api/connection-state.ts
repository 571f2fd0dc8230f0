import { applyViewDelta, type ViewDelta } from './view-delta.ts';
import type { ViewEnvelope } from './view-types.ts';

/**
 * The realtime connection as the screens see it. `denied` (a token the session no longer accepts, e.g. after a
 * rejoin on another device) and `missing` (no such session) are final: the screen offers the rejoin form.
 */
export type ConnectionStatus = 'connecting' | 'live' | 'reconnecting' | 'denied' | 'missing' | 'waiting';

/** One action the screen sent: pending until the server answers, then accepted or refused with its reason. */
export type SentAction = {
  id: string;
  type: string;
  status: 'pending' | 'accepted' | 'refused';
  message: string | null;
};

export type ConnectionState = {
  status: ConnectionStatus;
  envelope: ViewEnvelope | null;
  /** The log position the view shows; a delta for another version means one was missed. */
  version: number | null;
  /** A delta did not fit the view: the whole view must be asked for again. */
  needsWhole: boolean;
  /** The server's message for the last refusal, in the user's language. */
  message: string | null;
  /** Seats with a live connection (facilitator only; null until the server has said). */
  online: readonly string[] | null;
  /** The latest actions sent, newest last (a few only: the screen shows how the last ones fared). */
  actions: readonly SentAction[];
};

export type ConnectionEvent =
  | { type: 'connected' }
  | { type: 'view'; envelope: ViewEnvelope; version?: number }
  | { type: 'delta'; base: number; version: number; delta: ViewDelta }
  | { type: 'presence'; online: readonly string[] }
  | { type: 'disconnected' }
  | { type: 'refused'; code: string; message: string | null }
  | { type: 'action'; action: SentAction };

export const initialConnection: ConnectionState = {
  status: 'connecting',
  envelope: null,
  version: null,
  needsWhole: false,
  message: null,
  online: null,
  actions: [],
};

const KEPT_ACTIONS = 5;

const refusedStatus = (code: string): ConnectionStatus => {
  if (code === 'forbidden' || code === 'unauthorized') return 'denied';
  if (code === 'session_not_found') return 'missing';
  // rate_limited, unavailable, a network error: try again shortly.
  return 'waiting';
};

const withAction = (actions: readonly SentAction[], action: SentAction): SentAction[] => {
  const rest = actions.filter((a) => a.id !== action.id);
  return [...rest, action].slice(-KEPT_ACTIONS);
};

/** A whole view replaces the one shown unless it is older (an answer that crossed a newer delta). */
const onView = (state: ConnectionState, envelope: ViewEnvelope, version?: number): ConnectionState => {
  if (version !== undefined && state.version !== null && version < state.version && !state.needsWhole)
    return state;
  return { ...state, envelope, version: version ?? null, needsWhole: false, status: 'live', message: null };
};

/** A delta applies only to the version it was made against; otherwise the whole view is asked for again. */
const onDelta = (state: ConnectionState, e: Extract<ConnectionEvent, { type: 'delta' }>): ConnectionState => {
  if (!state.envelope || state.version !== e.base) return { ...state, needsWhole: true };
  const envelope = { ...state.envelope, view: applyViewDelta(state.envelope.view, e.delta) } as ViewEnvelope;
  return { ...state, envelope, version: e.version, status: 'live' };
};

/** Keeps the latest view through disconnects, so a phone that wakes up shows the last known state at once. */
export const connectionReducer = (state: ConnectionState, event: ConnectionEvent): ConnectionState => {
  switch (event.type) {
    case 'connected':
      return { ...state, status: 'live', message: null };
    case 'view':
      return onView(state, event.envelope, event.version);
    case 'delta':
      return onDelta(state, event);
    case 'presence':
      return { ...state, online: event.online };
    case 'disconnected':
      // Who is online is unknown while the console itself is offline.
      return state.status === 'denied' || state.status === 'missing'
        ? state
        : { ...state, status: 'reconnecting', online: null };
    case 'refused':
      return { ...state, status: refusedStatus(event.code), message: event.message };
    case 'action':
      return { ...state, actions: withAction(state.actions, event.action) };
  }
};
