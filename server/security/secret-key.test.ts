import { statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../test-support/temp-dir.ts';
import { createSecretHasher, loadOrCreateSecretKey, secretKeyBytes } from './secret-key.ts';

const dirs: Array<{ remove: () => Promise<void> }> = [];
const tempDir = async () => {
  const d = await makeTempDir('key');
  dirs.push(d);
  return d.dir;
};
afterEach(async () => {
  for (const d of dirs.splice(0)) await d.remove();
});

describe('keyed hashes of seat secrets', () => {
  it('are 43 base64url characters, stable under one key, different under another', () => {
    const a = createSecretHasher(Buffer.alloc(32, 1));
    const b = createSecretHasher(Buffer.alloc(32, 2));
    expect(a('K7M9PQRS')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(a('K7M9PQRS')).toBe(a('K7M9PQRS'));
    expect(a('K7M9PQRS')).not.toBe(b('K7M9PQRS'));
    expect(a('K7M9PQRS')).not.toBe(a('K7M9PQRT'));
    expect(a('K7M9PQRS')).not.toContain('K7M9PQRS');
  });
});

describe('loadOrCreateSecretKey', () => {
  it('creates a 256-bit key readable by the owner only, and reads the same key back', async () => {
    const file = join(await tempDir(), 'sub', 'monopolycentrisme.key');
    const key = loadOrCreateSecretKey(file);
    expect(key.length).toBe(secretKeyBytes);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(loadOrCreateSecretKey(file).equals(key)).toBe(true);
  });

  it('refuses a file that holds no usable key instead of silently replacing it', async () => {
    const file = join(await tempDir(), 'monopolycentrisme.key');
    writeFileSync(file, 'short\n');
    expect(() => loadOrCreateSecretKey(file)).toThrow(/32-byte key/);
  });
});
