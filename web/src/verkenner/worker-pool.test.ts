import { describe, expect, it } from 'vitest';
import { parseInWorker } from './use-verkenner-engine.ts';
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

  it('sends a seed back to the worker that warmed it up, and lends it to a free worker only when the queue is long', () => {
    const { made, make } = fakeWorkers();
    const pool = createWorkerPool(2, make);
    const seedOf = (w: (typeof made)[number]) => (w.sent.at(-1) as { seed: number }).seed;
    const ask = (seed: number, generation: number) =>
      pool.run({ seed }, generation, `s#${seed}`).catch(() => undefined);
    // First pass: worker 0 warms seeds 1 and 3, worker 1 seeds 2 and 4 (whoever is free takes the next).
    for (const seed of [1, 2, 3, 4]) void ask(seed, 1);
    made[0].answer();
    made[1].answer();
    expect([seedOf(made[0]), seedOf(made[1])]).toEqual([3, 4]);
    made[0].answer();
    made[1].answer();
    // A new move asks seeds 2, 1, 4, 3: each goes to the worker that holds it, though worker 0 is free first.
    for (const seed of [2, 1, 4, 3]) void ask(seed, 2);
    expect([seedOf(made[0]), seedOf(made[1])]).toEqual([1, 2]);
    made[1].answer();
    expect(seedOf(made[1])).toBe(4);
    made[1].answer();
    // Worker 1 is free and only seed 3 (worker 0's) waits: it stays free rather than warm seed 3 up again.
    expect(made[1].sent).toHaveLength(4);
    made[0].answer();
    expect(seedOf(made[0])).toBe(3);
    made[0].answer();
    // With three or more of worker 0's seeds waiting, the free worker takes one (a warm-up costs less than the wait).
    for (const seed of [1, 3, 1, 3]) void ask(seed, 3);
    expect(seedOf(made[0])).toBe(1);
    expect(made[1].sent).toHaveLength(5);
    expect(seedOf(made[1])).toBe(3);
  });

  it('keeps a scenario check queued behind runs when a newer move cancels the runs', async () => {
    const { made, make } = fakeWorkers();
    const pool = createWorkerPool(1, make);
    const running = pool.run({ type: 'run' }, 1);
    const queued = pool.run({ type: 'run' }, 1).catch((e) => e);
    const parsed = parseInWorker(pool, { id: 'upload' });
    pool.cancelBefore(2);
    expect(await queued).toBeInstanceOf(CancelledError);
    made[0].answer();
    await running;
    expect(made[0].sent.at(-1)).toMatchObject({ type: 'parse', data: { id: 'upload' } });
    made[0].onmessage?.({ data: { id: 3, type: 'parse', ok: true, scenario: { id: 'upload' } } });
    expect(await parsed).toMatchObject({ ok: true, scenario: { id: 'upload' } });
  });
});
