import { describe, expect, it } from 'vitest';
import {
  createFacilitatorToken,
  createSeatToken,
  createSecretToken,
  hashToken,
  tokenMatchesHash,
} from './secret-token.ts';

describe('secret tokens', () => {
  it('carry at least 128 bits, URL-safe', () => {
    for (const token of [createFacilitatorToken(), createSeatToken()]) {
      expect(token).toMatch(/^[A-Za-z0-9_-]+$/);
      expect(Buffer.from(token, 'base64url').length * 8).toBeGreaterThanOrEqual(128);
    }
  });

  it('never repeat over many draws', () => {
    const tokens = new Set(Array.from({ length: 10_000 }, () => createSecretToken()));
    expect(tokens.size).toBe(10_000);
  });

  it('hash to 64 hex characters (SHA-256), stably', () => {
    expect(hashToken('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    const token = createFacilitatorToken();
    expect(hashToken(token)).toBe(hashToken(token));
    expect(hashToken(token)).not.toContain(token);
  });

  it('match only the token that was hashed', () => {
    const token = createFacilitatorToken();
    const stored = hashToken(token);
    expect(tokenMatchesHash(token, stored)).toBe(true);
    expect(tokenMatchesHash(createFacilitatorToken(), stored)).toBe(false);
    expect(tokenMatchesHash(`${token} `, stored)).toBe(false);
    expect(tokenMatchesHash('', stored)).toBe(false);
  });

  it('treat a malformed stored hash as no match instead of throwing', () => {
    expect(tokenMatchesHash('x', 'not-hex')).toBe(false);
    expect(tokenMatchesHash('x', '')).toBe(false);
    expect(tokenMatchesHash('x', hashToken('x').slice(2))).toBe(false);
  });
});
