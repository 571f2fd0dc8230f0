/**
 * Queueing theory and a tiny event heap for checking the engine's queue primitives against M/M/c theory
 * (MODEL.md section 5, "queueing sanity").
 */

/**
 * Erlang C: probability that an arrival must wait in an M/M/c queue with offered load a = lambda / mu
 * (in erlangs, a < c). Computed through the Erlang B recursion, which is stable for large c where the
 * textbook sum of a^k / k! overflows.
 */
export const erlangC = (c: number, a: number): number => {
  if (!(a > 0 && a < c)) throw new Error(`Erlang C needs 0 < a < c, got a=${a}, c=${c}`);
  let b = 1;
  for (let k = 1; k <= c; k++) b = (a * b) / (k + a * b);
  return (c * b) / (c - a * (1 - b));
};

/** Mean wait in queue Wq of M/M/c: C(c, a) / (c mu - lambda). */
export const mmcMeanWait = (c: number, lambda: number, mu: number): number =>
  erlangC(c, lambda / mu) / (c * mu - lambda);

/** Binary min-heap of (time, kind, id) in typed arrays; ties break on insertion order for reproducibility. */
export class EventHeap {
  private times: Float64Array;
  private kinds: Int32Array;
  private ids: Int32Array;
  private seqs: Float64Array;
  private seq = 0;
  size = 0;

  constructor(capacity = 64) {
    this.times = new Float64Array(capacity);
    this.kinds = new Int32Array(capacity);
    this.ids = new Int32Array(capacity);
    this.seqs = new Float64Array(capacity);
  }

  push(time: number, kind: number, id: number): void {
    if (this.size === this.times.length) this.grow();
    let i = this.size++;
    const seq = this.seq++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.before(time, seq, this.times[parent], this.seqs[parent])) break;
      this.move(parent, i);
      i = parent;
    }
    this.set(i, time, kind, id, seq);
  }

  /** Removes the earliest event; read it through `time`, `kind` and `id` afterwards. */
  pop(): void {
    this.time = this.times[0];
    this.kind = this.kinds[0];
    this.id = this.ids[0];
    const n = --this.size;
    if (n === 0) return;
    const t = this.times[n];
    const k = this.kinds[n];
    const d = this.ids[n];
    const s = this.seqs[n];
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= n) break;
      const right = child + 1;
      if (
        right < n &&
        this.before(this.times[right], this.seqs[right], this.times[child], this.seqs[child])
      ) {
        child = right;
      }
      if (!this.before(this.times[child], this.seqs[child], t, s)) break;
      this.move(child, i);
      i = child;
    }
    this.set(i, t, k, d, s);
  }

  time = 0;
  kind = 0;
  id = 0;

  private before(t1: number, s1: number, t2: number, s2: number): boolean {
    return t1 < t2 || (t1 === t2 && s1 < s2);
  }

  private move(from: number, to: number): void {
    this.set(to, this.times[from], this.kinds[from], this.ids[from], this.seqs[from]);
  }

  private set(i: number, time: number, kind: number, id: number, seq: number): void {
    this.times[i] = time;
    this.kinds[i] = kind;
    this.ids[i] = id;
    this.seqs[i] = seq;
  }

  private grow(): void {
    const n = this.times.length * 2;
    const times = new Float64Array(n);
    const kinds = new Int32Array(n);
    const ids = new Int32Array(n);
    const seqs = new Float64Array(n);
    times.set(this.times);
    kinds.set(this.kinds);
    ids.set(this.ids);
    seqs.set(this.seqs);
    this.times = times;
    this.kinds = kinds;
    this.ids = ids;
    this.seqs = seqs;
  }
}

/** Mean and standard error of the mean from `batches` consecutive batch means (handles autocorrelation). */
export const batchMeans = (
  xs: Float64Array,
  from: number,
  to: number,
  batches: number,
): { mean: number; se: number } => {
  const size = Math.floor((to - from) / batches);
  const means: number[] = [];
  for (let b = 0; b < batches; b++) {
    let s = 0;
    for (let i = from + b * size; i < from + (b + 1) * size; i++) s += xs[i];
    means.push(s / size);
  }
  const m = means.reduce((a, x) => a + x, 0) / batches;
  const v = means.reduce((a, x) => a + (x - m) ** 2, 0) / (batches - 1);
  return { mean: m, se: Math.sqrt(v / batches) };
};
