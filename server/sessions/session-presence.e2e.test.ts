import { afterEach, describe, expect, it } from 'vitest';
import { tinyConfig } from '../../game/test-support/tiny-game.ts';
import { type RunningServer, startServer } from '../serve/start-server.ts';
import { createMemoryStore } from '../storage/memory-store.ts';
import { PRESENCE_MESSAGE } from './session-presence.ts';
import { connectLive, type LiveClient } from './test-support/live-client.ts';

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

/** Every presence note a client got, each as a sorted list of seat ids. */
const presence = (c: LiveClient<unknown>): string[][] =>
  (c.received.get(PRESENCE_MESSAGE) ?? []).map((p) =>
    [...((p as { online?: string[] }).online ?? [])].sort(),
  );

const connect = (server: RunningServer, auth: { sessionId: string; token: string }) =>
  connectLive<unknown>(server, auth, (close) => cleanups.push(close));

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

    const lecturer = await connect(server, { sessionId, token: facilitatorToken });
    await expect.poll(() => presence(lecturer).at(-1)).toEqual([]);

    const anaPhone = await connect(server, { sessionId, token: ana.seatToken });
    const boPhone = await connect(server, { sessionId, token: bo.seatToken });
    await expect.poll(() => presence(lecturer).at(-1)).toEqual([ana.seatId, bo.seatId].sort());

    anaPhone.socket.close();
    await expect.poll(() => presence(lecturer).at(-1)).toEqual([bo.seatId]);

    // Students never receive who else is online.
    expect(presence(boPhone)).toEqual([]);
    // Joins are coalesced: two phones connecting together give at most two presence notes, not one per event.
    expect(presence(lecturer).length).toBeLessThanOrEqual(4);
  });
});
