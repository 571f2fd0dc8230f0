import type { Realtime } from '../realtime/create-realtime.ts';
import type { Principal } from './session-principal.ts';

/** Envelope type of the presence message: `{ online: seatId[] }`, only ever sent to the facilitator. */
export const PRESENCE_MESSAGE = 'presence';

/** The group of the session's room that holds its facilitators (create-realtime.ts `groupOf`). */
export const FACILITATOR_GROUP = 'facilitator';

/**
 * Which seats have a live connection now, on any instance of a cluster (issue 14), so the console can tell
 * "offline" from "joined" (a phone that went to sleep, a laptop that lost the Wi-Fi). Presence is not game
 * state: it is never persisted or replayed.
 */
export const onlineSeats = async (realtime: Realtime<Principal>, sessionId: string): Promise<string[]> => [
  ...new Set((await realtime.members(sessionId)).flatMap((p) => (p.kind === 'seat' ? [p.seatId] : []))),
];

/**
 * Tells the facilitators of a session who is online after seats come and go. The instance where a seat came
 * or went counts the seats of every instance and sends the note to the facilitator group, which reaches the
 * lecturer's console wherever it is connected. Changes are coalesced per session (assumption: 400 ms, short
 * enough to feel live, long enough that 300 students joining in the first minute cause a few dozen small
 * messages instead of 300).
 */
export const createPresenceNotifier = (
  realtime: Realtime<Principal>,
  {
    coalesceMs = 400,
    onError = () => undefined,
  }: { coalesceMs?: number; onError?: (e: unknown) => void } = {},
) => {
  const pending = new Map<string, ReturnType<typeof setTimeout>>();
  let closed = false;
  const sendNow = async (sessionId: string) => {
    const online = await onlineSeats(realtime, sessionId);
    if (!closed) realtime.broadcast(sessionId, PRESENCE_MESSAGE, { online }, FACILITATOR_GROUP);
  };
  return {
    /** Sends the current presence to one facilitator connection (right after it connects). */
    sendTo: async (sessionId: string, send: (type: string, payload: unknown) => void) =>
      send(PRESENCE_MESSAGE, { online: await onlineSeats(realtime, sessionId) }),
    /** A seat connected or disconnected: tell the facilitators soon. */
    changed: (sessionId: string) => {
      if (closed || pending.has(sessionId)) return;
      const timer = setTimeout(() => {
        pending.delete(sessionId);
        sendNow(sessionId).catch(onError);
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
