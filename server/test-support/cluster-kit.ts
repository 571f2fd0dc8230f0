import { type ChildProcess, spawn } from 'node:child_process';
import { createServer, connect as netConnect, type Socket } from 'node:net';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

/**
 * Several server instances on one PostgreSQL, each in its own process, behind one address: the tools of the
 * multi-instance suite (tests/multi-instance) and of the multi-instance benchmark (bench/multi-load.ts).
 */
const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

export type Instance = {
  id: string;
  child: ChildProcess;
  url: string;
  /** Every JSON log line so far. */
  log: Record<string, unknown>[];
  exited: Promise<NodeJS.Signals | null>;
};

/** A fresh, empty schema on the database and a DATABASE_URL whose connections use it. */
export const freshDatabase = async (url: string, schema: string) => {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`CREATE SCHEMA ${schema}`);
  } finally {
    await client.end();
  }
  const scoped = new URL(url);
  scoped.searchParams.set('options', `-c search_path=${schema}`);
  return {
    url: scoped.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      await c.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`).finally(() => c.end());
    },
  };
};

/** The instance holding a session's lease now (sessions/session-lease.ts), by its INSTANCE_ID. */
export const leaseOwner = async (url: string, sessionId: string) => {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const rows = await client.query<{ owner: string }>(
      'SELECT owner FROM session_leases WHERE session_id = $1',
      [sessionId],
    );
    return rows.rows[0]?.owner;
  } finally {
    await client.end();
  }
};

/** `monopolycentrisme serve` on a free port with DATABASE_URL; resolves once it listens. */
export const startInstance = (
  id: string,
  { databaseUrl, dataDir }: { databaseUrl: string; dataDir: string },
): Promise<Instance> => {
  const child = spawn(
    process.execPath,
    ['bin/monopolycentrisme.js', 'serve', '--port', '0', '--host', '127.0.0.1', '--data-dir', dataDir],
    {
      cwd: repoRoot,
      env: { ...process.env, DATABASE_URL: databaseUrl, INSTANCE_ID: id, LOG_LEVEL: 'info' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let stderr = '';
  child.stderr!.on('data', (d) => {
    stderr += String(d);
  });
  const log: Record<string, unknown>[] = [];
  const exited = new Promise<NodeJS.Signals | null>((done) => child.on('exit', (_c, signal) => done(signal)));
  return new Promise((resolve, reject) => {
    createInterface({ input: child.stdout! }).on('line', (line) => {
      let entry: Record<string, unknown>;
      try {
        entry = JSON.parse(line) as Record<string, unknown>;
      } catch {
        return;
      }
      log.push(entry);
      if (typeof entry.url === 'string') resolve({ id, child, url: entry.url, log, exited });
    });
    void exited.then(() => reject(new Error(`instance ${id} exited: ${stderr}`)));
  });
};

/** Stops an instance cleanly (SIGTERM) and waits for it. */
export const stopInstance = async (instance: Instance) => {
  if (instance.child.exitCode !== null || instance.child.signalCode !== null) return;
  instance.child.kill('SIGTERM');
  await instance.exited;
};

/**
 * The reverse proxy of a deployment, as small as it gets: a TCP balancer that hands each new connection to
 * the next instance in turn, skipping one that refuses (a dead instance), as Caddy's health checks would.
 * WebSockets pass through untouched; a connection to an instance that dies is closed, so clients reconnect.
 */
export const startBalancer = async (backends: () => string[]) => {
  let turn = 0;
  const open = new Set<Socket>();
  const server = createServer((client) => {
    open.add(client);
    client.on('close', () => open.delete(client));
    client.pause();
    const targets = backends().map((u) => new URL(u));
    const attempt = (left: number) => {
      if (left === 0 || targets.length === 0) return void client.destroy();
      const target = targets[turn++ % targets.length]!;
      const upstream = netConnect(Number(target.port), target.hostname);
      upstream.once('error', () => {
        upstream.destroy();
        attempt(left - 1);
      });
      upstream.once('connect', () => {
        upstream.removeAllListeners('error');
        open.add(upstream);
        upstream.on('close', () => {
          open.delete(upstream);
          client.destroy();
        });
        upstream.on('error', () => client.destroy());
        client.on('error', () => upstream.destroy());
        client.on('close', () => upstream.destroy());
        client.pipe(upstream);
        upstream.pipe(client);
        client.resume();
      });
    };
    attempt(targets.length);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((done) => {
        for (const s of open) s.destroy();
        server.close(() => done());
      }),
  };
};
