import { describe, expect, it } from 'vitest';
import { createMemoryStore } from '../storage/memory-store.ts';
import { createApp } from './create-app.ts';
import { createRateLimitHook, defaultJoinRateLimit } from './rate-limit-hook.ts';
import { createTokenBucket } from './token-bucket.ts';

const setup = (trustProxy = false) => {
  let t = 0;
  const limiter = createTokenBucket({ capacity: 2, refillPerSecond: 0.25, now: () => t });
  const app = createApp({ store: createMemoryStore(), trustProxy });
  app.post('/join', { preHandler: createRateLimitHook(limiter) }, async () => ({ joined: true }));
  return { app, advance: (ms: number) => (t += ms) };
};

describe('createRateLimitHook', () => {
  it('answers 429 rate_limited with Retry-After once the address has used its burst', async () => {
    const { app, advance } = setup();
    const join = () => app.inject({ method: 'POST', url: '/join', remoteAddress: '10.0.0.1' });
    expect((await join()).statusCode).toBe(200);
    expect((await join()).statusCode).toBe(200);
    const limited = await join();
    expect(limited.statusCode).toBe(429);
    expect(limited.headers['retry-after']).toBe('4');
    expect(limited.json()).toEqual({
      error: { code: 'rate_limited', message: expect.stringMatching(/wacht/), retryAfterSeconds: 4 },
    });
    advance(4000);
    expect((await join()).statusCode).toBe(200);
  });

  it('limits each address separately, using X-Forwarded-For only behind a trusted proxy', async () => {
    const direct = setup(false);
    const proxied = setup(true);
    for (const { app } of [direct, proxied]) {
      for (let i = 0; i < 2; i++) {
        await app.inject({
          method: 'POST',
          url: '/join',
          remoteAddress: '10.0.0.9',
          headers: { 'x-forwarded-for': '1.1.1.1' },
        });
      }
    }
    const from = (app: typeof direct.app, client: string) =>
      app.inject({
        method: 'POST',
        url: '/join',
        remoteAddress: '10.0.0.9',
        headers: { 'x-forwarded-for': client },
      });
    expect((await from(direct.app, '2.2.2.2')).statusCode).toBe(429);
    expect((await from(proxied.app, '2.2.2.2')).statusCode).toBe(200);
    expect((await from(proxied.app, '1.1.1.1')).statusCode).toBe(429);
  });

  it('lets a lecture hall behind one address join within half a minute by default', () => {
    let t = 0;
    const limiter = createTokenBucket({ ...defaultJoinRateLimit, now: () => t });
    let joined = 0;
    for (let second = 0; second < 30; second++, t += 1000) {
      for (let i = 0; i < 20; i++) if (limiter.take('campus-nat').allowed) joined++;
    }
    expect(joined).toBeGreaterThanOrEqual(300);
  });
});
