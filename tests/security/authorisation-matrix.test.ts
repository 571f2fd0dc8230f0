import type { FastifyInstance } from 'fastify';
import { expect, it } from 'vitest';
import {
  get,
  joinSession,
  post,
  seatedSession,
  setup,
} from '../../server/sessions/test-support/session-routes-harness.ts';
import { describeEachStore, sharedStore } from '../../server/storage/test-support/stores-under-test.ts';

/**
 * Issue 11: every action x every kind of sender, over the real HTTP routes. Authentication is the server's
 * (401 missing, 403 forged, stale or another session's token); authorisation is the game's (409 with reason
 * `not-authorised`). A refusal changes nothing: the log does not grow.
 */
const payloads: Record<string, object> = {
  join: { displayName: 'Eve', seatId: 'eve', seatToken: 'gekozen-token', rejoinCode: 'ABCDEFGH' },
  rejoin: { seatToken: 'projector' },
  leave: {},
  'move-seat': { seatId: 'nergens', municipalityId: 'oostdal', role: 'inkoper' },
  'remove-seat': { seatId: 'nergens' },
  'start-session': {},
  'advance-phase': {},
  'pause-timer': {},
  'resume-timer': {},
  'extend-timer': { seconds: 10 },
  'timer-tick': {},
  'open-debrief': {},
  'end-session': {},
  'inject-card': { cardId: 'rekenkamer' },
  'set-dashboard-score': { enabled: true },
  'draft-decisions': { role: 'inkoper', changes: {} },
  'submit-decisions': {},
  'share-to-table': { role: 'wethouder', item: 'beleid.spend' },
  'raise-signal': { familyKey: 'ryan', aspect: 'waiting' },
  'respond-signal': { signalId: 1, response: 'act' },
  'propose-regional': { decisions: {} },
  'vote-regional': { proposalId: 1, agree: true },
  'set-provider-stance': { qualityProtection: 0.5, indicatorPlay: 0.5 },
};
const serverOnly = ['join', 'rejoin'];
const systemOnly = ['timer-tick'];
const facilitatorOnly = [
  'move-seat',
  'remove-seat',
  'start-session',
  'advance-phase',
  'pause-timer',
  'resume-timer',
  'extend-timer',
  'open-debrief',
  'end-session',
  'inject-card',
  'set-dashboard-score',
];

type Outcome = 'unauthenticated' | 'forbidden' | 'not-authorised' | 'authorised';
const outcomeOf = (res: { statusCode: number; json: () => { error?: { reason?: string } } }): Outcome => {
  if (res.statusCode === 401) return 'unauthenticated';
  if (res.statusCode === 403) return 'forbidden';
  if (res.statusCode === 409 && res.json().error?.reason === 'not-authorised') return 'not-authorised';
  expect(res.statusCode, 'never a 5xx').toBeLessThan(500);
  return 'authorised';
};

/** Two sessions; in the first, a full Oostdal team, a Westerveen seat and a stale token (replaced by a rejoin). */
const world = async (app: FastifyInstance) => {
  const here = await seatedSession(app);
  const code = here.session.joinCode;
  const professional = await joinSession(app, code, {
    displayName: 'Pim',
    municipalityId: 'oostdal',
    role: 'professional',
  });
  const ervaring = await joinSession(app, code, {
    displayName: 'Eef',
    municipalityId: 'oostdal',
    role: 'ervaringsdeskundige',
  });
  const stale = await joinSession(app, code, { displayName: 'Sam', municipalityId: 'westerveen' });
  expect((await post(app, '/api/rejoin', { joinCode: code, rejoinCode: stale.rejoinCode })).statusCode).toBe(
    200,
  );
  const there = await seatedSession(app);
  return {
    id: here.session.sessionId,
    senders: {
      facilitator: here.session.facilitatorToken,
      wethouder: here.ana.seatToken,
      inkoper: here.bo.seatToken,
      professional: professional.seatToken,
      ervaringsdeskundige: ervaring.seatToken,
      otherMunicipality: here.cas.seatToken,
      otherSessionSeat: there.ana.seatToken,
      otherSessionFacilitator: there.session.facilitatorToken,
      stale: stale.seatToken,
      forged: 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA',
      projectorWord: 'projector',
      missing: undefined,
    } as Record<string, string | undefined>,
  };
};

const expected = (type: string, sender: string): Outcome => {
  if (sender === 'missing') return 'unauthenticated';
  if (['otherSessionSeat', 'otherSessionFacilitator', 'stale', 'forged', 'projectorWord'].includes(sender))
    return 'forbidden';
  if (serverOnly.includes(type) || systemOnly.includes(type)) return 'not-authorised';
  const isFacilitator = sender === 'facilitator';
  return facilitatorOnly.includes(type) === isFacilitator ? 'authorised' : 'not-authorised';
};

// On the in-memory store and on PostgreSQL (issue 14): one store per run, each test with sessions of its own.
describeEachStore('authorisation matrix: every action x every sender', 'memory', (place) => {
  const opened = sharedStore(place);

  it.each(Object.keys(payloads))('%s', async (type) => {
    const { app, hub } = await setup({ store: opened() });
    const { id, senders } = await world(app);
    const logLength = async () => (await hub.current(id)).seq;
    // Refusals first (they must change nothing), then the senders that may act.
    const order = Object.keys(senders).sort(
      (a, b) => Number(expected(type, a) === 'authorised') - Number(expected(type, b) === 'authorised'),
    );
    const seen: Record<string, Outcome> = {};
    for (const sender of order) {
      const before = await logLength();
      const res = await post(
        app,
        `/api/sessions/${id}/actions`,
        { type, ...payloads[type] },
        senders[sender],
      );
      seen[sender] = outcomeOf(res);
      if (seen[sender] !== 'authorised') expect(await logLength(), `${sender} changed the log`).toBe(before);
    }
    expect(seen).toEqual(Object.fromEntries(Object.keys(senders).map((s) => [s, expected(type, s)])));
  });

  it('reads: a seat sees only its own view, never the export or a replay', async () => {
    const { app } = await setup({ store: opened() });
    const { id, senders } = await world(app);
    for (const [sender, token] of Object.entries(senders)) {
      const view = await get(app, `/api/sessions/${id}/view`, token);
      const exported = await get(app, `/api/sessions/${id}/export`, token);
      const replay = await get(app, `/api/sessions/${id}/replay?round=0`, token);
      const isSeatHere = ['wethouder', 'inkoper', 'professional', 'ervaringsdeskundige', 'otherMunicipality'];
      const expectedView = sender === 'facilitator' || isSeatHere.includes(sender) ? 200 : token ? 403 : 401;
      expect(view.statusCode, sender).toBe(expectedView);
      expect(exported.statusCode, sender).toBe(sender === 'facilitator' ? 200 : token ? 403 : 401);
      expect(replay.statusCode, sender).toBe(sender === 'facilitator' ? 200 : token ? 403 : 401);
    }
  });
});
