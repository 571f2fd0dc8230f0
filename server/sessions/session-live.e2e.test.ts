import { afterEach, expect, it } from 'vitest';
import { type FacilitatorView, type ProjectorView, type SeatView, serializeGame } from '../../game/index.ts';
import { tinyConfig } from '../../game/test-support/tiny-game.ts';
import { type RunningServer, startServer } from '../serve/start-server.ts';
import type { SessionStore } from '../storage/session-store.ts';
import { describeEachStore, type StorePlace } from '../storage/test-support/stores-under-test.ts';
import { replayFromStart } from './replay-log.ts';
import type { SessionExport } from './session-export.ts';
import { connectLive, type LiveClient } from './test-support/live-client.ts';

type Received =
  | { kind: 'facilitator'; view: FacilitatorView }
  | { kind: 'seat'; view: SeatView }
  | { kind: 'projector'; view: ProjectorView };
type Created = { sessionId: string; joinCode: string; facilitatorToken: string };
type Credentials = { sessionId: string; seatId: string; seatToken: string; rejoinCode: string };
type Reply = { ok: boolean; result?: unknown; error?: { code: string; reason?: string; message: string } };

/** A connected client and every `view` envelope it has received, oldest first. */
type Client = LiveClient<Received>;

const noTimers = { signalen: 0, overleg: 0, doorrekenen: 0, terugblik: 0 };

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const clean of cleanups.splice(0).reverse()) await clean();
});

const start = async (store: SessionStore) => {
  const server = await startServer({ store, port: 0 });
  cleanups.push(() => server.close());
  return server;
};

/** The data of one test, kept over a restart: a SQLite file, or a PostgreSQL schema of its own. */
const tempDatabase = async (place: () => Promise<StorePlace>) => {
  const data = await place();
  cleanups.push(data.remove);
  return data;
};

const postJson = async (url: string, body: unknown, token?: string) => {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: await res.json() };
};

const getJson = async (url: string, token: string) => {
  const res = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
  expect(res.status).toBe(200);
  return { text: await res.text() };
};

const createSession = async (server: RunningServer, timers = noTimers): Promise<Created> => {
  const res = await postJson(`${server.url}/api/sessions`, tinyConfig({ roundTimerSeconds: timers }));
  expect(res.status).toBe(201);
  return res.body as Created;
};

const joinSeat = async (server: RunningServer, joinCode: string, seat: Record<string, string>) => {
  const res = await postJson(`${server.url}/api/join`, { joinCode, ...seat });
  expect(res.status).toBe(201);
  return res.body as Credentials;
};

/** Connects over a real WebSocket; resolves once the server has sent the first view, rejects on refusal. */
const connect = (server: RunningServer, auth: { sessionId: string; token: string }): Promise<Client> =>
  connectLive<Received>(server, auth, (close) => cleanups.push(close));

const latest = (client: Client): Received => {
  const last = client.views.at(-1);
  if (!last) throw new Error('no view received yet');
  return last;
};

const facilitatorView = (client: Client): FacilitatorView => {
  const r = latest(client);
  if (r.kind !== 'facilitator') throw new Error(`expected a facilitator view, got ${r.kind}`);
  return r.view;
};

const send = (client: Client, payload: Record<string, unknown>): Promise<Reply> =>
  client.socket.timeout(5000).emitWithAck('message', { type: 'action', payload });

/**
 * Sends an action that must be accepted, then waits until every watching client has exactly one new view:
 * accepted actions reach every client whose view they change, each with their own projection. Clients in
 * `untouched` (another team, say) must get nothing: their views did not change.
 */
const accepted = async (
  sender: Client,
  payload: Record<string, unknown>,
  watchers: Client[],
  untouched: Client[] = [],
) => {
  const before = [...watchers, ...untouched].map((c) => c.views.length);
  const reply = await send(sender, payload);
  expect(reply, JSON.stringify(reply)).toMatchObject({ ok: true });
  for (const [i, c] of watchers.entries()) await expect.poll(() => c.views.length).toBe(before[i]! + 1);
  // A broadcast goes out in one go: once the watchers have theirs, anything for the others is on its way too.
  await new Promise((done) => setTimeout(done, 150));
  expect(untouched.map((c) => c.views.length)).toEqual(before.slice(watchers.length));
  return reply.result as { effects: { kind: string }[]; version: number };
};

