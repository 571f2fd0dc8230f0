import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import type { Logger } from 'pino';
import { defaultRetentionDays } from '../config/server-config.ts';
import { createApp } from '../http/create-app.ts';
import type { RateLimits } from '../http/rate-limits.ts';
import { createTokenBucket } from '../http/token-bucket.ts';
import { defaultWebRoot, registerWebClient } from '../http/web-client.ts';
import { createSilentLogger } from '../logging/create-logger.ts';
import {
  defaultHandshakeRateLimit,
  type Realtime,
  type RealtimeOptions,
} from '../realtime/create-realtime.ts';
import { createSecretHasher, processSecretKey } from '../security/secret-key.ts';
import type { SessionCluster } from '../sessions/session-cluster.ts';
import { createSessionHub, type SessionHub } from '../sessions/session-hub.ts';
import type { Principal } from '../sessions/session-principal.ts';
import { attachSessionRealtime } from '../sessions/session-realtime.ts';
import { startRetention } from '../sessions/session-retention.ts';
import { registerSessionRoutes } from '../sessions/session-routes.ts';
import { createSessionTimers } from '../sessions/session-timers.ts';
import type { SessionStore } from '../storage/session-store.ts';
import { instanceUrlOf, lanUrls, localUrl } from './server-urls.ts';

export type StartServerOptions = {
  store: SessionStore;
  port?: number;
  host?: string;
  logger?: Logger;
  trustProxy?: boolean;
  /** The address students use in join links (see sessions/public-url.ts); else the request's own host. */
  publicUrl?: string;
  /** Milliseconds since the epoch; injected by tests that step time. */
  clock?: () => number;
  /** The built web client (web/dist by default); served at / when it holds an index.html. */
  webRoot?: string;
  /** The key of the keyed hashes of seat secrets (the data directory's key file); one per process if absent. */
  secretKey?: Buffer;
  /** Host password for creating sessions (`--admin-token`); off when absent. */
  adminToken?: string;
  /** HTTP budgets per address (join, create); the defaults of http/rate-limits.ts when absent. */
  rateLimits?: RateLimits;
  /** Days a session is kept after its last action (sessions/session-retention.ts); 30 when absent. */
  retentionDays?: number;
  /**
   * One of several instances on one PostgreSQL (sessions/session-cluster.ts), with the Socket.IO adapter that
   * spans them (realtime/pg-adapter.ts); one instance alone when absent.
   */
  cluster?: { sessions: SessionCluster; adapter: RealtimeOptions<unknown, never>['adapter'] };
};

export type RunningServer = {
  /** For the person starting the server, e.g. http://localhost:3000. */
  url: string;
  /** The same port on this machine's network addresses: what phones in the room can reach. */
  lanUrls: string[];
  port: number;
  app: FastifyInstance;
  realtime: Realtime<Principal>;
  hub: SessionHub;
  /** Closes realtime, then HTTP, then the store; safe to call more than once. */
  close(): Promise<void>;
};

/** Starts HTTP and realtime on one port over the given store; the caller owns the store's creation. */
export const startServer = async ({
  store,
  port = 0,
  host = '127.0.0.1',
  logger = createSilentLogger(),
  trustProxy = false,
  publicUrl,
  clock,
  webRoot = defaultWebRoot,
  secretKey = processSecretKey,
  adminToken,
  rateLimits,
  retentionDays = defaultRetentionDays,
  cluster,
}: StartServerOptions): Promise<RunningServer> => {
  const app = createApp({ store, logger, trustProxy });
  const hub = createSessionHub({
    store,
    hashSecret: createSecretHasher(secretKey),
    ...(clock ? { clock } : {}),
    ...(cluster ? { cluster: cluster.sessions.hubCluster } : {}),
  });
  cluster?.sessions.registerRoutes(app);
  // A lecture hall may share one NAT address: 300 joins a minute over HTTP, and separately 300 socket
  // (re)connections, since every student who joins also connects.
  registerSessionRoutes(app, {
    hub,
    store,
    publicUrl,
    ...(rateLimits ? { rateLimits } : {}),
    ...(adminToken ? { adminToken } : {}),
  });
  await registerWebClient(app, webRoot);
  const realtime = attachSessionRealtime(app.server, hub, {
    handshakeLimiter: createTokenBucket(defaultHandshakeRateLimit),
    trustProxy,
    logger,
    ...(cluster ? { adapter: cluster.adapter } : {}),
  });
  cluster?.sessions.attach(hub, realtime);
  // In a cluster the others must be able to reach this instance (its URL goes into its leases) before it
  // claims a session: it listens first.
  const listen = async () => {
    await app.listen({ port, host });
    const listeningPort = (app.server.address() as AddressInfo).port;
    cluster?.sessions.listening(instanceUrlOf(host, listeningPort));
    return listeningPort;
  };
  const clusterPort = cluster ? await listen() : undefined;
  // After a restart every active session resumes where its log ends, timers included.
  await hub.loadActive((sessionId, err) => logger.error({ err, sessionId }, 'session does not replay'));
  const timers = createSessionTimers(hub, {
    ...(clock ? { clock } : {}),
    onError: (e) => logger.warn({ err: e }, 'timer tick refused'),
  });
  await timers.armAll();
  const retention = startRetention(hub, store, {
    retentionDays,
    ...(clock ? { clock } : {}),
    onSwept: (ids) => logger.info({ count: ids.length }, 'sessions past their retention deleted'),
    onError: (e) => logger.error({ err: e }, 'retention sweep failed'),
  });
  await retention.first;
  const actualPort = clusterPort ?? (await listen());
  cluster?.sessions.start();

  let closing: Promise<void> | undefined;
  const close = () => {
    closing ??= (async () => {
      timers.stop();
      // Leases handed back first: another instance takes over at once instead of after they run out.
      await cluster?.sessions.stop();
      await retention.stop();
      await realtime.close();
      await app.close();
      await store.close();
    })();
    return closing;
  };
  return {
    url: localUrl(host, actualPort),
    lanUrls: lanUrls(host, actualPort),
    port: actualPort,
    app,
    realtime,
    hub,
    close,
  };
};
