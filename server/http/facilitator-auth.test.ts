import { describe, expect, it } from 'vitest';
import { createFacilitatorToken, hashToken } from '../security/secret-token.ts';
import { createMemoryStore } from '../storage/memory-store.ts';
import { createApp } from './create-app.ts';
import { authorizeFacilitator, readBearerToken } from './facilitator-auth.ts';

describe('readBearerToken', () => {
  it.each([
    ['Bearer abc_DEF-123', 'abc_DEF-123'],
    ['bearer abc', 'abc'],
    ['Bearer  abc ', 'abc'],
    ['Basic abc', undefined],
    ['Bearer', undefined],
    ['Bearer a b', undefined],
    [undefined, undefined],
  ])('%j -> %j', (header, token) => {
    expect(readBearerToken(header)).toBe(token);
  });
});

describe('authorizeFacilitator', () => {
  const setup = async () => {
    const store = createMemoryStore();
    const token = createFacilitatorToken();
    await store.createSession({
      id: 'sessie-1',
      joinCode: 'K7M9PQ',
      facilitatorTokenHash: hashToken(token),
      createdAt: '2026-01-01T00:00:00Z',
      config: {},
    });
    const app = createApp({ store });
    app.get('/sessions/:id/private', async (request) => {
      const { id } = request.params as { id: string };
      const session = await authorizeFacilitator(store, request, id);
      return { joinCode: session.joinCode };
    });
    return { app, token };
  };

  it('lets the facilitator in with the right token', async () => {
    const { app, token } = await setup();
    const res = await app.inject({
      url: '/sessions/sessie-1/private',
      headers: { authorization: `Bearer ${token}` },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ joinCode: 'K7M9PQ' });
  });

  it('answers 401 without a token, 404 for an unknown session and 403 for a wrong token', async () => {
    const { app, token } = await setup();
    const missing = await app.inject({ url: '/sessions/sessie-1/private' });
    expect(missing.statusCode).toBe(401);
    expect(missing.headers['www-authenticate']).toBe('Bearer');
    expect(missing.json().error.code).toBe('unauthorized');
    const unknown = await app.inject({
      url: '/sessions/nope/private',
      headers: { authorization: `Bearer ${token}` },
    });
    expect(unknown.json().error.code).toBe('session_not_found');
    expect(unknown.statusCode).toBe(404);
    const wrong = await app.inject({
      url: '/sessions/sessie-1/private',
      headers: { authorization: `Bearer ${createFacilitatorToken()}` },
    });
    expect(wrong.statusCode).toBe(403);
    expect(wrong.json().error.code).toBe('forbidden');
  });
});
