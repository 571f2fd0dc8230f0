import { describe, expect, it } from 'vitest';
import { CancelledError, createWorkerPool, type PoolWorker } from './worker-pool.ts';

/** A worker that answers when the test says so, with what it was sent. */
const fakeWorkers = () => {
  const made: (PoolWorker & { sent: unknown[]; answer: () => void })[] = [];
  const make = () => {
    const w = {
      sent: [] as unknown[],
      onmessage: null as PoolWorker['onmessage'],
      postMessage: (m: unknown) => w.sent.push(m),
      terminate: () => undefined,
      answer: () => w.onmessage?.({ data: w.sent.at(-1) }),
    };
    made.push(w);
    return w;
  };
  return { made, make };
};

describe('worker pool', () => {
  it('keeps its workers, one task each at a time, and drops queued older generations on a newer move', async () => {
    const { made, make } = fakeWorkers();
    const pool = createWorkerPool(2, make);
    const results: unknown[] = [];
    const old = [1, 2, 3, 4].map((n) =>
      pool.run({ n }, 1).then(
        (r) => results.push(r),
        (e) => results.push(e instanceof CancelledError ? `cancelled ${n}` : e),
      ),
    );
    expect(made.map((w) => w.sent.length)).toEqual([1, 1]);
    pool.cancelBefore(2);
    const fresh = pool.run<{ n: number }>({ n: 5 }, 2);
    made[0].answer();
    made[1].answer();
    await Promise.all(old);
    expect(results).toEqual(['cancelled 4', 'cancelled 3', { n: 1, id: 1 }, { n: 2, id: 2 }]);
    // The new task went to the first free worker, with no old task before it.
    expect(made[0].sent.at(-1)).toEqual({ n: 5, id: 5 });
    made[0].answer();
    expect(await fresh).toEqual({ n: 5, id: 5 });
    expect(made).toHaveLength(2);
  });
});
