/**
 * Multi-server FIFO queues ("pools"): a local team or a provider has `capacity` parallel slots; who finds no
 * free slot waits in line. This is the queue primitive the engine uses everywhere, checked against M/M/c
 * theory (Erlang C) and Little's law in server-pools.test.ts. Entries are (id, token) pairs: when a waiting
 * family leaves the line early (gives up, is moved), its token goes stale and the entry is skipped when it
 * reaches the front, so leaving costs O(1).
 */
export type ServerPools = {
  capacity: Int32Array;
  busy: Int32Array;
  /** Live (not stale) entries waiting per pool. */
  waiting: Int32Array;
  rings: Int32Array[];
  heads: Int32Array;
  counts: Int32Array;
  /** Little's law bookkeeping: arrivals to the line, summed waits of those served, weekly queue area. */
  queued: Float64Array;
  waitWeeksServed: Float64Array;
  servedFromQueue: Float64Array;
  queueArea: Float64Array;
};

export const createServerPools = (n: number): ServerPools => ({
  capacity: new Int32Array(n),
  busy: new Int32Array(n),
  waiting: new Int32Array(n),
  rings: Array.from({ length: n }, () => new Int32Array(16)),
  heads: new Int32Array(n),
  counts: new Int32Array(n),
  queued: new Float64Array(n),
  waitWeeksServed: new Float64Array(n),
  servedFromQueue: new Float64Array(n),
  queueArea: new Float64Array(n),
});

/** A free slot and nobody waiting for it: someone arriving now starts at once. */
export const hasFreePlace = (pools: ServerPools, pool: number): boolean =>
  pools.busy[pool] < pools.capacity[pool] && pools.waiting[pool] === 0;

/** Takes a free slot if there is one and nobody is waiting before us. */
export const tryStart = (pools: ServerPools, pool: number): boolean => {
  if (hasFreePlace(pools, pool)) {
    pools.busy[pool]++;
    return true;
  }
  return false;
};

export const enqueue = (pools: ServerPools, pool: number, id: number, token: number): void => {
  let ring = pools.rings[pool];
  const n = pools.counts[pool];
  if (n * 2 >= ring.length) ring = growRing(pools, pool);
  const slot = (pools.heads[pool] + n * 2) % ring.length;
  ring[slot] = id;
  ring[slot + 1] = token;
  pools.counts[pool] = n + 1;
  pools.waiting[pool]++;
  pools.queued[pool]++;
};

const growRing = (pools: ServerPools, pool: number): Int32Array => {
  const old = pools.rings[pool];
  const next = new Int32Array(old.length * 2);
  const n = pools.counts[pool];
  const head = pools.heads[pool];
  for (let i = 0; i < n * 2; i++) next[i] = old[(head + i) % old.length];
  pools.rings[pool] = next;
  pools.heads[pool] = 0;
  return next;
};

/** A waiting entry left the line (its token is now stale); the slot in the ring is skipped later. */
export const leaveQueue = (pools: ServerPools, pool: number): void => {
  pools.waiting[pool]--;
};

export const release = (pools: ServerPools, pool: number): void => {
  pools.busy[pool]--;
};

/**
 * Pops the next live entry if a slot is free: returns its id (the slot is taken) or -1. An entry is live
 * while `tokens[id]` still equals the token it was queued with.
 */
export const startNext = (pools: ServerPools, pool: number, tokens: Int32Array): number => {
  if (pools.busy[pool] >= pools.capacity[pool]) return -1;
  const ring = pools.rings[pool];
  while (pools.counts[pool] > 0) {
    const head = pools.heads[pool];
    const id = ring[head];
    const token = ring[head + 1];
    pools.heads[pool] = (head + 2) % ring.length;
    pools.counts[pool]--;
    if (tokens[id] === token) {
      pools.waiting[pool]--;
      pools.busy[pool]++;
      return id;
    }
  }
  return -1;
};

/** The id of the first live entry in line (stale entries at the front are dropped), or -1. */
export const peekWaiting = (pools: ServerPools, pool: number, tokens: Int32Array): number => {
  const ring = pools.rings[pool];
  while (pools.counts[pool] > 0) {
    const head = pools.heads[pool];
    if (tokens[ring[head]] === ring[head + 1]) return ring[head];
    pools.heads[pool] = (head + 2) % ring.length;
    pools.counts[pool]--;
  }
  return -1;
};

/** Takes the first live entry out of line without giving it a slot here (it is served elsewhere), or -1. */
export const popWaiting = (pools: ServerPools, pool: number, tokens: Int32Array): number => {
  const id = peekWaiting(pools, pool, tokens);
  if (id < 0) return -1;
  pools.heads[pool] = (pools.heads[pool] + 2) % pools.rings[pool].length;
  pools.counts[pool]--;
  pools.waiting[pool]--;
  return id;
};

/** Records the wait of an entry that started service after waiting in line. */
export const recordServedWait = (pools: ServerPools, pool: number, waitedWeeks: number): void => {
  pools.waitWeeksServed[pool] += waitedWeeks;
  pools.servedFromQueue[pool]++;
};

/** Adds this week's line lengths to the queue area (weeks x families), for Little's law. */
export const accumulateQueueArea = (pools: ServerPools): void => {
  for (let p = 0; p < pools.waiting.length; p++) pools.queueArea[p] += pools.waiting[p];
};
