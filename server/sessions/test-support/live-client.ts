import { io as connectSocket, type Socket } from 'socket.io-client';
import type { RunningServer } from '../../serve/start-server.ts';

/** A connected test client: every `view` payload and every other envelope by type, oldest first. */
export type LiveClient<V> = { socket: Socket; views: V[]; received: Map<string, unknown[]> };

/**
 * Connects over a real WebSocket (no reconnection, its own engine); resolves once the server has sent the
 * first view, rejects on refusal. `onClose` registers the socket's cleanup with the test.
 */
export const connectLive = <V>(
  server: RunningServer,
  auth: { sessionId: string; token: string },
  onClose: (close: () => void) => void,
) =>
  new Promise<LiveClient<V>>((resolve, reject) => {
    const socket = connectSocket(server.url, {
      auth,
      transports: ['websocket'],
      reconnection: false,
      forceNew: true,
    });
    onClose(() => void socket.close());
    const client: LiveClient<V> = { socket, views: [], received: new Map() };
    socket.on('message', (envelope: { type: string; payload: unknown }) => {
      if (envelope.type === 'view') {
        client.views.push(envelope.payload as V);
        if (client.views.length === 1) resolve(client);
        return;
      }
      client.received.set(envelope.type, [...(client.received.get(envelope.type) ?? []), envelope.payload]);
    });
    socket.once('connect_error', reject);
  });
