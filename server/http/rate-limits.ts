import fastifyRateLimit from '@fastify/rate-limit';
import type { FastifyInstance } from 'fastify';
import { AppError } from '../errors/app-error.ts';

export type RateLimit = { max: number; timeWindowMs: number };

/**
 * Joining (looking up a code, joining, rejoining) per client address. A whole lecture hall may reach the
 * server from one campus NAT address, so 300 students must fit in one minute; guessing codes stays hopeless
 * at that rate (see security/session-codes.ts). Socket handshakes have their own budget of the same size
 * (sessions/session-realtime.ts): every student who joins also connects a socket.
 */
export const defaultJoinRateLimit: RateLimit = { max: 300, timeWindowMs: 60_000 };

/** Creating sessions per client address: a lecturer makes a handful; each session writes rows to the database. */
export const defaultCreateRateLimit: RateLimit = { max: 10, timeWindowMs: 60_000 };

export type RateLimits = { join?: RateLimit; create?: RateLimit };

type Window = { current: number; ttl: number; startedAt: number };
type Done = (error: Error | null, result?: { current: number; ttl: number }) => void;

/**
 * One fixed-window counter for all routes (the plugin's own store keeps one per route), so the three join
 * routes share one budget through their common groupId. Bounded: the oldest keys go first.
 */
class SharedWindowStore {
  private readonly windows = new Map<string, Window>();
  private readonly maxKeys = 10_000;

  incr(key: string, done: Done, timeWindow: number) {
    const now = Date.now();
    const existing = this.windows.get(key);
    const fresh = !existing || existing.startedAt + timeWindow <= now;
    const next = fresh
      ? { current: 1, ttl: timeWindow, startedAt: now }
      : { ...existing, current: existing.current + 1, ttl: timeWindow - (now - existing.startedAt) };
    this.windows.delete(key);
    this.windows.set(key, next);
    for (const oldest of this.windows.keys()) {
      if (this.windows.size <= this.maxKeys) break;
      this.windows.delete(oldest);
    }
    done(null, { current: next.current, ttl: next.ttl });
  }

  child() {
    return this;
  }
}

/**
 * @fastify/rate-limit, on only for the routes that ask (`rateLimitConfig`), answering with the uniform error
 * shape (429 `rate_limited`, `retryAfterSeconds`, `Retry-After`).
 */
export const registerRateLimits = (app: FastifyInstance) =>
  app.register(fastifyRateLimit, {
    global: false,
    store: SharedWindowStore,
    addHeadersOnExceeding: {
      'x-ratelimit-limit': false,
      'x-ratelimit-remaining': false,
      'x-ratelimit-reset': false,
    },
    errorResponseBuilder: (_request, context) =>
      new AppError('rate_limited', { retryAfterSeconds: Math.max(1, Math.ceil(context.ttl / 1000)) }),
  });

/** The route option that puts a route in a budget; routes with the same group share it per address. */
export const rateLimitConfig = (group: 'join' | 'create', limit: RateLimit) => ({
  rateLimit: { max: limit.max, timeWindow: limit.timeWindowMs, groupId: group },
});
