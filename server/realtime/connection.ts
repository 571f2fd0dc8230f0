import type { Socket } from 'socket.io';
import type { Language } from '../errors/language.ts';
import { messageEvent } from './message-envelope.ts';

/** What the server knows about one connected client; handed to every lifecycle hook and message handler. */
export type Connection<P> = {
  id: string;
  sessionId: string;
  /** Who this is, as `authenticate` said (facilitator, a seat, the projector, ...). */
  principal: P;
  language: Language;
  address: string;
  /** Sends an envelope to this client only (a private, per-role view). */
  send(type: string, payload?: unknown): void;
  /** Sends an envelope to every client of this session, this one included. */
  broadcast(type: string, payload?: unknown): void;
  disconnect(): void;
};

export type ConnectionData<P> = { sessionId: string; principal: P; language: Language; address: string };

export const roomOf = (sessionId: string) => `session:${sessionId}`;

export const toConnection = <P>(socket: Socket, data: ConnectionData<P>): Connection<P> => ({
  id: socket.id,
  ...data,
  send: (type, payload) => socket.emit(messageEvent, { type, payload }),
  broadcast: (type, payload) => socket.nsp.to(roomOf(data.sessionId)).emit(messageEvent, { type, payload }),
  disconnect: () => socket.disconnect(true),
});
