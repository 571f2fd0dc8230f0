import { afterEach, expect, it } from 'vitest';
import type { FacilitatorView, SeatView } from '../../game/index.ts';
import { tinyConfig } from '../../game/test-support/tiny-game.ts';
import { startServer } from '../serve/start-server.ts';
import { describeEachStore } from '../storage/test-support/stores-under-test.ts';
import { connectLive, type LiveClient } from './test-support/live-client.ts';

type Received = { kind: string; version: number; view: SeatView | FacilitatorView };
type Reply = { ok: boolean; result?: { version: number }; error?: unknown };

const STUDENTS = 30;
const noTimers = { signalen: 0, overleg: 0, doorrekenen: 0, terugblik: 0 };

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const clean of cleanups.splice(0).reverse()) await clean();
});

const request = async (url: string, body?: unknown, token?: string) => {
  const res = await fetch(url, {
    method: body === undefined ? 'GET' : 'POST',
    headers: {
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return (await res.json()) as Record<string, unknown>;
};

/** What a student does when the lecturer says "one more minute": the wethouder submits, the others draft. */
const lastMinute = (role: string, i: number): Record<string, unknown> => {
  if (role === 'wethouder') return { type: 'submit-decisions', changes: {} };
  if (role === 'inkoper') return { type: 'draft-decisions', role, changes: { contractYears: 1 + (i % 9) } };
  if (role === 'professional') return { type: 'draft-decisions', role, changes: { mandate: (i % 10) / 10 } };
  return { type: 'draft-decisions', role, changes: { learningRhythm: i % 2 ? 'jaarlijks' : 'kwartaal' } };
};

// A lecture hall in small (issue 10): thirty students act at once and every acknowledgement arrives; each
// action is sent twice with one id, as a phone does when its acknowledgement is late, and applies once; at
// the end every screen shows exactly what the server would build for it from scratch. On the in-memory store
// and on PostgreSQL (issue 14), where the burst's group commit is one statement over the network.
describeEachStore('a small lecture hall acting at once (load, end to end)', 'memory', (place) => {
  it('acknowledges every action once, applies a retried one once, and leaves no client with a stale view', async () => {
    const data = await place();
    cleanups.push(data.remove);
    const server = await startServer({ store: await data.open(), port: 0 });
    cleanups.push(() => server.close());
    const created = await request(`${server.url}/api/sessions`, tinyConfig({ roundTimerSeconds: noTimers }));
    const sessionId = String(created.sessionId);
    const facilitatorToken = String(created.facilitatorToken);
    const seats = await Promise.all(
      Array.from({ length: STUDENTS }, (_, i) =>
        request(`${server.url}/api/join`, { joinCode: created.joinCode, displayName: `Student ${i + 1}` }),
      ),
    );
    const connect = (token: string) =>
      connectLive<Received>(server, { sessionId, token }, (close) => cleanups.push(close));
    const fac = await connect(facilitatorToken);
    const students = await Promise.all(seats.map((s) => connect(String(s.seatToken))));
    const send = (c: LiveClient<Received>, payload: object, id?: string): Promise<Reply> =>
      c.socket.timeout(10_000).emitWithAck('message', { type: 'action', payload, ...(id ? { id } : {}) });
    expect(await send(fac, { type: 'start-session' })).toMatchObject({ ok: true });
    expect(await send(fac, { type: 'advance-phase' })).toMatchObject({ ok: true });
    const logBefore = (
      (await request(`${server.url}/api/sessions/${sessionId}/export`, undefined, facilitatorToken))
        .log as unknown[]
    ).length;

    const replies = await Promise.all(
      students.flatMap((c, i) => {
        const role = (c.views[0]!.view as SeatView).me.role;
        const action = lastMinute(role, i);
        return [send(c, action, `a${i}`), send(c, action, `a${i}`)];
      }),
    );
    expect(replies.filter((r) => !r.ok)).toEqual([]);
    for (let i = 0; i < STUDENTS; i++) expect(replies[2 * i]!.result).toEqual(replies[2 * i + 1]!.result);
    const exported = await request(
      `${server.url}/api/sessions/${sessionId}/export`,
      undefined,
      facilitatorToken,
    );
    expect((exported.log as unknown[]).length).toBe(logBefore + STUDENTS);

    const last = Math.max(...replies.map((r) => r.result!.version));
    for (const [c, token] of [
      [fac, facilitatorToken],
      ...students.map((s, i) => [s, String(seats[i]!.seatToken)] as const),
    ] as const) {
      const fresh = await request(`${server.url}/api/sessions/${sessionId}/view`, undefined, token);
      await expect.poll(() => c.views.at(-1)?.view, { timeout: 10_000, interval: 50 }).toEqual(fresh.view);
      expect(c.views.at(-1)!.version).toBeLessThanOrEqual(last);
    }
    // Bursts are coalesced: nobody got one view per action of the class.
    expect(Math.max(...students.map((c) => c.views.length))).toBeLessThan(STUDENTS);
  });
});
