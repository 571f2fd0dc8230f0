import type { Realtime } from '../realtime/create-realtime.ts';
import type { Principal } from './session-principal.ts';

/** Envelope type of the presence message: `{ online: seatId[] }`, only ever sent to the facilitator. */
export const PRESENCE_MESSAGE = 'presence';

/**
 * Which seats have a live connection now, so the console can tell "offline" from "joined" (a phone that went
 * to sleep, a laptop that lost the Wi-Fi). Presence is not game state: it is never persisted or replayed.
 */
export const onlineSeats = (realtime: Realtime<Principal>, sessionId: string): string[] => [
  ...new Set(
    realtime.connections(sessionId).flatMap((c) => (c.principal.kind === 'seat' ? [c.principal.seatId] : [])),
  ),
];

/**
 * Tells the facilitators of a session who is online after seats come and go. Changes are coalesced per
 * session (assumption: 400 ms, short enough to feel live, long enough that 300 students joining in the first
 * minute cause a few dozen small messages instead of 300).
 */
export const createPresenceNotifier = (realtime: Realtime<Principal>, coalesceMs = 400) => {
  const pending = new Map<string, ReturnType<typeof setTimeout>>();
  let closed = false;
  const sendNow = (sessionId: string) => {
    const online = onlineSeats(realtime, sessionId);
    for (const c of realtime.connections(sessionId))
      if (c.principal.kind === 'facilitator') c.send(PRESENCE_MESSAGE, { online });
  };
  return {
    /** Sends the current presence to one facilitator connection (right after it connects). */
    sendTo: (sessionId: string, send: (type: string, payload: unknown) => void) =>
      send(PRESENCE_MESSAGE, { online: onlineSeats(realtime, sessionId) }),
    /** A seat connected or disconnected: tell the facilitators soon. */
    changed: (sessionId: string) => {
      if (closed || pending.has(sessionId)) return;
      const timer = setTimeout(() => {
        pending.delete(sessionId);
        sendNow(sessionId);
      }, coalesceMs);
      // A pending presence note must not keep a stopping server alive.
      timer.unref?.();
      pending.set(sessionId, timer);
    },
    close: () => {
      closed = true;
      for (const timer of pending.values()) clearTimeout(timer);
      pending.clear();
    },
  };
};
