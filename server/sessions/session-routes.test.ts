import { describe, expect, it, vi } from 'vitest';
import { tinyConfig } from '../../game/test-support/tiny-game.ts';
import { errorCatalog } from '../errors/error-catalog.ts';
import { codeAlphabet } from '../security/random-code.ts';
import {
  act,
  type Created,
  codeChars,
  createSession,
  get,
  noTimers,
  post,
  type Seat,
  seatedSession,
  setup,
} from './test-support/session-routes-harness.ts';

describe('POST /api/sessions', () => {
  it('answers 201 with exactly the contract fields, a strong token and a readable join code', async () => {
    const { app, store } = await setup();
    const res = await post(app, '/api/sessions', tinyConfig({ roundTimerSeconds: noTimers }));
    expect(res.statusCode).toBe(201);
    const body: Created = res.json();
    expect(Object.keys(body).sort()).toEqual(
      ['facilitatorToken', 'facilitatorUrl', 'joinCode', 'joinUrl', 'qrUrl', 'sessionId'].sort(),
    );
    expect(body.facilitatorToken).toMatch(/^[A-Za-z0-9_-]{22,}$/);
    expect(Buffer.from(body.facilitatorToken, 'base64url').length * 8).toBeGreaterThanOrEqual(128);
    expect(body.joinCode).toMatch(new RegExp(`^${codeChars}{6}$`));
    expect(body.facilitatorUrl).toMatch(
      new RegExp(`^http://[^/]+/facilitator/${body.sessionId}#token=${body.facilitatorToken}$`),
    );
    expect(body.joinUrl).toMatch(new RegExp(`^http://[^/]+/join/${body.joinCode}$`));
    expect(body.qrUrl).toMatch(new RegExp(`^http://[^/]+/api/sessions/${body.sessionId}/qr.svg$`));
    // The server keeps a hash only: the token itself is nowhere in the stored record.
    expect(JSON.stringify(await store.getSession(body.sessionId))).not.toContain(body.facilitatorToken);
    const other: Created = (await post(app, '/api/sessions', tinyConfig())).json();
    expect(other.facilitatorToken).not.toBe(body.facilitatorToken);
    expect(other.joinCode).not.toBe(body.joinCode);
  });

  it('refuses invalid settings with every issue, in Dutch by default and in English on request', async () => {
    const { app } = await setup();
    const settings = { scenario: 'npm-typisch', municipalities: 4, rounds: 20 };
    const nl = await post(app, '/api/sessions', settings);
    expect(nl.statusCode).toBe(400);
    expect(nl.headers.vary).toMatch(/Accept-Language/i);
    expect(nl.json()).toEqual({
      error: {
        code: 'invalid_request',
        message: errorCatalog.invalid_request.nl,
        issues: expect.arrayContaining([{ path: 'rounds', message: expect.stringMatching(/^Te groot/) }]),
      },
    });
    const en = await post(app, '/api/sessions', settings, undefined, 'en');
    expect(en.statusCode).toBe(400);
    expect(en.json()).toEqual({
      error: {
        code: 'invalid_request',
        message: errorCatalog.invalid_request.en,
        issues: expect.arrayContaining([{ path: 'rounds', message: expect.stringMatching(/^Too big/) }]),
      },
    });
  });

  it('refuses a body that is not an object, naming the root', async () => {
    const { app } = await setup();
    const res = await post(app, '/api/sessions', [1, 2], undefined, 'en-GB,en;q=0.9');
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({
      code: 'invalid_request',
      message: errorCatalog.invalid_request.en,
      issues: [{ path: '(root)', message: expect.any(String) }],
    });
  });

  it('refuses a body over 64 KiB with 413', async () => {
    const { app } = await setup();
    const res = await post(app, '/api/sessions', { ...tinyConfig(), padding: 'x'.repeat(65 * 1024) });
    expect(res.statusCode).toBe(413);
    expect(res.json().error.code).toBe('payload_too_large');
  });
});

