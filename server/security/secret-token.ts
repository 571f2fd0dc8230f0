import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** 256 bits: far above the 128-bit floor, and still only 43 characters in base64url. */
export const tokenBytes = 32;

/** A bearer secret (facilitator or seat token): random bytes from the OS CSPRNG, URL-safe base64. */
export const createSecretToken = (bytes = tokenBytes): string => randomBytes(bytes).toString('base64url');

export const createFacilitatorToken = (): string => createSecretToken();
export const createSeatToken = (): string => createSecretToken();

/**
 * SHA-256 (hex) of a token: what the store keeps, so a leaked database gives no working tokens. A plain hash
 * suffices (no salt, no slow KDF) because the tokens are 256 random bits, not guessable passwords.
 */
export const hashToken = (token: string): string => createHash('sha256').update(token, 'utf8').digest('hex');

/** Compares a presented token with a stored hash in constant time, so response timing leaks nothing. */
export const tokenMatchesHash = (token: string, storedHash: string): boolean => {
  const presented = Buffer.from(hashToken(token), 'hex');
  const stored = Buffer.from(storedHash, 'hex');
  // Both are 32 bytes unless the stored hash is malformed; timingSafeEqual throws on unequal lengths.
  return stored.length === presented.length && timingSafeEqual(presented, stored);
};
