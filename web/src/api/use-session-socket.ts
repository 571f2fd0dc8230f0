import { useCallback, useEffect, useReducer, useRef } from 'react';
import { io, type Socket } from 'socket.io-client';
import { ApiError } from './api-error.ts';
import { connectionReducer, initialConnection } from './connection-state.ts';
import type { ClientAction, ErrorBody, ViewEnvelope } from './view-types.ts';

type Envelope = { type: string; payload?: unknown };
type Ack = { ok: true; result?: unknown } | { ok: false; error: ErrorBody };

const retryMs = 3000;
const ackTimeoutMs = 8000;

const errorOf = (err: Error & { data?: unknown }): { code: string; message: string | null } => {
  const data = err.data as { error?: ErrorBody } | undefined;
  return { code: data?.error?.code ?? err.message, message: data?.error?.message ?? null };
};

/**
 * One realtime connection to a session (docs/api.md, Realtime): keeps the latest view, reconnects by itself,
 * asks for the view again when a phone wakes up, and sends actions with an acknowledgement.
 * `token` is a seat token, a facilitator token or the word `projector`; null waits for one.
 */
export const useSessionSocket = (sessionId: string, token: string | null, language: string) => {
  const [state, dispatch] = useReducer(connectionReducer, initialConnection);
  const socketRef = useRef<Socket | null>(null);

  useEffect(() => {
    if (!token) return;
    const socket = io({ auth: { sessionId, token, language }, transports: ['websocket', 'polling'] });
    socketRef.current = socket;
    let retry: ReturnType<typeof setTimeout> | undefined;
    socket.on('connect', () => dispatch({ type: 'connected' }));
    socket.on('disconnect', () => dispatch({ type: 'disconnected' }));
    socket.on('message', (m: Envelope) => {
      if (m.type === 'view') dispatch({ type: 'view', envelope: m.payload as ViewEnvelope });
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
      else
        socket
          .timeout(ackTimeoutMs)
          .emitWithAck('message', { type: 'view' })
          .then((ack: Ack) => ack.ok && dispatch({ type: 'view', envelope: ack.result as ViewEnvelope }))
          .catch(() => undefined);
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      clearTimeout(retry);
      document.removeEventListener('visibilitychange', onVisible);
      socket.disconnect();
      socketRef.current = null;
    };
  }, [sessionId, token, language]);

  /** Sends one action; resolves when the server accepted it, rejects with an ApiError otherwise. */
  const act = useCallback(async (action: ClientAction): Promise<void> => {
    const socket = socketRef.current;
    if (!socket?.connected) throw new ApiError(0, { code: 'offline', message: '' });
    let ack: Ack;
    try {
      ack = await socket.timeout(ackTimeoutMs).emitWithAck('message', { type: 'action', payload: action });
    } catch {
      throw new ApiError(0, { code: 'offline', message: '' });
    }
    if (!ack.ok) throw new ApiError(409, ack.error);
  }, []);

  return { ...state, act };
};