// On the SQLite file and on PostgreSQL (issue 14).
describeEachStore('a live session over real sockets (end to end)', 'sqlite', (place) => {
  it('plays two rounds with four students, survives a rejoin and a server restart, and exports a replayable log', async () => {
    const data = await tempDatabase(place);
    const server = await start(await data.open());
    const session = await createSession(server);
    const { sessionId, joinCode, facilitatorToken } = session;

    // Two students per municipality, joined over HTTP.
    const ana = await joinSeat(server, joinCode, {
      displayName: 'Ana',
      municipalityId: 'oostdal',
      role: 'wethouder',
    });
    const bo = await joinSeat(server, joinCode, {
      displayName: 'Bo',
      municipalityId: 'oostdal',
      role: 'inkoper',
    });
    const cas = await joinSeat(server, joinCode, {
      displayName: 'Cas',
      municipalityId: 'westerveen',
      role: 'wethouder',
    });
    const dirk = await joinSeat(server, joinCode, {
      displayName: 'Dirk',
      municipalityId: 'westerveen',
      role: 'professional',
    });

    const fac = await connect(server, { sessionId, token: facilitatorToken });
    const projector = await connect(server, { sessionId, token: 'projector' });
    const a = await connect(server, { sessionId, token: ana.seatToken });
    const b = await connect(server, { sessionId, token: bo.seatToken });
    let c = await connect(server, { sessionId, token: cas.seatToken });
    const d = await connect(server, { sessionId, token: dirk.seatToken });
    expect(latest(fac).kind).toBe('facilitator');
    expect(latest(projector).kind).toBe('projector');
    for (const [client, seat] of [
      [a, ana],
      [b, bo],
      [c, cas],
      [d, dirk],
    ] as const) {
      expect(latest(client)).toMatchObject({ kind: 'seat', view: { me: { seatId: seat.seatId } } });
    }
    let everyone = [fac, projector, a, b, c, d];

    // Round 1: signalen, then overleg, where both teams draft.
    await accepted(fac, { type: 'start-session' }, everyone);
    await accepted(fac, { type: 'advance-phase' }, everyone);
    expect(facilitatorView(fac).session).toMatchObject({ round: 1, phase: 'overleg' });
    const oostdalTariff = 1.2345678;
    const westerveenReflection = 3.4567891;
    await accepted(
      b,
      { type: 'draft-decisions', role: 'inkoper', changes: { tariffLevel: oostdalTariff } },
      [fac, a, b],
      [projector, c, d],
    );
    await accepted(
      d,
      { type: 'draft-decisions', role: 'professional', changes: { reflectionHours: westerveenReflection } },
      [fac, c, d],
      [projector, a, b],
    );

    // Each team sees its own drafts and never the other team's; no student view holds any token.
    const text = (client: Client) => JSON.stringify(latest(client));
    for (const own of [a, b]) {
      expect(text(own)).toContain(String(oostdalTariff));
      expect(text(own)).not.toContain(String(westerveenReflection));
    }
    for (const own of [c, d]) {
      expect(text(own)).toContain(String(westerveenReflection));
      expect(text(own)).not.toContain(String(oostdalTariff));
    }
    expect(text(projector)).not.toContain(String(oostdalTariff));
    expect(text(projector)).not.toContain(String(westerveenReflection));
    expect(text(fac)).toContain(String(oostdalTariff));
    expect(text(fac)).toContain(String(westerveenReflection));
    const seats = [ana, bo, cas, dirk];
    for (const [client, self] of [
      [a, ana],
      [b, bo],
      [c, cas],
      [d, dirk],
    ] as const) {
      for (const other of seats) {
        expect(text(client)).not.toContain(other.seatToken);
        if (other !== self) expect(text(client)).not.toContain(other.rejoinCode);
      }
      expect(text(client)).not.toContain(facilitatorToken);
    }
    for (const watcher of [fac, projector]) {
      for (const secret of [facilitatorToken, ...seats.flatMap((s) => [s.seatToken, s.rejoinCode])])
        expect(text(watcher)).not.toContain(secret);
    }

    // A refusal reaches only the sender, with the game's reason, and changes nobody's view.
    const viewCounts = everyone.map((x) => x.views.length);
    expect(await send(b, { type: 'submit-decisions', changes: {} })).toMatchObject({
      ok: false,
      error: { code: 'action_refused', reason: 'not-your-role' },
    });
    expect(await send(projector, { type: 'start-session' })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    await accepted(a, { type: 'submit-decisions', changes: { mandate: 0.61 } }, everyone);
    expect(viewCounts.map((n) => n + 1)).toEqual(everyone.map((x) => x.views.length));

    // Cas's phone dies mid-round; the rejoin code brings the same seat back with a new token.
    c.socket.close();
    everyone = [fac, projector, a, b, d];
    const casAgain = (await postJson(`${server.url}/api/rejoin`, { joinCode, rejoinCode: cas.rejoinCode }))
      .body as Credentials;
    expect(casAgain.seatId).toBe(cas.seatId);
    expect(casAgain.seatToken).not.toBe(cas.seatToken);
    const refused = await connect(server, { sessionId, token: cas.seatToken }).catch(
      (e: Error & { data?: { error: { code: string } } }) => e,
    );
    expect(refused).toBeInstanceOf(Error);
    expect((refused as Error).message).toBe('forbidden');
    expect((refused as Error & { data: { error: { code: string } } }).data.error.code).toBe('forbidden');
    c = await connect(server, { sessionId, token: casAgain.seatToken });
    expect(latest(c)).toMatchObject({ kind: 'seat', view: { me: { seatId: cas.seatId } } });
    expect(text(c)).toContain(String(westerveenReflection));
    everyone = [fac, projector, a, b, c, d];
    await accepted(c, { type: 'submit-decisions', changes: { learningFundShare: 0.02 } }, everyone);

    // The facilitator's controls: a timer started by extending, paused, resumed; a card; a forced advance.
    await accepted(fac, { type: 'extend-timer', seconds: 600 }, everyone);
    const deadline = facilitatorView(fac).session.timer.deadline;
    expect(deadline).toBeGreaterThan(Date.now() + 590_000);
    await accepted(fac, { type: 'pause-timer' }, everyone);
    expect(facilitatorView(fac).session.timer).toMatchObject({ paused: true, deadline: null });
    expect(latest(projector).view.session.timer.paused).toBe(true);
    await accepted(fac, { type: 'resume-timer' }, everyone);
    expect(facilitatorView(fac).session.timer.paused).toBe(false);
    expect(facilitatorView(fac).session.timer.deadline).toBeGreaterThanOrEqual(deadline ?? 0);
    const card = await accepted(fac, { type: 'inject-card', cardId: 'media-incident' }, everyone);
    expect(card.effects).toEqual([
      expect.objectContaining({ kind: 'card-revealed', cardId: 'media-incident' }),
    ]);
    const forced = await accepted(fac, { type: 'advance-phase' }, everyone);
    expect(forced.effects.map((e) => e.kind)).toContain('round-resolved');
    const round1 = facilitatorView(fac).rounds[0];
    expect(round1?.teams.oostdal).toMatchObject({
      source: 'submitted',
      applied: { tariffLevel: oostdalTariff, mandate: 0.61 },
    });
    expect(round1?.teams.westerveen).toMatchObject({
      source: 'submitted',
      applied: { reflectionHours: westerveenReflection, learningFundShare: 0.02 },
    });
    expect(round1?.cards).toContain('media-incident');
    await accepted(fac, { type: 'advance-phase' }, everyone); // terugblik

    // Round 2.
    await accepted(fac, { type: 'advance-phase' }, everyone); // signalen
    await accepted(fac, { type: 'advance-phase' }, everyone); // overleg
    await accepted(a, { type: 'submit-decisions', changes: { tariffLevel: 0.9 } }, everyone);
    await accepted(c, { type: 'submit-decisions', changes: { mandate: 0.45 } }, everyone);
    await accepted(fac, { type: 'advance-phase' }, everyone); // doorrekenen
    await accepted(fac, { type: 'advance-phase' }, everyone); // terugblik
    // A draft in round 3's overleg, so the restart has something after the last snapshot to replay.
    await accepted(fac, { type: 'advance-phase' }, everyone);
    await accepted(fac, { type: 'advance-phase' }, everyone);
    await accepted(
      b,
      { type: 'draft-decisions', role: 'inkoper', changes: { contractYears: 5 } },
      [fac, a, b],
      [c, d],
    );
    expect(facilitatorView(fac).rounds).toHaveLength(2);
    expect(facilitatorView(fac).session).toMatchObject({ round: 3, phase: 'overleg' });

    // Restart on the same database: the session resumes exactly where its log ends.
    const viewBefore = facilitatorView(fac);
    const stateBefore = serializeGame((await server.hub.current(sessionId)).state);
    const dropped = new Promise((resolve) => fac.socket.once('disconnect', resolve));
    await server.close();
    expect(await dropped).toBe('transport close');
    const restarted = await start(await data.open());
    expect(serializeGame((await restarted.hub.current(sessionId)).state)).toBe(stateBefore);
    const fac2 = await connect(restarted, { sessionId, token: facilitatorToken });
    expect(facilitatorView(fac2)).toEqual(viewBefore);
    const b2 = await connect(restarted, { sessionId, token: bo.seatToken });
    const c2 = await connect(restarted, { sessionId, token: casAgain.seatToken });
    const oldCas = await connect(restarted, { sessionId, token: cas.seatToken }).catch((e: Error) => e);
    expect((oldCas as Error).message).toBe('forbidden');
    const teamDraft = (r: Received) => (r.kind === 'seat' ? r.view.team?.drafts.inkoper?.changes : undefined);
    expect(teamDraft(latest(b2))).toEqual({ contractYears: 5 });
    // Play on: Ana was never connected to the new server, but her token still holds.
    const a2 = await connect(restarted, { sessionId, token: ana.seatToken });
    await accepted(a2, { type: 'submit-decisions', changes: { tariffLevel: 1.01 } }, [fac2, a2, b2, c2]);
    expect(facilitatorView(fac2).teams.find((t) => t.id === 'oostdal')).toBeDefined();

    // The export: no secret in it, and its log replays to its recorded rounds.
    const exportRes = await getJson(`${restarted.url}/api/sessions/${sessionId}/export`, facilitatorToken);
    for (const secret of [
      facilitatorToken,
      casAgain.seatToken,
      ...seats.flatMap((s) => [s.seatToken, s.rejoinCode]),
    ])
      expect(exportRes.text).not.toContain(secret);
    const exported: SessionExport = JSON.parse(exportRes.text);
    expect(exported.log.map((e) => e.seq)).toEqual(exported.log.map((_, i) => i + 1));
    expect(exported.session.lastSeq).toBe(exported.log.length);
    expect(exported.results.rounds).toHaveLength(2);
    const replayed = replayFromStart(exported.config, exported.log);
    expect(replayed.rounds).toEqual(exported.results.rounds);
    expect(exported.log.at(-1)?.action).toMatchObject({
      type: 'submit-decisions',
      actor: { kind: 'seat', seatId: ana.seatId },
      changes: { tariffLevel: 1.01 },
    });
  });

  it('moves on from a 1-second overleg by itself: the server sends the timer tick', async () => {
    const server = await start(await (await tempDatabase(place)).open());
    const session = await createSession(server, { ...noTimers, overleg: 1 });
    const fac = await connect(server, { sessionId: session.sessionId, token: session.facilitatorToken });
    const projector = await connect(server, { sessionId: session.sessionId, token: 'projector' });
    await accepted(fac, { type: 'start-session' }, [fac, projector]);
    await accepted(fac, { type: 'advance-phase' }, [fac, projector]);
    const overleg = facilitatorView(fac).session;
    expect(overleg.phase).toBe('overleg');
    expect(overleg.timer.deadline).toBe((overleg.timer.phaseStartedAt ?? 0) + 1000);

    await expect
      .poll(() => latest(projector).view.session.phase, { timeout: 5000, interval: 50 })
      .toBe('doorrekenen');
    expect(facilitatorView(fac).rounds).toHaveLength(1);
    const exported: SessionExport = JSON.parse(
      (await getJson(`${server.url}/api/sessions/${session.sessionId}/export`, session.facilitatorToken))
        .text,
    );
    expect(exported.log.at(-1)?.action).toMatchObject({ type: 'timer-tick', actor: { kind: 'system' } });
  });

  it('re-arms a running phase timer after a restart, so the phase still moves on', async () => {
    const data = await tempDatabase(place);
    const server = await start(await data.open());
    const session = await createSession(server, { ...noTimers, overleg: 1 });
    const fac = await connect(server, { sessionId: session.sessionId, token: session.facilitatorToken });
    await accepted(fac, { type: 'start-session' }, [fac]);
    await accepted(fac, { type: 'advance-phase' }, [fac]);
    await server.close();

    const restarted = await start(await data.open());
    const phase = async () => (await restarted.hub.current(session.sessionId)).state.phase;
    await expect.poll(phase, { timeout: 5000, interval: 50 }).toBe('doorrekenen');
    const view = JSON.parse(
      (await getJson(`${restarted.url}/api/sessions/${session.sessionId}/view`, session.facilitatorToken))
        .text,
    );
    expect(view.view.rounds).toHaveLength(1);
  });
});
