/**
 * The server side of the loopback load benchmark, in its own process so its memory is its own: a real server
 * (SQLite in a temporary directory) on a free port. Prints `LOAD_SERVER <port>` when ready; on a `rss` line
 * on stdin prints `LOAD_RSS <peak RSS in KiB>`; exits on stdin's end.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { startServer } from '../server/serve/start-server.ts';
import { createMemoryStore } from '../server/storage/memory-store.ts';
import { createSqliteStore } from '../server/storage/sqlite-store.ts';

const dir = await mkdtemp(join(tmpdir(), 'monopoly-load-'));
// LOAD_STORE=memory leaves the disk out, to tell the server's own time from the log's fsyncs.
const store =
  process.env.LOAD_STORE === 'memory'
    ? createMemoryStore()
    : createSqliteStore({ file: join(dir, 'load.sqlite') });
const server = await startServer({ store, port: 0 });
process.stdout.write(`LOAD_SERVER ${server.port}\n`);
const lines = createInterface({ input: process.stdin });
lines.on('line', (line) => {
  if (line.trim() === 'rss') process.stdout.write(`LOAD_RSS ${process.resourceUsage().maxRSS}\n`);
});
lines.on('close', async () => {
  await server.close();
  await rm(dir, { recursive: true, force: true });
  process.exit(0);
});
