import { createPartMemo } from '../../game/index.ts';
import type { Connection } from '../realtime/connection.ts';
import type { Realtime } from '../realtime/create-realtime.ts';
import { viewFor } from './principal-view.ts';
import type { SessionHub } from './session-hub.ts';
import type { Principal } from './session-principal.ts';
import { createJsonCache, diffViews, type ViewDelta } from './view-delta.ts';

/** Envelope types: a whole view (on connect and on request) and a delta against the version a client has. */
export const VIEW_MESSAGE = 'view';
export const VIEW_DELTA_MESSAGE = 'view-delta';

export type ViewDeltaPayload = { kind: string; version: number; base: number; delta: ViewDelta };

/** What one connection has been sent: the log position of its view and the view itself (shared parts). */
type Sent = { version: number; view: Record<string, unknown> | null };

/**
 * Sends every connection of a session its own view, but only what changed for it and at most once per tick
 * (issue 10). Accepted actions only mark the session; a flush a tick later builds each distinct part once
 * (the part memo), diffs it per connection against what that connection has (view-delta.ts) and sends each
 * distinct delta once to all connections that need exactly it. The action path never waits for this.
 * Assumption: a 30 ms tick, well under what a person notices, long enough that a burst of a lecture hall's
 * actions becomes a few broadcasts instead of one per action.
 */
export const createViewFanout = (
  hub: SessionHub,
  realtime: Realtime<Principal>,
  {
    tickMs = 30,
    onError = (_e: unknown) => undefined,
  }: { tickMs?: number; onError?: (e: unknown) => void } = {},
) => {
  const memos = new Map<string, ReturnType<typeof createPartMemo>>();
  const sent = new Map<string, Sent>();
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  const json = createJsonCache();
  const partIds = new WeakMap<object, number>();
  let nextPartId = 0;
  let closed = false;

  const memoOf = (sessionId: string) => {
    const memo = memos.get(sessionId) ?? createPartMemo();
    memos.set(sessionId, memo);
    return memo;
  };

  /** Names a delta's content, so connections that need the very same delta share one send. */
  const deltaKey = (kind: string, base: number, delta: ViewDelta) =>
    `${kind}|${base}|${delta
      .map(([path, value]) => {
        if (typeof value !== 'object' || value === null) return `${path.join('.')}=${JSON.stringify(value)}`;
        const id = partIds.get(value) ?? nextPartId++;
        partIds.set(value, id);
        return `${path.join('.')}#${id}`;
      })
      .join(',')}`;

  const flushNow = (sessionId: string) =>
    hub.read(sessionId, (state, seq) => {
      const { memo, sweep } = memoOf(sessionId);
      const groups = new Map<string, { ids: string[]; payload: ViewDeltaPayload }>();
      for (const c of realtime.connections(sessionId)) {
        const last = sent.get(c.id);
        // Not sent its whole view yet (still connecting): that view will be current.
        if (!last || last.version >= seq) continue;
        const { kind, view } = viewFor(state, c.principal, memo);
        if (!view || !last.view) {
          // A seat that was removed (or is back): no parts to compare, so the whole (null) view, once.
          if (view === last.view) continue;
          sent.set(c.id, { version: seq, view: view as Sent['view'] });
          c.send(VIEW_MESSAGE, { kind, view, version: seq });
          continue;
        }
        const delta = diffViews(last.view, view, json);
        sent.set(c.id, { version: delta.length > 0 ? seq : last.version, view });
        if (delta.length === 0) continue;
        const key = deltaKey(kind, last.version, delta);
        const group = groups.get(key);
        if (group) group.ids.push(c.id);
        else groups.set(key, { ids: [c.id], payload: { kind, version: seq, base: last.version, delta } });
      }
      for (const { ids, payload } of groups.values()) realtime.sendTo(ids, VIEW_DELTA_MESSAGE, payload);
      sweep();
    });

  return {
    /** An accepted action changed the session: its clients hear of it at the next tick. */
    changed: (sessionId: string) => {
      if (closed || timers.has(sessionId)) return;
      const timer = setTimeout(() => {
        timers.delete(sessionId);
        flushNow(sessionId).catch(onError);
      }, tickMs);
      timer.unref?.();
      timers.set(sessionId, timer);
    },
    /**
     * Sends one connection its whole view now (after connecting, or when it asks after missing a version) and
     * remembers it; returns the envelope too, for the acknowledgement of a request.
     */
    sendWhole: (connection: Connection<Principal>) =>
      hub.read(connection.sessionId, (state, seq) => {
        const envelope = viewFor(state, connection.principal, memoOf(connection.sessionId).memo);
        sent.set(connection.id, { version: seq, view: envelope.view as Sent['view'] });
        const payload = { ...envelope, version: seq };
        connection.send(VIEW_MESSAGE, payload);
        return payload;
      }),
    /** Sends what is pending now instead of at the next tick (tests, and a server about to stop). */
    flush: (sessionId: string) => flushNow(sessionId),
    /** A connection went: forget what it had, and the session's parts once nobody watches it any more. */
    forget: (connection: Connection<Principal>) => {
      sent.delete(connection.id);
      if (realtime.connections(connection.sessionId).length === 0) memos.delete(connection.sessionId);
    },
    close: () => {
      closed = true;
      for (const timer of timers.values()) clearTimeout(timer);
      timers.clear();
    },
  };
};

export type ViewFanout = ReturnType<typeof createViewFanout>;
