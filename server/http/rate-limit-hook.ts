import type { FastifyRequest } from 'fastify';
import { AppError } from '../errors/app-error.ts';
import type { TokenBucketLimiter } from './token-bucket.ts';

/**
 * Join attempts per address. A whole lecture hall may reach the server from one NAT address (campus wifi),
 * so the burst must fit everyone joining within half a minute: 300 at once, then 5 per second. Guessing
 * codes stays hopeless at that rate (see security/session-codes.ts).
 */
export const defaultJoinRateLimit = { capacity: 300, refillPerSecond: 5 } as const;

/**
 * A preHandler that spends one token per request and answers 429 `rate_limited` (with Retry-After) when the
 * key has none left. The key is the client address; with trustProxy on, that is X-Forwarded-For's client.
 */
export const createRateLimitHook =
  (limiter: TokenBucketLimiter, keyOf: (request: FastifyRequest) => string = (request) => request.ip) =>
  async (request: FastifyRequest) => {
    const result = limiter.take(keyOf(request));
    if (!result.allowed) throw new AppError('rate_limited', { retryAfterSeconds: result.retryAfterSeconds });
  };
