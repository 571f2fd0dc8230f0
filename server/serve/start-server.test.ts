import { io as connectClient, type Socket } from 'socket.io-client';
import { afterEach, describe, expect, it } from 'vitest';
import { tinyConfig } from '../../game/test-support/tiny-game.ts';
import { createFacilitatorToken } from '../security/secret-token.ts';
import { createMemoryStore } from '../storage/memory-store.ts';
import { isStoreError } from '../storage/store-error.ts';
import { type RunningServer, startServer } from './start-server.ts';

const servers: RunningServer[] = [];
const clients: Socket[] = [];
afterEach(async () => {
  for (const c of clients.splice(0)) c.close();
  for (const s of servers.splice(0)) await s.close();
});

const setup = async () => {
  const store = createMemoryStore();
  const server = await startServer({ store, port: 0 });
  servers.push(server);
  const { record, facilitatorToken: token } = await server.hub.create(
    tinyConfig() as Record<string, unknown>,
  );
  const sessionId = record.id;
  const connect = (auth: Record<string, unknown>) => {
    const client = connectClient(server.url, {
      auth,
      transports: ['websocket'],
      reconnection: false,
      forceNew: true,
    });
    clients.push(client);
    return new Promise<Socket>((resolve, reject) => {
      client.once('connect', () => resolve(client));
      client.once('connect_error', reject);
    });
  };
  return { store, token, sessionId, server, connect };
};

describe('startServer', () => {
  it('serves /healthz on a loopback port', async () => {
    const { server } = await setup();
    expect(server.url).toBe(`http://127.0.0.1:${server.port}`);
    expect(server.lanUrls).toEqual([]);
    const res = await fetch(`${server.url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
  });

  it('admits the facilitator of a session over the socket, refuses wrong tokens and unknown messages', async () => {
    const { token, sessionId, connect } = await setup();
    const facilitator = await connect({ sessionId, token });
    expect(facilitator.connected).toBe(true);
    const wrong = await connect({ sessionId, token: createFacilitatorToken() }).catch((e) => e.data);
    expect(wrong.error.code).toBe('forbidden');
    const unknown = await connect({ sessionId: 'nope', token }).catch((e) => e.data);
    expect(unknown.error.code).toBe('session_not_found');
    // A message the game does not know is refused, politely.
    const reply = await facilitator.timeout(2000).emitWithAck('message', { type: 'round.start' });
    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid_message' } });
  });

  it('closes sockets, HTTP and the store, once, however often close is called', async () => {
    const { store, token, sessionId, server, connect } = await setup();
    const client = await connect({ sessionId, token });
    const dropped = new Promise((resolve) => client.once('disconnect', resolve));
    await Promise.all([server.close(), server.close()]);
    expect(await dropped).toBe('transport close');
    await expect(fetch(`${server.url}/healthz`)).rejects.toThrow();
    expect(await store.check().catch((e) => isStoreError(e, 'store_closed'))).toBe(true);
  });
});
