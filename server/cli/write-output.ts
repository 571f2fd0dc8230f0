import { randomBytes } from 'node:crypto';
import { rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** The file operations used, injectable so tests can make a step fail. */
export type AtomicWriteFs = {
  writeFile: (path: string, content: string) => Promise<void>;
  rename: (from: string, to: string) => Promise<void>;
  rm: (path: string) => Promise<void>;
};

const nodeFs: AtomicWriteFs = {
  // 'wx' refuses to reuse a stray file with the same temp name.
  writeFile: (path, content) => writeFile(path, content, { encoding: 'utf8', flag: 'wx' }),
  rename,
  rm: (path) => rm(path, { force: true }),
};

/**
 * Writes via a temp file in the same directory and a rename, so readers never see a half-written file and
 * a failure leaves an existing file untouched. Same directory: rename is only atomic within a filesystem.
 */
export const writeFileAtomic = async (file: string, content: string, fs: AtomicWriteFs = nodeFs) => {
  const temp = join(dirname(file), `.${basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await fs.writeFile(temp, content);
    await fs.rename(temp, file);
  } catch (e) {
    await fs.rm(temp).catch(() => undefined);
    throw e;
  }
};
