import { io as connectSocket, type Socket } from 'socket.io-client';
import { afterEach, describe, expect, it } from 'vitest';
import { tinyConfig } from '../../game/test-support/tiny-game.ts';
import { type RunningServer, startServer } from '../serve/start-server.ts';
import { createMemoryStore } from '../storage/memory-store.ts';
import { PRESENCE_MESSAGE } from './session-presence.ts';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const clean of cleanups.splice(0).reverse()) await clean();
});

// The fields of the create and join replies this test reads (docs/api.md).
type Reply = {
  sessionId: string;
  joinCode: string;
  facilitatorToken: string;
  seatId: string;
  seatToken: string;
};

const post = async (url: string, body: unknown): Promise<Reply> => {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  expect(res.status).toBe(201);
  return (await res.json()) as Reply;
};

type Client = { socket: Socket; presence: string[][]; views: number };

const connect = (server: RunningServer, auth: { sessionId: string; token: string }) =>
  new Promise<Client>((resolve, reject) => {
    const socket = connectSocket(server.url, {
      auth,
      transports: ['websocket'],
      reconnection: false,
      forceNew: true,
    });
    cleanups.push(() => void socket.close());
    const client: Client = { socket, presence: [], views: 0 };
    socket.on('message', (m: { type: string; payload: { online?: string[] } }) => {
      if (m.type === PRESENCE_MESSAGE) client.presence.push([...(m.payload.online ?? [])].sort());
      if (m.type === 'view' && ++client.views === 1) resolve(client);
    });
    socket.once('connect_error', reject);
  });

describe('seat presence on the console', () => {
  it('tells only the facilitator which seats are online, and notices a phone that drops', async () => {
    const server = await startServer({ store: createMemoryStore(), port: 0 });
    cleanups.push(() => server.close());
    const { sessionId, joinCode, facilitatorToken } = await post(`${server.url}/api/sessions`, tinyConfig());
    const ana = await post(`${server.url}/api/join`, {
      joinCode,
      displayName: 'Ana',
      municipalityId: 'oostdal',
      role: 'wethouder',
    });
    const bo = await post(`${server.url}/api/join`, {
      joinCode,
      displayName: 'Bo',
      municipalityId: 'westerveen',
      role: 'wethouder',
    });

    const console = await connect(server, { sessionId, token: facilitatorToken });
    await expect.poll(() => console.presence.at(-1)).toEqual([]);

    const anaPhone = await connect(server, { sessionId, token: ana.seatToken });
    const boPhone = await connect(server, { sessionId, token: bo.seatToken });
    await expect.poll(() => console.presence.at(-1)).toEqual([ana.seatId, bo.seatId].sort());

    anaPhone.socket.close();
    await expect.poll(() => console.presence.at(-1)).toEqual([bo.seatId]);

    // Students never receive who else is online.
    expect(boPhone.presence).toEqual([]);
    // Joins are coalesced: two phones connecting together give at most two presence notes, not one per event.
    expect(console.presence.length).toBeLessThanOrEqual(4);
  });
});
