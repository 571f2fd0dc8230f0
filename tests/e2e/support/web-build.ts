import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const webSource = join(repoRoot, 'web');
const cacheRoot = join(repoRoot, 'node_modules', '.cache', 'e2e-web');

const filesUnder = async (dir: string): Promise<string[]> => {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries
      .filter((e) => e.name !== 'dist' && e.name !== 'node_modules')
      .map((e) => (e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)])),
  );
  return nested.flat().sort();
};

/** A hash of the client's source and the locked dependencies: what the build depends on. */
const sourceHash = async (): Promise<string> => {
  const hash = createHash('sha256');
  for (const file of [...(await filesUnder(webSource)), join(repoRoot, 'package-lock.json')]) {
    hash.update(relative(repoRoot, file));
    hash.update(await readFile(file));
  }
  return hash.digest('hex').slice(0, 16);
};

/**
 * The client built from the current source, once per source: every e2e file shares the build, so a test never
 * runs a stale client and the suite does not build it once per file. Built aside, then renamed into place, so
 * two files building at once never see half a build.
 */
export const builtWebRoot = async (): Promise<string> => {
  const dir = join(cacheRoot, await sourceHash());
  if (existsSync(join(dir, 'index.html'))) return dir;
  const aside = `${dir}.${process.pid}`;
  await mkdir(cacheRoot, { recursive: true });
  await build({
    root: webSource,
    configFile: join(webSource, 'vite.config.ts'),
    logLevel: 'error',
    build: { outDir: aside, emptyOutDir: true, sourcemap: false },
  });
  await rename(aside, dir).catch(async () => rm(aside, { recursive: true, force: true }));
  return dir;
};
