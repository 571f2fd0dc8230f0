import { afterEach, expect, it } from 'vitest';
import { tinyConfig } from '../../game/test-support/tiny-game.ts';
import { type RunningServer, startServer } from '../../server/serve/start-server.ts';
import { connectLive } from '../../server/sessions/test-support/live-client.ts';
import { describeEachStore } from '../../server/storage/test-support/stores-under-test.ts';

// Issue 11, defect 1 over the socket: `{"type":"rejoin","seatToken":"projector"}` no longer seats anyone.
const closers: Array<() => void> = [];
let server: RunningServer | undefined;
let remove: (() => Promise<void>) | undefined;
afterEach(async () => {
  for (const close of closers.splice(0)) close();
  await server?.close();
  await remove?.();
});

const postJson = async (url: string, body: unknown): Promise<Record<string, string>> => {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return (await res.json()) as Record<string, string>;
};

// On the in-memory store and on PostgreSQL (issue 14).
describeEachStore('seat secrets over the socket', 'memory', (place) => {
  it('refuses a client-sent rejoin or join, and the chosen word stays the public projector', async () => {
    const data = await place();
    remove = data.remove;
    server = await startServer({ store: await data.open(), webRoot: '/nergens' });
    const created = await postJson(`${server.url}/api/sessions`, tinyConfig());
    const ana = await postJson(`${server.url}/api/join`, { joinCode: created.joinCode, displayName: 'Ana' });
    const bo = await postJson(`${server.url}/api/join`, { joinCode: created.joinCode, displayName: 'Bo' });
    const client = await connectLive(server, { sessionId: created.sessionId, token: ana.seatToken }, (c) =>
      closers.push(c),
    );
    const send = (payload: object) =>
      client.socket.timeout(5000).emitWithAck('message', { type: 'action', payload });
    for (const payload of [
      { type: 'rejoin', seatToken: 'projector' },
      { type: 'rejoin', seatToken: bo.seatToken },
      { type: 'join', displayName: 'X', seatId: 'x', seatToken: 'gekozen-token', rejoinCode: 'ABCDEFGH' },
    ]) {
      expect(await send(payload)).toMatchObject({
        ok: false,
        error: { code: 'action_refused', reason: 'not-authorised' },
      });
    }
    const watcher = await connectLive<{ kind: string }>(
      server,
      { sessionId: created.sessionId, token: 'projector' },
      (c) => closers.push(c),
    );
    expect(watcher.views[0]?.kind).toBe('projector');
    // Ana's own token still opens her seat, and only hers.
    const again = await connectLive<{ kind: string; view: { me: { seatId: string } } }>(
      server,
      { sessionId: created.sessionId, token: ana.seatToken },
      (c) => closers.push(c),
    );
    expect(again.views[0]?.view.me.seatId).toBe(ana.seatId);
  });
});
