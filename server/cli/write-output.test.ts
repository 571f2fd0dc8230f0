import { existsSync } from 'node:fs';
import { readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { withTempDir } from './test-support/fixtures.ts';
import { type AtomicWriteFs, writeFileAtomic } from './write-output.ts';

const realFs: AtomicWriteFs = {
  writeFile: (p, c) => writeFile(p, c, { flag: 'wx' }),
  rename,
  rm: (p) => rm(p, { force: true }),
};
// The temp file is fully written, then the step that would publish it fails.
const failingRename: AtomicWriteFs = {
  ...realFs,
  rename: async () => {
    throw new Error('disk on fire');
  },
};

describe('writeFileAtomic', () => {
  it('writes the file and leaves no temp file', () =>
    withTempDir(async (dir) => {
      const file = join(dir, 'out.json');
      await writeFileAtomic(file, '{"a":1}');
      expect(await readFile(file, 'utf8')).toBe('{"a":1}');
      expect(await readdir(dir)).toEqual(['out.json']);
    }));

  it('replaces an existing file', () =>
    withTempDir(async (dir) => {
      const file = join(dir, 'out.json');
      await writeFile(file, 'old');
      await writeFileAtomic(file, 'new');
      expect(await readFile(file, 'utf8')).toBe('new');
    }));

  it('on failure after the temp file is written: no file and no temp leftover', () =>
    withTempDir(async (dir) => {
      const file = join(dir, 'out.json');
      await expect(writeFileAtomic(file, 'content', failingRename)).rejects.toThrow('disk on fire');
      expect(existsSync(file)).toBe(false);
      expect(await readdir(dir)).toEqual([]);
    }));

  it('on failure leaves an existing file unchanged', () =>
    withTempDir(async (dir) => {
      const file = join(dir, 'out.json');
      await writeFile(file, 'old');
      await expect(writeFileAtomic(file, 'new', failingRename)).rejects.toThrow();
      expect(await readFile(file, 'utf8')).toBe('old');
      expect(await readdir(dir)).toEqual(['out.json']);
    }));
});
