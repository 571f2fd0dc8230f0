import { describe, expect, it } from 'vitest';
import { createTokenBucket } from './token-bucket.ts';

const clock = () => {
  let t = 1_000_000;
  return { now: () => t, advance: (ms: number) => (t += ms) };
};

describe('createTokenBucket', () => {
  it('allows a burst of capacity, then refuses with a retry time', () => {
    const c = clock();
    const limiter = createTokenBucket({ capacity: 3, refillPerSecond: 0.5, now: c.now });
    expect([1, 2, 3].map(() => limiter.take('ip').allowed)).toEqual([true, true, true]);
    expect(limiter.take('ip')).toEqual({ allowed: false, retryAfterSeconds: 2 });
  });

  it('refills with time, never above capacity', () => {
    const c = clock();
    const limiter = createTokenBucket({ capacity: 2, refillPerSecond: 1, now: c.now });
    limiter.take('ip');
    limiter.take('ip');
    expect(limiter.take('ip').allowed).toBe(false);
    c.advance(1000);
    expect(limiter.take('ip').allowed).toBe(true);
    expect(limiter.take('ip').allowed).toBe(false);
    c.advance(60_000);
    expect([1, 2, 3].map(() => limiter.take('ip').allowed)).toEqual([true, true, false]);
  });

  it('does not let refused attempts earn tokens or push the retry time out', () => {
    const c = clock();
    const limiter = createTokenBucket({ capacity: 1, refillPerSecond: 1, now: c.now });
    limiter.take('ip');
    for (let i = 0; i < 5; i++) {
      c.advance(100);
      expect(limiter.take('ip').allowed).toBe(false);
    }
    c.advance(500);
    expect(limiter.take('ip').allowed).toBe(true);
  });

  it('keeps keys apart', () => {
    const c = clock();
    const limiter = createTokenBucket({ capacity: 1, refillPerSecond: 1, now: c.now });
    expect(limiter.take('a').allowed).toBe(true);
    expect(limiter.take('a').allowed).toBe(false);
    expect(limiter.take('b').allowed).toBe(true);
  });

  it('forgets idle keys when full, keeping the ones still limited', () => {
    const c = clock();
    const limiter = createTokenBucket({ capacity: 1, refillPerSecond: 1, maxKeys: 3, now: c.now });
    limiter.take('old-1');
    limiter.take('old-2');
    c.advance(5000);
    limiter.take('busy');
    limiter.take('new');
    expect(limiter.size()).toBe(2);
    expect(limiter.take('busy').allowed).toBe(false);
  });

  it('stays within maxKeys under a flood of addresses', () => {
    const c = clock();
    const limiter = createTokenBucket({ capacity: 5, refillPerSecond: 1, maxKeys: 100, now: c.now });
    for (let i = 0; i < 1000; i++) limiter.take(`10.0.${i >> 8}.${i & 255}`);
    expect(limiter.size()).toBeLessThanOrEqual(100);
  });

  it('rejects settings that would block everyone', () => {
    expect(() => createTokenBucket({ capacity: 0, refillPerSecond: 1 })).toThrow(RangeError);
    expect(() => createTokenBucket({ capacity: 1, refillPerSecond: 0 })).toThrow(RangeError);
  });
});
