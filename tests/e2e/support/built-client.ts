import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { startServer } from '../../../server/serve/start-server.ts';
import { createSqliteStore } from '../../../server/storage/sqlite-store.ts';
import { makeTempDir } from '../../../server/test-support/temp-dir.ts';

const webSource = fileURLToPath(new URL('../../../web/', import.meta.url));

/**
 * The client built from the current source into a temporary folder (never a stale build) and served by a real
 * server on a free port with a throw-away database. `close` stops it and removes the folder.
 */
export const serveBuiltClient = async (name: string) => {
  const temp = await makeTempDir(name);
  const webRoot = join(temp.dir, 'web');
  await build({
    root: webSource,
    configFile: join(webSource, 'vite.config.ts'),
    logLevel: 'error',
    build: { outDir: webRoot, emptyOutDir: true, sourcemap: false },
  });
  const server = await startServer({
    store: createSqliteStore({ file: join(temp.dir, 'db.sqlite') }),
    port: 0,
    webRoot,
  });
  return {
    url: server.url,
    close: async () => {
      await server.close();
      await temp.remove();
    },
  };
};
