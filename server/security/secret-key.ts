import { createHmac, randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** 256 bits, like the tokens themselves. */
export const secretKeyBytes = 32;

/** Turns a seat token or rejoin code into what the server keeps: never the secret itself. */
export type SecretHasher = (secret: string) => string;

/**
 * HMAC-SHA-256 under the server's key, base64url (43 characters). Keyed rather than a plain hash because a
 * rejoin code has only 39 bits: without the key, a copy of the database cannot be searched for the codes
 * that produce its hashes, and a hash found in the database opens nothing (the server hashes what it is sent).
 */
export const createSecretHasher =
  (key: Buffer): SecretHasher =>
  (secret) =>
    createHmac('sha256', key).update(secret, 'utf8').digest('base64url');

const parseKey = (text: string, file: string): Buffer => {
  const key = Buffer.from(text.trim(), 'base64url');
  if (key.length < secretKeyBytes) throw new Error(`${file} holds no ${secretKeyBytes}-byte key`);
  return key;
};

/**
 * The server's key, kept in its own file beside the database (mode 0600), created on first start. It is
 * deliberately not in the database: a copy of the database alone opens no seat. Losing the file only means
 * that students of sessions still running must join again; the facilitator token still works.
 */
export const loadOrCreateSecretKey = (file: string): Buffer => {
  try {
    return parseKey(readFileSync(file, 'utf8'), file);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
  }
  mkdirSync(dirname(file), { recursive: true });
  const key = randomBytes(secretKeyBytes);
  try {
    // 'wx': when two servers start at once on the same directory, the second reads the first one's key.
    writeFileSync(file, `${key.toString('base64url')}\n`, { flag: 'wx', mode: 0o600 });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return parseKey(readFileSync(file, 'utf8'), file);
    throw e;
  }
  chmodSync(file, 0o600);
  return key;
};

/** For tests and servers without a data directory: a key that lives as long as the process. */
export const processSecretKey: Buffer = randomBytes(secretKeyBytes);
