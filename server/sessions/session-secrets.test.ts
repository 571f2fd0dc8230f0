import { afterEach, describe, expect, it } from 'vitest';
import { serializeGame } from '../../game/index.ts';
import { describeEachStore, type StorePlace } from '../storage/test-support/stores-under-test.ts';
import { replayFromStart } from './replay-log.ts';
import type { SessionExport } from './session-export.ts';
import {
  createSession,
  get,
  join as joinSeat,
  playRoundOne,
  post,
  type Seat,
  seatedSession,
  setup,
} from './test-support/session-routes-harness.ts';

// Issue 11, defects 1 and 2: every seat secret is minted by the server, and the database keeps only keyed hashes.
const key = Buffer.alloc(32, 7);
const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
});

const refusedAsNotAuthorised = (res: { statusCode: number; json: () => unknown }) => {
  expect(res.statusCode).toBe(409);
  expect(res.json()).toMatchObject({ error: { code: 'action_refused', reason: 'not-authorised' } });
};

describe('seat secrets are minted by the server', () => {
  it('refuses a rejoin or join sent by a client, so no one chooses a token (issue 11, defect 1)', async () => {
    const { app } = await setup();
    const { session, ana, bo } = await seatedSession(app);
    const actions = `/api/sessions/${session.sessionId}/actions`;
    refusedAsNotAuthorised(
      await post(app, actions, { type: 'rejoin', seatToken: 'projector' }, ana.seatToken),
    );
    refusedAsNotAuthorised(
      await post(
        app,
        actions,
        { type: 'join', displayName: 'X', seatId: 'x', seatToken: 'gekozen-token', rejoinCode: 'ABCDEFGH' },
        ana.seatToken,
      ),
    );
    refusedAsNotAuthorised(
      await post(app, actions, { type: 'rejoin', seatToken: 'projector' }, session.facilitatorToken),
    );
    // No oracle: another seat's real token gets the same answer as any other string.
    const probe = await post(app, actions, { type: 'rejoin', seatToken: bo.seatToken }, ana.seatToken);
    refusedAsNotAuthorised(probe);
    // The chosen word opens nothing, and Ana's own token still works.
    expect((await get(app, `/api/sessions/${session.sessionId}/view`, 'projector')).statusCode).toBe(403);
    expect((await get(app, `/api/sessions/${session.sessionId}/view`, ana.seatToken)).statusCode).toBe(200);
  });

  it('hands out a fresh 256-bit token and an 8-character code on every join', async () => {
    const { app } = await setup();
    const session = await createSession(app);
    const seats = await Promise.all(
      ['A', 'B', 'C'].map((displayName) => joinSeat(app, session.joinCode, { displayName })),
    );
    for (const s of seats) {
      expect(Buffer.from(s.seatToken, 'base64url').length).toBe(32);
      expect(s.rejoinCode).toHaveLength(8);
    }
    expect(new Set(seats.map((s) => s.seatToken)).size).toBe(3);
  });
});

// In the SQLite file and in PostgreSQL's tables (issue 14).
describeEachStore('secrets at rest (issue 11, defect 2)', 'sqlite', (place) => {
  const playOnDisk = async () => {
    const disk: StorePlace = await place();
    cleanups.push(disk.remove);
    const store = await disk.open();
    const { app } = await setup({ store, secretKey: key });
    const { session, ana, bo, cas } = await seatedSession(app);
    const again: Seat = (
      await post(app, '/api/rejoin', { joinCode: session.joinCode, rejoinCode: cas.rejoinCode })
    ).json();
    await playRoundOne(app, session.sessionId, session.facilitatorToken, ana.seatToken);
    const exported: SessionExport = (
      await get(app, `/api/sessions/${session.sessionId}/export`, session.facilitatorToken)
    ).json();
    await app.close();
    await store.close();
    const secrets = [ana, bo, cas, again].flatMap((s) => [s.seatToken, s.rejoinCode]);
    return { disk, session, ana, cas, again, exported, secrets: [...secrets, session.facilitatorToken] };
  };

  it('keeps no seat token, rejoin code or facilitator token in the database, log or snapshots', async () => {
    const { disk, secrets } = await playOnDisk();
    const bytes = await disk.storedText();
    expect(bytes.length).toBeGreaterThan(0);
    for (const secret of secrets) expect(bytes).not.toContain(secret);
    // The log and the snapshots hold the hashes instead, which is what lets them replay.
    const store = await disk.open();
    const rows = JSON.stringify(await store.readLog((await store.listSessions())[0]!.id));
    for (const secret of secrets) expect(rows).not.toContain(secret);
    expect(rows).toMatch(/"seatToken":"[A-Za-z0-9_-]{43}"/);
    await store.close();
  });

  it('still replays and exports, and after a restart with the same key every current secret works', async () => {
    const { disk, session, ana, cas, again, exported } = await playOnDisk();
    const store = await disk.open();
    const log = await store.readLog(session.sessionId);
    const { app, hub } = await setup({ store, secretKey: key });
    const current = await hub.current(session.sessionId);
    expect(serializeGame(replayFromStart(current.record.config, log))).toBe(serializeGame(current.state));
    expect(replayFromStart(exported.config, exported.log).rounds).toEqual(exported.results.rounds);
    const view = (token: string) => get(app, `/api/sessions/${session.sessionId}/view`, token);
    expect((await view(ana.seatToken)).statusCode).toBe(200);
    expect((await view(again.seatToken)).statusCode).toBe(200);
    // The rejoin replaced Cas's first token.
    expect((await view(cas.seatToken)).statusCode).toBe(403);
    const back = await post(app, '/api/rejoin', { joinCode: session.joinCode, rejoinCode: cas.rejoinCode });
    expect(back.statusCode).toBe(200);
    expect(back.json().seatId).toBe(cas.seatId);
    await app.close();
    await store.close();
  });

  it('opens no seat with a copy of the database but not the key', async () => {
    const { disk, session, ana, cas } = await playOnDisk();
    const store = await disk.open();
    const { app } = await setup({ store, secretKey: Buffer.alloc(32, 8) });
    expect((await get(app, `/api/sessions/${session.sessionId}/view`, ana.seatToken)).statusCode).toBe(403);
    const back = await post(app, '/api/rejoin', { joinCode: session.joinCode, rejoinCode: cas.rejoinCode });
    expect(back.statusCode).toBe(403);
    // The facilitator token is hashed without the key, so the lecturer keeps the session.
    expect(
      (await get(app, `/api/sessions/${session.sessionId}/view`, session.facilitatorToken)).statusCode,
    ).toBe(200);
    await app.close();
    await store.close();
  });
});
