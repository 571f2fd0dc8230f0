import { afterEach, expect, it } from 'vitest';
import { describeEachStore, storeForTest } from '../storage/test-support/stores-under-test.ts';
import { replayFromStart } from './replay-log.ts';
import type { SessionExport } from './session-export.ts';
import {
  createSession,
  get,
  playRoundOne,
  post,
  type Seat,
  seatedSession,
  setup,
} from './test-support/session-routes-harness.ts';

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const clean of cleanups.splice(0)) await clean();
});

// On the in-memory store and on PostgreSQL (issue 14): the export reads the log, a replay the snapshot before it.
describeEachStore('export, CSV, replay and QR', 'memory', (place) => {
  const playedSession = async () => {
    const { app, store } = await setup({ store: await storeForTest(place, cleanups) });
    const { session, ana, bo, cas } = await seatedSession(app);
    // A rejoin, so the log holds an old and a new token for the same seat.
    const again: Seat = (
      await post(app, '/api/rejoin', { joinCode: session.joinCode, rejoinCode: cas.rejoinCode })
    ).json();
    const resolved = await playRoundOne(app, session.sessionId, session.facilitatorToken, ana.seatToken);
    return { app, store, session, ana, bo, cas, again, resolved };
  };

  it('exports JSON to the facilitator only: 401 without Bearer, 403 for a seat', async () => {
    const { app, session, ana } = await playedSession();
    const url = `/api/sessions/${session.sessionId}/export`;
    const none = await get(app, url);
    expect(none.statusCode).toBe(401);
    expect(none.headers['www-authenticate']).toBe('Bearer');
    expect((await get(app, url, ana.seatToken)).statusCode).toBe(403);
    expect((await get(app, `${url}.csv`, ana.seatToken)).statusCode).toBe(403);
    expect(
      (await get(app, `/api/sessions/${session.sessionId}/replay?round=1`, ana.seatToken)).statusCode,
    ).toBe(403);
  });

  it('exports a log that opens no seat and replays to the recorded rounds', async () => {
    const { app, store, session, ana, bo, cas, again } = await playedSession();
    const res = await get(app, `/api/sessions/${session.sessionId}/export`, session.facilitatorToken);
    expect(res.statusCode).toBe(200);
    const secrets = [ana, bo, cas, again].flatMap((s) => [s.seatToken, s.rejoinCode]);
    for (const secret of [...secrets, session.facilitatorToken]) expect(res.body).not.toContain(secret);
    expect(res.body).toContain('redacted-token-');
    const exported: SessionExport = res.json();
    const log = await store.readLog(session.sessionId);
    expect(exported).toMatchObject({
      format: 'monopolycentrisme-session/1',
      session: { id: session.sessionId, joinCode: session.joinCode, status: 'active', lastSeq: log.length },
    });
    expect(exported.log.map((e) => e.seq)).toEqual(log.map((e) => e.seq));
    expect(exported.results.rounds).toHaveLength(1);
    expect(exported.results.rounds[0]?.teams.oostdal?.applied.tariffLevel).toBe(1.07);
    const replayed = replayFromStart(exported.config, exported.log);
    expect(replayed.rounds).toEqual(exported.results.rounds);
  });

  it('exports CSV with a header and a row per municipality-year and region-year played', async () => {
    const { app, session, ana } = await playedSession();
    const res = await get(app, `/api/sessions/${session.sessionId}/export.csv`, session.facilitatorToken);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toContain('attachment');
    const [header, ...rows] = res.body.trimEnd().split('\r\n');
    expect(header?.startsWith('scenario,seed,municipality,name,year,')).toBe(true);
    // Three municipalities and the region, one year played.
    expect(rows.map((r) => r.split(',')[2]).sort()).toEqual(['noordhoek', 'oostdal', 'region', 'westerveen']);
    const years = new Set(rows.map((r) => r.split(',')[4]));
    expect(years.size).toBe(1);
    const columns = header?.split(',').length;
    for (const row of rows) expect(row.split(',')).toHaveLength(columns ?? 0);
    expect(res.body).not.toContain(ana.seatToken);
  });

  it('replays round 1 to the record and view of that moment; round 0 is the lobby; a round not played is 404', async () => {
    const { app, session, resolved } = await playedSession();
    const base = `/api/sessions/${session.sessionId}`;
    const exported: SessionExport = (await get(app, `${base}/export`, session.facilitatorToken)).json();
    const one = await get(app, `${base}/replay?round=1`, session.facilitatorToken);
    expect(one.statusCode).toBe(200);
    const body = one.json();
    expect(body.round).toBe(1);
    expect(body.kind).toBe('facilitator');
    expect(body.record).toEqual(exported.results.rounds[0]);
    // Right after the action that resolved the round: the view its sender saw then.
    expect(body.view).toEqual(resolved.view);
    expect(exported.log.find((e) => e.seq === body.seq)?.action).toMatchObject({ type: 'advance-phase' });

    const zero = (await get(app, `${base}/replay?round=0`, session.facilitatorToken)).json();
    expect(zero).toMatchObject({ round: 0, seq: 0, record: null, view: { session: { status: 'lobby' } } });
    const five = await get(app, `${base}/replay?round=5`, session.facilitatorToken);
    expect(five.statusCode).toBe(404);
    expect(five.json().error.code).toBe('not_found');
    expect((await get(app, `${base}/replay?round=abc`, session.facilitatorToken)).statusCode).toBe(400);
  });

  it('serves the join QR code as SVG, publicly', async () => {
    const { app } = await setup({ store: await storeForTest(place, cleanups) });
    const session = await createSession(app);
    const res = await get(app, `/api/sessions/${session.sessionId}/qr.svg`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^image\/svg\+xml/);
    expect(res.body.startsWith('<svg')).toBe(true);
    expect((await get(app, '/api/sessions/nergens/qr.svg')).statusCode).toBe(404);
  });
});
