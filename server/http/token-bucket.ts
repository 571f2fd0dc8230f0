export type TokenBucketOptions = {
  /** Burst size: attempts allowed at once from a fresh key. */
  capacity: number;
  refillPerSecond: number;
  /** Milliseconds; injected so tests step time by hand. */
  now?: () => number;
  /** Keys tracked before idle ones are forgotten, so a flood of addresses cannot grow memory without end. */
  maxKeys?: number;
};

export type TakeResult = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export type TokenBucketLimiter = {
  take(key: string): TakeResult;
  /** Keys currently tracked (for tests and monitoring). */
  size(): number;
};

type Bucket = { tokens: number; at: number };

/** A token bucket per key (an IP address for join attempts): pure apart from the injected clock. */
export const createTokenBucket = ({
  capacity,
  refillPerSecond,
  now = Date.now,
  maxKeys = 10_000,
}: TokenBucketOptions): TokenBucketLimiter => {
  if (!(capacity >= 1) || !(refillPerSecond > 0))
    throw new RangeError('capacity >= 1 and refillPerSecond > 0');
  const buckets = new Map<string, Bucket>();

  const refilled = (b: Bucket, t: number) =>
    Math.min(capacity, b.tokens + ((t - b.at) / 1000) * refillPerSecond);

  // A full bucket behaves exactly like an unknown key, so dropping it loses nothing; only when every key is
  // busy are the oldest dropped, which can only err on the side of letting someone in.
  const prune = (t: number) => {
    for (const [key, b] of buckets) if (refilled(b, t) >= capacity) buckets.delete(key);
    for (const key of buckets.keys()) {
      if (buckets.size < maxKeys) break;
      buckets.delete(key);
    }
  };

  return {
    take(key) {
      const t = now();
      const existing = buckets.get(key);
      if (!existing && buckets.size >= maxKeys) prune(t);
      const tokens = existing ? refilled(existing, t) : capacity;
      if (tokens >= 1) {
        buckets.delete(key);
        buckets.set(key, { tokens: tokens - 1, at: t });
        return { allowed: true };
      }
      buckets.set(key, { tokens, at: t });
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - tokens) / refillPerSecond)) };
    },
    size: () => buckets.size,
  };
};
