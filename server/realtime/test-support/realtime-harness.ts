import type { AddressInfo } from 'node:net';
import { type Socket as ClientSocket, io as connectClient } from 'socket.io-client';
import { createApp } from '../../http/create-app.ts';
import { createMemoryStore } from '../../storage/memory-store.ts';
import { createRealtime, type Realtime, type RealtimeOptions } from '../create-realtime.ts';
import { type Envelope, envelopeSchema } from '../message-envelope.ts';

export type TestPrincipal = { role: string; sessionId: string };

/** Accepts any token of the form "role:<name>" and refuses everything else. */
export const acceptRoleTokens: RealtimeOptions<TestPrincipal, Envelope>['authenticate'] = ({
  sessionId,
  token,
}) => (token.startsWith('role:') ? { role: token.slice(5), sessionId } : undefined);

/** A real server on a loopback port with Socket.IO attached, and clients that connect over WebSocket. */
export const startRealtime = async (options: Partial<RealtimeOptions<TestPrincipal, Envelope>> = {}) => {
  const app = createApp({ store: createMemoryStore() });
  const realtime: Realtime<TestPrincipal> = createRealtime(app.server, {
    authenticate: acceptRoleTokens,
    messageSchema: envelopeSchema,
    onMessage: () => undefined,
    ...options,
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  const clients: ClientSocket[] = [];

  const connect = (auth: Record<string, unknown>, extra: { headers?: Record<string, string> } = {}) => {
    const client = connectClient(url, {
      auth,
      transports: ['websocket'],
      reconnection: false,
      forceNew: true,
      extraHeaders: extra.headers,
    });
    clients.push(client);
    return client;
  };

  /** Resolves once connected, rejects with the server's refusal. */
  const connected = (client: ClientSocket) =>
    new Promise<ClientSocket>((resolve, reject) => {
      client.once('connect', () => resolve(client));
      client.once('connect_error', reject);
    });

  return {
    app,
    realtime,
    url,
    connect,
    join: (sessionId: string, role: string) => connected(connect({ sessionId, token: `role:${role}` })),
    connected,
    close: async () => {
      for (const c of clients) c.close();
      await realtime.close();
      await app.close();
    },
  };
};

/** The next envelope a client receives on the message event. */
export const nextMessage = (client: ClientSocket, timeoutMs = 2000) =>
  new Promise<Envelope>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no message arrived')), timeoutMs);
    client.once('message', (envelope: Envelope) => {
      clearTimeout(timer);
      resolve(envelope);
    });
  });

/** The reason a client was disconnected. */
export const disconnection = (client: ClientSocket) =>
  new Promise<string>((resolve) => client.once('disconnect', (reason) => resolve(reason)));
