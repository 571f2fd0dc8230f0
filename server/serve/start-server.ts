import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import type { Logger } from 'pino';
import { AppError } from '../errors/app-error.ts';
import { createApp } from '../http/create-app.ts';
import { defaultJoinRateLimit } from '../http/rate-limit-hook.ts';
import { createTokenBucket } from '../http/token-bucket.ts';
import { createSilentLogger } from '../logging/create-logger.ts';
import { createRealtime, type Realtime, type RealtimeOptions } from '../realtime/create-realtime.ts';
import { type Envelope, envelopeSchema } from '../realtime/message-envelope.ts';
import {
  createFacilitatorAuthenticator,
  type FacilitatorPrincipal,
} from '../security/authenticate-facilitator.ts';
import type { SessionStore } from '../storage/session-store.ts';
import { lanUrls, localUrl } from './server-urls.ts';

export type StartServerOptions = {
  store: SessionStore;
  port?: number;
  host?: string;
  logger?: Logger;
  trustProxy?: boolean;
};

export type RunningServer = {
  /** For the person starting the server, e.g. http://localhost:3000. */
  url: string;
  /** The same port on this machine's network addresses: what phones in the room can reach. */
  lanUrls: string[];
  port: number;
  app: FastifyInstance;
  realtime: Realtime<FacilitatorPrincipal>;
  /** Closes realtime, then HTTP, then the store; safe to call more than once. */
  close(): Promise<void>;
};

// Until the game integration adds its handlers, the server authenticates facilitators and refuses messages.
const baseRealtime = (
  store: SessionStore,
): Pick<RealtimeOptions<FacilitatorPrincipal, Envelope>, 'authenticate' | 'messageSchema' | 'onMessage'> => ({
  authenticate: createFacilitatorAuthenticator(store),
  messageSchema: envelopeSchema,
  onMessage: () => {
    throw new AppError('invalid_message');
  },
});

/** Starts HTTP and realtime on one port over the given store; the caller owns the store's creation. */
export const startServer = async ({
  store,
  port = 0,
  host = '127.0.0.1',
  logger = createSilentLogger(),
  trustProxy = false,
}: StartServerOptions): Promise<RunningServer> => {
  const app = createApp({ store, logger, trustProxy });
  // One budget per address for joining, whether over HTTP (the join route) or a socket handshake.
  const joinLimiter = createTokenBucket(defaultJoinRateLimit);
  const realtime = createRealtime(app.server, {
    ...baseRealtime(store),
    handshakeLimiter: joinLimiter,
    trustProxy,
    logger,
  });
  await app.listen({ port, host });
  const actualPort = (app.server.address() as AddressInfo).port;

  let closing: Promise<void> | undefined;
  const close = () => {
    closing ??= (async () => {
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
    close,
  };
};
