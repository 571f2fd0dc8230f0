import { useCallback, useEffect, useReducer, useRef } from 'react';
import { io, type Socket } from 'socket.io-client';
import { newActionId } from './action-id.ts';
import { ApiError } from './api-error.ts';
import { connectionReducer, initialConnection } from './connection-state.ts';
import type { ViewDelta } from './view-delta.ts';
import type { ClientAction, ErrorBody, ViewEnvelope } from './view-types.ts';

type Envelope = { type: string; payload?: unknown };
type Ack = { ok: true; result?: unknown } | { ok: false; error: ErrorBody };
type Versioned = ViewEnvelope & { version?: number };
type DeltaPayload = { base: number; version: number; delta: ViewDelta };

const retryMs = 3000;
const ackTimeoutMs = 8000;
/** Sends of one action before it counts as lost: the server applies it once however often it arrives. */
const attempts = 3;

const errorOf = (err: Error & { data?: unknown }): { code: string; message: string | null } => {
  const data = err.data as { error?: ErrorBody } | undefined;
  return { code: data?.error?.code ?? err.message, message: data?.error?.message ?? null };
};

const offline = () => new ApiError(0, { code: 'offline', message: '' });

/** Resolves when the socket is connected, or after `ms` (the caller then tries and fails). */
const connected = (socket: Socket, ms: number) =>
  socket.connected
    ? Promise.resolve()
    : new Promise<void>((done) => {
        const timer = setTimeout(done, ms);
        socket.once('connect', () => {
          clearTimeout(timer);
          done();
        });
      });

/** Sends an action under one id until the server answers or the attempts are used up. */
const sendWithRetry = async (socket: Socket, action: ClientAction, id: string): Promise<Ack> => {
  for (let attempt = 1; ; attempt++) {
    await connected(socket, ackTimeoutMs);
    try {
      if (!socket.connected) throw offline();
      return await socket
        .timeout(ackTimeoutMs)
        .emitWithAck('message', { type: 'action', payload: action, id });
    } catch {
      if (attempt >= attempts) throw offline();
    }
  }
};

/**
 * One realtime connection to a session (docs/api.md, Realtime): keeps the latest view (whole, then deltas
 * against its version; a delta for another version asks for the whole view again), reconnects by itself,
 * asks for the view again when a phone wakes up, and sends actions with an id and an acknowledgement,
 * retrying a lost one. `token` is a seat token, a facilitator token or the word `projector`.
 */
export const useSessionSocket = (sessionId: string, token: string | null, language: string) => {
  const [state, dispatch] = useReducer(connectionReducer, initialConnection);
  const socketRef = useRef<Socket | null>(null);

  const askWhole = useCallback((socket: Socket) => {
    socket
      .timeout(ackTimeoutMs)
      .emitWithAck('message', { type: 'view' })
      .then((ack: Ack) => {
        const env = ack.ok ? (ack.result as Versioned) : null;
        if (env) dispatch({ type: 'view', envelope: env, version: env.version });
      })
      .catch(() => undefined);
  }, []);

  useEffect(() => {
    if (!token) return;
    const socket = io({ auth: { sessionId, token, language }, transports: ['websocket', 'polling'] });
    socketRef.current = socket;
    let retry: ReturnType<typeof setTimeout> | undefined;
    socket.on('connect', () => dispatch({ type: 'connected' }));
    socket.on('disconnect', () => dispatch({ type: 'disconnected' }));
    socket.on('message', (m: Envelope) => {
      if (m.type === 'view') {
        const env = m.payload as Versioned;
        dispatch({ type: 'view', envelope: env, version: env.version });
      }
      if (m.type === 'view-delta') dispatch({ type: 'delta', ...(m.payload as DeltaPayload) });
      if (m.type === 'presence') {
        const online = (m.payload as { online?: unknown } | undefined)?.online;
        if (Array.isArray(online)) dispatch({ type: 'presence', online: online.map(String) });
      }
    });
    socket.on('connect_error', (err: Error & { data?: unknown }) => {
      const { code, message } = errorOf(err);
      dispatch({ type: 'refused', code, message });
      // A refusal by the server's handshake check is not retried by socket.io itself; a busy server is.
      if (!socket.active && code !== 'forbidden' && code !== 'session_not_found' && code !== 'unauthorized') {
        retry = setTimeout(() => socket.connect(), retryMs);
      }
    });
    const onVisible = () => {
      if (document.visibilityState !== 'visible') return;
      if (!socket.connected) socket.connect();
      else askWhole(socket);
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      clearTimeout(retry);
      document.removeEventListener('visibilitychange', onVisible);
      socket.disconnect();
      socketRef.current = null;
    };
  }, [sessionId, token, language, askWhole]);

  // A delta that did not fit: ask for the whole view once.
  useEffect(() => {
    if (state.needsWhole && socketRef.current?.connected) askWhole(socketRef.current);
  }, [state.needsWhole, askWhole]);

  /**
   * Sends one action: shown as pending at once, then as accepted or refused with the server's reason.
   * Resolves when the server accepted it, rejects with an ApiError otherwise.
   */
  const act = useCallback(async (action: ClientAction): Promise<void> => {
    const socket = socketRef.current;
    if (!socket) throw offline();
    const id = newActionId();
    const report = (status: 'pending' | 'accepted' | 'refused', message: string | null = null) =>
      dispatch({ type: 'action', action: { id, type: action.type, status, message } });
    report('pending');
    let ack: Ack;
    try {
      ack = await sendWithRetry(socket, action, id);
    } catch (e) {
      report('refused', null);
      throw e;
    }
    if (!ack.ok) {
      report('refused', ack.error.message);
      throw new ApiError(409, ack.error);
    }
    report('accepted');
  }, []);

  return { ...state, act };
};
