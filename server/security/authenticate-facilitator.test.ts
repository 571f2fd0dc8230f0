import { describe, expect, it } from 'vitest';
import { AppError } from '../errors/app-error.ts';
import { createMemoryStore } from '../storage/memory-store.ts';
import { createFacilitatorAuthenticator } from './authenticate-facilitator.ts';
import { createFacilitatorToken, hashToken } from './secret-token.ts';

describe('createFacilitatorAuthenticator', () => {
  it('accepts the session token, refuses others and reports unknown sessions', async () => {
    const store = createMemoryStore();
    const token = createFacilitatorToken();
    await store.createSession({
      id: 's1',
      joinCode: 'ABCDEF',
      facilitatorTokenHash: hashToken(token),
      createdAt: '2026-01-01T00:00:00Z',
      config: {},
    });
    const authenticate = createFacilitatorAuthenticator(store);
    expect(await authenticate({ sessionId: 's1', token })).toEqual({ role: 'facilitator', sessionId: 's1' });
    expect(await authenticate({ sessionId: 's1', token: createFacilitatorToken() })).toBeUndefined();
    // The hash itself is not a token: a leaked database row must not open the session.
    expect(await authenticate({ sessionId: 's1', token: hashToken(token) })).toBeUndefined();
    await expect(authenticate({ sessionId: 's2', token })).rejects.toEqual(new AppError('session_not_found'));
  });
});
