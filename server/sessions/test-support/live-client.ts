import { io as connectSocket, type Socket } from 'socket.io-client';
import { applyViewDelta, type ViewDelta } from '../../../web/src/api/view-delta.ts';
import type { RunningServer } from '../../serve/start-server.ts';

type Versioned = { version: number; view: object | null };

/**
 * A connected test client: every view it has had, oldest first (a `view-delta` applied to the one before, as
 * the web client does), and every other envelope by type.
 */
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
      if (envelope.type === 'view-delta') {
        const last = client.views.at(-1) as Versioned | undefined;
        const d = envelope.payload as { version: number; base: number; delta: ViewDelta };
        if (!last || last.version !== d.base || !last.view) throw new Error('a delta for another version');
        client.views.push({ ...last, version: d.version, view: applyViewDelta(last.view, d.delta) } as V);
        return;
      }
      client.received.set(envelope.type, [...(client.received.get(envelope.type) ?? []), envelope.payload]);
    });
    socket.once('connect_error', reject);
  });
