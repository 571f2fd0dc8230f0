import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import type { DestinationStream } from 'pino';
import { parseServerConfig, type RawServeOptions, type ServerConfig } from '../config/server-config.ts';
import { createLogger } from '../logging/create-logger.ts';
import { createPgAdapter } from '../realtime/pg-adapter.ts';
import { loadOrCreateSecretKey } from '../security/secret-key.ts';
import { type RunningServer, type StartServerOptions, startServer } from '../serve/start-server.ts';
import { createSessionCluster } from '../sessions/session-cluster.ts';
import { createPgStore } from '../storage/pg-store.ts';
import type { SessionStore } from '../storage/session-store.ts';
import { createSqliteStore } from '../storage/sqlite-store.ts';
import { exitFailure, exitOk, exitUsage, type OutStream } from './simulate-command.ts';

export type ServeIo = {
  stderr: OutStream;
  env: NodeJS.ProcessEnv;
  cwd: string;
  /** Where the JSON log lines go; stdout when left out. */
  logDestination?: DestinationStream;
  /** process.on in production (a second signal must be heard too); tests send signals by hand. */
  onSignal?: (signal: NodeJS.Signals, handler: () => void) => void;
  /** Leaves the process at once; only for a second signal or a shutdown that hangs. */
  exit?: (code: number) => void;
};

export type ServeOutcome = { code: number } | { server: RunningServer; stopped: Promise<number> };

/** A shutdown that has not finished by then is cut short: the lecturer is waiting at the keyboard. */
export const shutdownTimeoutMs = 10_000;

const describeStartError = (e: unknown, port: number): string => {
  const code = (e as { code?: unknown } | null)?.code;
  if (code === 'EADDRINUSE') return `port ${port} is already in use; pick another with --port or PORT`;
  if (code === 'EACCES') return `not allowed to listen on port ${port}; use a port above 1023`;
  return e instanceof Error ? e.message : String(e);
};

type Logger = ReturnType<typeof createLogger>;

/**
 * The store and, with DATABASE_URL, the cluster: PostgreSQL shared with the other instances, the session
 * leases and the Socket.IO adapter over the same pool. The SQLite file in the data directory otherwise.
 */
const openStorage = async (
  config: ServerConfig,
  secretKey: Buffer,
  logger: Logger,
): Promise<{ store: SessionStore; cluster?: StartServerOptions['cluster'] }> => {
  if (!config.databaseUrl) return { store: createSqliteStore({ file: config.dbFile }) };
  const store = await createPgStore({
    connectionString: config.databaseUrl,
    maxConnections: 20,
    onIdleError: (err) => logger.warn({ err }, 'database connection lost; reconnecting'),
  });
  const instanceId = config.instanceId ?? `${hostname()}-${process.pid}-${randomBytes(3).toString('hex')}`;
  const sessions = createSessionCluster({
    pool: store.pool,
    instanceId,
    secretKey,
    logger,
    ...(config.instanceUrl ? { instanceUrl: config.instanceUrl } : {}),
  });
  const adapter = createPgAdapter(store.pool, (err) => logger.warn({ err }, 'socket.io adapter error'));
  return { store, cluster: { sessions, adapter } };
};

/**
 * `serve`: starts HTTP and realtime over the SQLite store in the data directory and stops cleanly on SIGINT or
 * SIGTERM (realtime, then HTTP, then the store). A second signal leaves at once.
 */
export const runServeCommand = async (raw: RawServeOptions, io: ServeIo): Promise<ServeOutcome> => {
  const parsed = parseServerConfig(raw, io.env, io.cwd);
  if (!parsed.ok) {
    io.stderr.write(`error: ${parsed.problems.map((p) => `\n  - ${p}`).join('')}\n`);
    io.stderr.write("run 'monopolycentrisme serve --help' for usage\n");
    return { code: exitUsage };
  }
  const { config } = parsed;
  const logger = createLogger({ level: config.logLevel, destination: io.logDestination });

  let server: RunningServer;
  try {
    const secretKey = loadOrCreateSecretKey(config.keyFile);
    const { store, cluster } = await openStorage(config, secretKey, logger);
    server = await startServer({
      store,
      ...(cluster ? { cluster } : {}),
      secretKey,
      port: config.port,
      host: config.host,
      logger,
      trustProxy: config.trustProxy,
      retentionDays: config.retentionDays,
      ...(config.adminToken ? { adminToken: config.adminToken } : {}),
      ...(config.publicUrl ? { publicUrl: config.publicUrl } : {}),
    }).catch(async (e: unknown) => {
      await store.close();
      throw e;
    });
  } catch (e) {
    io.stderr.write(`error: could not start the server: ${describeStartError(e, config.port)}\n`);
    return { code: exitFailure };
  }
  logger.info(
    {
      url: server.url,
      lanUrls: server.lanUrls,
      ...(config.databaseUrl ? { database: 'postgresql' } : { dbFile: config.dbFile }),
      retentionDays: config.retentionDays,
    },
    `listening on ${server.url}`,
  );
  if (!config.adminToken && config.publicUrl?.startsWith('https:'))
    logger.warn('anyone who reaches this server can create sessions; set --admin-token on a public server');

  const stopped = new Promise<number>((resolve) => {
    const exit = io.exit ?? ((code: number) => process.exit(code));
    let stopping = false;
    const stop = (signal: NodeJS.Signals) => {
      if (stopping) {
        logger.warn({ signal }, 'second signal: leaving without a clean shutdown');
        exit(exitFailure);
        return;
      }
      stopping = true;
      logger.info({ signal }, 'shutting down');
      const timer = setTimeout(() => {
        logger.error('shutdown took too long; leaving');
        exit(exitFailure);
      }, shutdownTimeoutMs);
      timer.unref();
      server.close().then(
        () => {
          clearTimeout(timer);
          logger.info('stopped');
          resolve(exitOk);
        },
        (e: unknown) => {
          clearTimeout(timer);
          logger.error({ err: e }, 'shutdown failed');
          resolve(exitFailure);
        },
      );
    };
    const onSignal = io.onSignal ?? ((signal, handler) => process.on(signal, handler));
    for (const signal of ['SIGINT', 'SIGTERM'] as const) onSignal(signal, () => stop(signal));
  });
  return { server, stopped };
};
