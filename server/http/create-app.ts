import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import { AppError } from '../errors/app-error.ts';
import { toAppError } from '../errors/to-app-error.ts';
import type { SessionStore } from '../storage/session-store.ts';
import { drainRequest } from './drain-request.ts';
import { registerRateLimits } from './rate-limits.ts';
import { registerSecurityHeaders } from './security-headers.ts';
import { sendError } from './send-error.ts';

/** 64 KiB: the largest legitimate body (a municipality's decisions, a scenario choice) is a few KiB. */
export const defaultBodyLimitBytes = 64 * 1024;

export type AppOptions = {
  store: SessionStore;
  /** A pino logger (see logging/create-logger.ts); silent when left out, as in tests. */
  logger?: FastifyBaseLogger;
  bodyLimitBytes?: number;
  /** Behind a reverse proxy: take the client address from X-Forwarded-For (for rate limits and logs). */
  trustProxy?: boolean;
};

const registerErrorHandling = (app: FastifyInstance) => {
  app.setErrorHandler(async (error, request, reply) => {
    const appError = toAppError(error);
    // Let the client finish sending, so it reads the 413 instead of a reset connection.
    if (appError.code === 'payload_too_large') await drainRequest(request.raw);
    if (appError.status >= 500) request.log.error({ err: error }, 'request failed');
    else request.log.info({ code: appError.code }, 'request refused');
    return sendError(request, reply, appError);
  });
  app.setNotFoundHandler((request, reply) => sendError(request, reply, new AppError('not_found')));
};

const registerHealth = (app: FastifyInstance, store: SessionStore) => {
  // For load balancers and the serve command's own check: 503 while the store cannot serve.
  app.get('/healthz', async () => {
    try {
      await store.check();
    } catch (e) {
      throw new AppError('unavailable', {}, { cause: e });
    }
    return { status: 'ok' };
  });
};

/**
 * The HTTP app, not listening: tests call `app.inject(...)`, the serve command calls `app.listen(...)`. Game
 * routes are added by the caller before `ready()`; they inherit the error shape, limits and 404 handling.
 */
export const createApp = ({
  store,
  logger,
  bodyLimitBytes = defaultBodyLimitBytes,
  trustProxy = false,
}: AppOptions): FastifyInstance => {
  const app = Fastify({
    ...(logger ? { loggerInstance: logger } : { logger: false }),
    bodyLimit: bodyLimitBytes,
    trustProxy,
    // The JSON parser refuses __proto__ and constructor.prototype keys instead of silently dropping them.
    onProtoPoisoning: 'error',
    onConstructorPoisoning: 'error',
    // A malformed URL or an over-long path parameter: Fastify's own shape otherwise, not ours.
    frameworkErrors: (_error, request, reply) => sendError(request, reply, new AppError('bad_request')),
  });
  registerSecurityHeaders(app);
  registerRateLimits(app);
  registerErrorHandling(app);
  registerHealth(app, store);
  return app;
};
