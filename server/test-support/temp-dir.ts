import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A fresh temporary directory and its removal, for tests that need real files (SQLite, data dirs). */
export const makeTempDir = async (prefix: string) => {
  const dir = await mkdtemp(join(tmpdir(), `monopoly-${prefix}-`));
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
};