describe('joining and rejoining', () => {
  it('seats a student by join code, however it is typed, and tells what a phone shows before', async () => {
    const { app } = await setup();
    const session = await createSession(app);
    const typed = `${session.joinCode.slice(0, 3).toLowerCase()}-${session.joinCode.slice(3)}`;
    const lobby = await get(app, `/api/join/${encodeURIComponent(typed)}`);
    expect(lobby.statusCode).toBe(200);
    expect(lobby.json()).toMatchObject({
      sessionId: session.sessionId,
      joinCode: session.joinCode,
      lobby: { kind: 'projector' },
    });
    const res = await post(app, '/api/join', { joinCode: typed, displayName: 'Ana', role: 'wethouder' });
    expect(res.statusCode).toBe(201);
    const seat: Seat = res.json();
    expect(Object.keys(seat).sort()).toEqual(['rejoinCode', 'seatId', 'seatToken', 'sessionId']);
    expect(seat.sessionId).toBe(session.sessionId);
    expect(seat.seatToken).toMatch(/^[A-Za-z0-9_-]{22,}$/);
    expect(seat.rejoinCode).toMatch(new RegExp(`^${codeChars}{8}$`));
  });

  it('tells a phone before joining whether the session has a provider team, and seats an aanbieder', async () => {
    const { app } = await setup();
    const plain = await createSession(app);
    expect((await get(app, `/api/join/${plain.joinCode}`)).json().lobby.providerTeam).toBeNull();
    const created = await post(
      app,
      '/api/sessions',
      tinyConfig({ roundTimerSeconds: noTimers, providerTeam: true }),
    );
    const session: Created = created.json();
    expect((await get(app, `/api/join/${session.joinCode}`)).json().lobby.providerTeam).toEqual({
      students: 0,
    });
    const res = await post(app, '/api/join', {
      joinCode: session.joinCode,
      displayName: 'Pia',
      role: 'aanbieder',
    });
    expect(res.statusCode).toBe(201);
    expect((await get(app, `/api/join/${session.joinCode}`)).json().lobby.providerTeam).toEqual({
      students: 1,
    });
    const refused = await post(app, '/api/join', {
      joinCode: plain.joinCode,
      displayName: 'Pia',
      role: 'aanbieder',
    });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error).toMatchObject({ code: 'action_refused', reason: 'no-provider-team' });
  });

  it('gives the projector its join code, so the big screen shows it however it was opened', async () => {
    const { app } = await setup();
    const session = await createSession(app);
    const res = await get(app, `/api/sessions/${session.sessionId}/projector`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ kind: 'projector', joinCode: session.joinCode });
  });

  it('answers 404 session_not_found for an unknown join code, 400 for a malformed one', async () => {
    const { app } = await setup();
    const session = await createSession(app);
    // Another well-formed code: the first character swapped for another of the alphabet.
    const wrong = `${codeAlphabet[(codeAlphabet.indexOf(session.joinCode[0]) + 1) % 30]}${session.joinCode.slice(1)}`;
    const unknown = await post(app, '/api/join', { joinCode: wrong, displayName: 'Ana' });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error.code).toBe('session_not_found');
    expect((await get(app, `/api/join/${wrong}`)).statusCode).toBe(404);
    const malformed = await post(app, '/api/join', { joinCode: 'O0O0O0', displayName: 'Ana' });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().error.issues[0].path).toBe('joinCode');
  });

  it('refuses a seat the game does not allow with 409 and the game reason', async () => {
    const { app } = await setup();
    const session = await createSession(app);
    const res = await post(app, '/api/join', {
      joinCode: session.joinCode,
      displayName: 'Ana',
      municipalityId: 'atlantis',
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toMatchObject({ code: 'action_refused', reason: 'unknown-municipality' });
  });

  it('says a full session is full, in the student language, before and at joining', async () => {
    const { app } = await setup();
    const created = await post(
      app,
      '/api/sessions',
      tinyConfig({ roundTimerSeconds: noTimers, maxStudents: 1 }),
    );
    const session: Created = created.json();
    const first = await post(app, '/api/join', { joinCode: session.joinCode, displayName: 'Ana' });
    expect(first.statusCode).toBe(201);
    const lookup = await get(app, `/api/join/${session.joinCode}`);
    expect(lookup.json().lobby.session.maxStudents).toBe(1);
    const full = await post(app, '/api/join', { joinCode: session.joinCode, displayName: 'Bo' });
    expect(full.statusCode).toBe(409);
    expect(full.json().error).toMatchObject({
      code: 'action_refused',
      reason: 'session-full',
      message: expect.stringContaining('vol'),
    });
  });

  it('gives the same seat a new token on rejoin; the old token stops working; a wrong code is 403', async () => {
    const { app } = await setup();
    const { session, ana } = await seatedSession(app);
    const res = await post(app, '/api/rejoin', {
      joinCode: session.joinCode.toLowerCase(),
      rejoinCode: ana.rejoinCode,
    });
    expect(res.statusCode).toBe(200);
    const again: Seat = res.json();
    expect(again).toEqual({
      sessionId: session.sessionId,
      seatId: ana.seatId,
      seatToken: expect.any(String),
      rejoinCode: ana.rejoinCode,
    });
    expect(again.seatToken).not.toBe(ana.seatToken);
    const viewUrl = `/api/sessions/${session.sessionId}/view`;
    expect((await get(app, viewUrl, ana.seatToken)).statusCode).toBe(403);
    expect((await get(app, viewUrl, again.seatToken)).json().view.me.seatId).toBe(ana.seatId);

    const wrongCode = await post(app, '/api/rejoin', { joinCode: session.joinCode, rejoinCode: 'ZZZZZZZZ' });
    expect(wrongCode.statusCode).toBe(403);
    expect(wrongCode.json().error.code).toBe('forbidden');
    const wrongSession = await post(app, '/api/rejoin', { joinCode: 'ZZZZZZ', rejoinCode: ana.rejoinCode });
    expect(wrongSession.statusCode).toBe(404);
  });

  it('answers 429 with Retry-After once the join budget of an address is spent', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      const { app } = await setup({ rateLimits: { join: { max: 2, timeWindowMs: 4000 } } });
      const session = await createSession(app);
      const attempt = () => post(app, '/api/join', { joinCode: session.joinCode, displayName: 'Ana' });
      expect((await attempt()).statusCode).toBe(201);
      vi.advanceTimersByTime(1000);
      expect((await attempt()).statusCode).toBe(201);
      const limited = await attempt();
      expect(limited.statusCode).toBe(429);
      expect(limited.headers['retry-after']).toBe('3');
      expect(limited.json().error).toMatchObject({ code: 'rate_limited', retryAfterSeconds: 3 });
      // The lobby route and rejoining draw on the same budget.
      expect((await get(app, `/api/join/${session.joinCode}`)).statusCode).toBe(429);
      const rejoin = await post(app, '/api/rejoin', { joinCode: session.joinCode, rejoinCode: 'ZZZZZZZZ' });
      expect(rejoin.statusCode).toBe(429);
      vi.advanceTimersByTime(3000);
      expect((await attempt()).statusCode).toBe(201);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('GET /api/sessions/:id/view', () => {
  it('gives a seat its own view and the facilitator everything, without any token', async () => {
    const { app } = await setup();
    const { session, ana, cas } = await seatedSession(app);
    const url = `/api/sessions/${session.sessionId}/view`;
    const seat = await get(app, url, ana.seatToken);
    expect(seat.statusCode).toBe(200);
    expect(seat.json()).toMatchObject({
      kind: 'seat',
      view: { me: { seatId: ana.seatId, municipalityId: 'oostdal' } },
    });
    expect(seat.body).not.toContain(ana.seatToken);
    expect(seat.body).not.toContain(cas.seatToken);
    expect(seat.body).not.toContain(cas.rejoinCode);
    const facilitator = await get(app, url, session.facilitatorToken);
    expect(facilitator.statusCode).toBe(200);
    expect(facilitator.json()).toMatchObject({ kind: 'facilitator', view: { kind: 'facilitator' } });
    for (const secret of [session.facilitatorToken, ana.seatToken, ana.rejoinCode, cas.seatToken])
      expect(facilitator.body).not.toContain(secret);
  });

  it('answers 401 without a token, 403 with a wrong one, 404 for an unknown session', async () => {
    const { app } = await setup();
    const { session, ana } = await seatedSession(app);
    const other = await createSession(app);
    const url = `/api/sessions/${session.sessionId}/view`;
    const none = await get(app, url);
    expect(none.statusCode).toBe(401);
    expect(none.headers['www-authenticate']).toBe('Bearer');
    expect(none.json().error.code).toBe('unauthorized');
    const wrong = await get(app, url, other.facilitatorToken);
    expect(wrong.statusCode).toBe(403);
    expect(wrong.json().error.code).toBe('forbidden');
    expect((await get(app, `/api/sessions/${other.sessionId}/view`, ana.seatToken)).statusCode).toBe(403);
    const unknown = await get(app, '/api/sessions/nergens/view', session.facilitatorToken);
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error.code).toBe('session_not_found');
  });
});

describe('POST /api/sessions/:id/actions', () => {
  it('runs an accepted action and answers with the effects and the sender fresh view', async () => {
    const { app, store } = await setup();
    const { session } = await seatedSession(app);
    const before = (await store.readLog(session.sessionId)).length;
    const res = await post(
      app,
      `/api/sessions/${session.sessionId}/actions`,
      { type: 'start-session' },
      session.facilitatorToken,
    );
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      ok: true,
      effects: expect.arrayContaining([
        expect.objectContaining({ kind: 'phase-changed', phase: 'signalen' }),
      ]),
      kind: 'facilitator',
      view: { session: { status: 'rounds', round: 1, phase: 'signalen' } },
    });
    const log = await store.readLog(session.sessionId);
    expect(log).toHaveLength(before + 1);
    // The server stamps who and when; the client's body carries neither.
    expect(log.at(-1)?.action).toMatchObject({ type: 'start-session', actor: { kind: 'facilitator' } });
  });

  it('refuses what the game refuses with 409 and its reason, and logs nothing', async () => {
    const { app, store } = await setup();
    const { session, ana, bo } = await seatedSession(app);
    const url = `/api/sessions/${session.sessionId}/actions`;
    await act(app, session.sessionId, session.facilitatorToken, { type: 'start-session' });
    const logLength = (await store.readLog(session.sessionId)).length;
    const viewBefore = (
      await get(app, `/api/sessions/${session.sessionId}/view`, session.facilitatorToken)
    ).json();

    const notAllowed = await post(app, url, { type: 'advance-phase' }, ana.seatToken);
    expect(notAllowed.statusCode).toBe(409);
    expect(notAllowed.json()).toEqual({
      error: { code: 'action_refused', reason: 'not-authorised', message: 'Dat mag jij niet doen.' },
    });
    // Signalen: too early to submit.
    const early = await post(app, url, { type: 'submit-decisions', changes: {} }, ana.seatToken, 'en');
    expect(early.json().error).toEqual({
      code: 'action_refused',
      reason: 'wrong-phase',
      message: 'That is not possible in this phase of the round.',
    });
    await act(app, session.sessionId, session.facilitatorToken, { type: 'advance-phase' });
    const afterAdvance = (await store.readLog(session.sessionId)).length;
    expect(afterAdvance).toBe(logLength + 1);
    const outOfBounds = await post(
      app,
      url,
      { type: 'submit-decisions', changes: { tariffLevel: 2.5 } },
      ana.seatToken,
    );
    expect(outOfBounds.statusCode).toBe(409);
    expect(outOfBounds.json().error.reason).toBe('invalid-action');
    // Only the wethouder submits; the inkoper's own levers go through drafts.
    const notWethouder = await post(app, url, { type: 'submit-decisions', changes: {} }, bo.seatToken);
    expect(notWethouder.json().error.reason).toBe('not-your-role');
    const foreignLever = await post(
      app,
      url,
      { type: 'draft-decisions', role: 'inkoper', changes: { mandate: 0.5 } },
      bo.seatToken,
    );
    expect(foreignLever.json().error.reason).toBe('not-your-levers');
    expect(await store.readLog(session.sessionId)).toHaveLength(afterAdvance);
    expect(viewBefore.view.session.phase).toBe('signalen');
  });

  it('refuses a body without an action type with 400, and an action without a token with 401', async () => {
    const { app } = await setup();
    const { session, ana } = await seatedSession(app);
    const url = `/api/sessions/${session.sessionId}/actions`;
    const untyped = await post(app, url, { changes: {} }, ana.seatToken);
    expect(untyped.statusCode).toBe(400);
    expect(untyped.json().error).toMatchObject({ code: 'invalid_request', issues: [{ path: 'type' }] });
    expect((await post(app, url, { type: 'start-session' })).statusCode).toBe(401);
  });
});
