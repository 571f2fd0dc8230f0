import fc from 'fast-check';
import { afterEach, expect, it } from 'vitest';
import { tinyConfig } from '../../game/test-support/tiny-game.ts';
import { seatedSession, setup } from '../../server/sessions/test-support/session-routes-harness.ts';
import { describeEachStore } from '../../server/storage/test-support/stores-under-test.ts';

/**
 * Issue 11: live-route fuzzing through the whole Fastify stack (parsers, limits, hooks, handlers): malformed
 * JSON, wrong types, huge and unicode-edge strings, `__proto__`, replayed and out-of-order actions. Never a
 * 5xx, never a stack trace, always the uniform error shape, and a refusal leaves the log as it was.
 * `npm test` runs 1,000 cases; `npm run test:soak` runs 10,000 (FUZZ_RUNS). On the in-memory store and on
 * PostgreSQL (issue 14), where a refused action must leave the shared database's log as it was too.
 */
const runs = Number(process.env.FUZZ_RUNS ?? 1000);
const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const clean of cleanups.splice(0)) await clean();
});
const actionTypes = [
  'join',
  'rejoin',
  'leave',
  'move-seat',
  'start-session',
  'advance-phase',
  'extend-timer',
  'timer-tick',
  'end-session',
  'inject-card',
  'draft-decisions',
  'submit-decisions',
  'share-to-table',
  'raise-signal',
  'respond-signal',
  'propose-regional',
  'vote-regional',
  'set-provider-stance',
];

const edgeString = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.constantFrom(
    '',
    ' ',
    '\u0000',
    '\uD800',
    '\u202E',
    '𝕏'.repeat(30),
    '<script>alert(1)</script>',
    '../../etc',
  ),
  fc.nat({ max: 70_000 }).map((n) => 'x'.repeat(n)),
);
/** A lone surrogate cannot be percent-encoded: send the raw, malformed escape of one instead. */
const encode = (s: string) => {
  try {
    return encodeURIComponent(s);
  } catch {
    return '%ED%A0%80';
  }
};
const jsonValue = fc.oneof(fc.jsonValue(), edgeString, fc.constant(null));
/** Raw body text: well-formed JSON of anything, near-JSON, or prototype pollution attempts. */
const rawBody = (valid: fc.Arbitrary<unknown>) =>
  fc.oneof(
    valid.map((v) => JSON.stringify(v)),
    jsonValue.map((v) => JSON.stringify(v)),
    fc.constantFrom(
      '{',
      '{"a":',
      'null',
      '[]',
      '"x"',
      '{"__proto__":{"admin":true}}',
      '{"constructor":{"prototype":{"x":1}}}',
    ),
    fc.string(),
  );
const actionBody = fc.record(
  {
    type: fc.oneof(fc.constantFrom(...actionTypes), edgeString),
    payload: jsonValue,
    changes: jsonValue,
    role: edgeString,
    seconds: jsonValue,
  },
  { requiredKeys: ['type'] },
);

describeEachStore('live-route fuzzing', 'memory', (place) => {
  it(`answers ${runs} malformed and hostile requests without a 5xx, a stack trace or a change on refusal`, async () => {
    const big = { max: 1_000_000, timeWindowMs: 60_000 };
    const data = await place();
    cleanups.push(data.remove);
    const { app, hub } = await setup({ rateLimits: { join: big, create: big }, store: await data.open() });
    const { session, ana } = await seatedSession(app);
    const id = session.sessionId;
    const tokens = fc.oneof(
      fc.constant(undefined),
      fc.constantFrom(ana.seatToken, session.facilitatorToken, 'projector', 'x'.repeat(300)),
      edgeString,
    );
    const base = `/api/sessions/${id}`;
    const request = fc.oneof(
      fc.record({
        method: fc.constant('POST'),
        url: fc.constant(`${base}/actions`),
        body: rawBody(actionBody),
        token: tokens,
      }),
      fc.record({
        method: fc.constant('POST'),
        url: fc.constant('/api/join'),
        body: rawBody(
          fc.record({
            joinCode: fc.oneof(edgeString, fc.constant(session.joinCode)),
            displayName: edgeString,
          }),
        ),
        token: tokens,
      }),
      fc.record({
        method: fc.constant('POST'),
        url: fc.constant('/api/rejoin'),
        body: rawBody(fc.record({ joinCode: edgeString, rejoinCode: edgeString })),
        token: tokens,
      }),
      fc.record({
        method: fc.constant('POST'),
        url: fc.constant('/api/sessions'),
        body: rawBody(
          fc
            .constant(tinyConfig())
            .chain((c) => fc.record({ ...Object.fromEntries(Object.keys(c).map((k) => [k, jsonValue])) })),
        ),
        token: tokens,
      }),
      fc.record({
        method: fc.constantFrom('GET', 'DELETE', 'PUT'),
        url: fc.oneof(
          fc.constantFrom(
            `${base}/view`,
            `${base}/export`,
            `${base}/export.csv`,
            `${base}/projector`,
            `${base}/qr.svg`,
            base,
          ),
          edgeString.map((s) => `${base}/replay?round=${encode(s)}`),
          edgeString.map((s) => `/api/join/${encode(s)}`),
          edgeString.map((s) => `/api/sessions/${encode(s)}/view`),
        ),
        body: fc.constant(undefined),
        // The real facilitator token would delete the session on DELETE: that is allowed, not fuzzing.
        token: fc.oneof(fc.constant(undefined), fc.constant(ana.seatToken), edgeString),
      }),
    );
    await fc.assert(
      fc.asyncProperty(request, async ({ method, url, body, token }) => {
        const before = (await hub.current(id)).seq;
        const headers: Record<string, string> = {};
        if (body !== undefined) headers['content-type'] = 'application/json';
        if (token !== undefined) headers.authorization = `Bearer ${token}`.replace(/[\r\n]/g, '');
        const res = await app.inject({
          method: method as 'GET',
          url,
          headers,
          ...(body === undefined ? {} : { payload: body }),
        });
        expect(res.statusCode, `${method} ${url}`).toBeLessThan(500);
        expect(res.body).not.toMatch(/\.ts:\d+|node_modules|\bat [\w.<>]+ \(/);
        if (res.statusCode >= 400) {
          const error = res.json().error;
          expect(typeof error.code).toBe('string');
          expect(typeof error.message).toBe('string');
          expect((await hub.current(id)).seq).toBe(before);
        }
      }),
      { numRuns: runs },
    );
  }, 600_000);
});
