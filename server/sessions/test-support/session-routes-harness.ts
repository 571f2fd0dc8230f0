import type { FastifyInstance } from 'fastify';
import { expect } from 'vitest';
import { tinyConfig } from '../../../game/test-support/tiny-game.ts';
import { createApp } from '../../http/create-app.ts';
import type { RateLimits } from '../../http/rate-limits.ts';
import { codeAlphabet } from '../../security/random-code.ts';
import { createSecretHasher } from '../../security/secret-key.ts';
import { createMemoryStore } from '../../storage/memory-store.ts';
import type { SessionStore } from '../../storage/session-store.ts';
import { createSessionHub } from '../session-hub.ts';
import { registerSessionRoutes } from '../session-routes.ts';

/** The session routes on an in-memory store, driven through `app.inject` (no bound port), and small helpers. */
/** Facilitator-driven phases: no timer moves the game while a test runs. */
export const noTimers = { signalen: 0, overleg: 0, doorrekenen: 0, terugblik: 0 };
export const codeChars = `[${codeAlphabet}]`;

export type Created = {
  sessionId: string;
  joinCode: string;
  facilitatorToken: string;
  facilitatorUrl: string;
  joinUrl: string;
  qrUrl: string;
};
export type Seat = { sessionId: string; seatId: string; seatToken: string; rejoinCode: string };

export const setup = async ({
  store = createMemoryStore(),
  secretKey,
  ...options
}: {
  rateLimits?: RateLimits;
  adminToken?: string;
  store?: SessionStore;
  secretKey?: Buffer;
} = {}) => {
  const app = createApp({ store });
  const hub = createSessionHub({
    store,
    ...(secretKey ? { hashSecret: createSecretHasher(secretKey) } : {}),
  });
  registerSessionRoutes(app, { hub, store, ...options });
  await app.ready();
  return { app, store, hub };
};

export const bearer = (token?: string) => (token === undefined ? {} : { authorization: `Bearer ${token}` });

export const post = (
  app: FastifyInstance,
  url: string,
  payload: unknown,
  token?: string,
  language?: string,
) =>
  app.inject({
    method: 'POST',
    url,
    payload: payload as Record<string, unknown>,
    headers: { ...bearer(token), ...(language ? { 'accept-language': language } : {}) },
  });

export const get = (app: FastifyInstance, url: string, token?: string) =>
  app.inject({ method: 'GET', url, headers: bearer(token) });

export const del = (app: FastifyInstance, url: string, token?: string) =>
  app.inject({ method: 'DELETE', url, headers: bearer(token) });

export const createSession = async (app: FastifyInstance): Promise<Created> => {
  const res = await post(app, '/api/sessions', tinyConfig({ roundTimerSeconds: noTimers }));
  expect(res.statusCode).toBe(201);
  return res.json();
};

/** Joins as a student; named apart for suites that also have a `join` action. */
export const joinSession = async (
  app: FastifyInstance,
  joinCode: string,
  seat: Record<string, string>,
): Promise<Seat> => {
  const res = await post(app, '/api/join', { joinCode, ...seat });
  expect(res.statusCode).toBe(201);
  return res.json();
};

export const join = joinSession;

/** A session with two students in Oostdal (wethouder, inkoper) and one in Westerveen. */
export const seatedSession = async (app: FastifyInstance) => {
  const session = await createSession(app);
  const ana = await join(app, session.joinCode, {
    displayName: 'Ana',
    municipalityId: 'oostdal',
    role: 'wethouder',
  });
  const bo = await join(app, session.joinCode, {
    displayName: 'Bo',
    municipalityId: 'oostdal',
    role: 'inkoper',
  });
  const cas = await join(app, session.joinCode, { displayName: 'Cas', municipalityId: 'westerveen' });
  return { session, ana, bo, cas };
};

export const act = async (
  app: FastifyInstance,
  sessionId: string,
  token: string,
  action: Record<string, unknown>,
) => {
  const res = await post(app, `/api/sessions/${sessionId}/actions`, action, token);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
};

/** Round 1 from the lobby: start, overleg with Ana's submission, doorrekenen (the year runs), terugblik. */
export const playRoundOne = async (
  app: FastifyInstance,
  sessionId: string,
  facilitator: string,
  wethouder: string,
) => {
  await act(app, sessionId, facilitator, { type: 'start-session' });
  await act(app, sessionId, facilitator, { type: 'advance-phase' });
  await act(app, sessionId, wethouder, { type: 'submit-decisions', changes: { tariffLevel: 1.07 } });
  const resolved = await act(app, sessionId, facilitator, { type: 'advance-phase' });
  await act(app, sessionId, facilitator, { type: 'advance-phase' });
  return resolved;
};
