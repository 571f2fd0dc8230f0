/**
 * The "limit" for the event loop: a bare typed-array binary min-heap (Float64Array keys, Int32Array payloads)
 * doing hold operations (pop the earliest event, push it back at its time plus a random delay) with a fixed
 * pending population. The engine's time divided by this time is `limit_ratio` (MODEL.md section 6).
 */

export type BinaryHeap = {
  keys: Float64Array;
  values: Int32Array;
  size: number;
  /** Key of the entry the last heapPop returned. */
  lastKey: number;
};

export const createHeap = (capacity: number): BinaryHeap => ({
  keys: new Float64Array(Math.max(1, capacity)),
  values: new Int32Array(Math.max(1, capacity)),
  size: 0,
  lastKey: 0,
});

export const heapPush = (h: BinaryHeap, key: number, value: number): void => {
  if (h.size === h.keys.length) throw new Error('heap full');
  const keys = h.keys;
  const values = h.values;
  let i = h.size++;
  while (i > 0) {
    const parent = (i - 1) >> 1;
    const pk = keys[parent];
    if (pk <= key) break;
    keys[i] = pk;
    values[i] = values[parent];
    i = parent;
  }
  keys[i] = key;
  values[i] = value;
};

/** Removes the entry with the smallest key and returns its payload; its key is left in `lastKey`. */
export const heapPop = (h: BinaryHeap): number => {
  if (h.size === 0) throw new Error('heap empty');
  const keys = h.keys;
  const values = h.values;
  const top = values[0];
  h.lastKey = keys[0];
  const n = --h.size;
  if (n > 0) {
    const key = keys[n];
    const value = values[n];
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= n) break;
      if (child + 1 < n && keys[child + 1] < keys[child]) child++;
      if (keys[child] >= key) break;
      keys[i] = keys[child];
      values[i] = values[child];
      i = child;
    }
    keys[i] = key;
    values[i] = value;
  }
  return top;
};

/** xorshift32: a small seeded generator, so every baseline run sees the same keys. */
export const xorshift32 = (seed: number): (() => number) => {
  let x = seed >>> 0 || 0x9e3779b9;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 4294967296;
  };
};

export type HeapBaselineOptions = {
  /** Push+pop pairs to do: the number of events the engine processed. */
  events: number;
  /** Pending population held throughout: the engine's mean pending events. */
  pending: number;
  seed?: number;
  /** Delays are uniform in [0, maxDelay) time units (weeks). */
  maxDelay?: number;
};

export type HeapBaselineRun = { ms: number; checksum: number };

/** One timed run; filling the heap to `pending` entries is not timed. */
export const runHeapBaseline = (options: HeapBaselineOptions): HeapBaselineRun => {
  const { events, seed = 1, maxDelay = 52 } = options;
  const pending = Math.max(1, Math.round(options.pending));
  const rand = xorshift32(seed);
  const heap = createHeap(pending);
  for (let i = 0; i < pending; i++) heapPush(heap, rand() * maxDelay, i);
  let checksum = 0;
  const t0 = performance.now();
  for (let i = 0; i < events; i++) {
    const value = heapPop(heap);
    checksum = (checksum + value) | 0;
    heapPush(heap, heap.lastKey + rand() * maxDelay, value);
  }
  const ms = performance.now() - t0;
  return { ms, checksum };
};

/** Fastest of `repeats` runs (the figure least disturbed by the machine). */
export const timeHeapBaseline = (options: HeapBaselineOptions, repeats = 3): number => {
  let best = Number.POSITIVE_INFINITY;
  for (let r = 0; r < repeats; r++) best = Math.min(best, runHeapBaseline(options).ms);
  return best;
};
