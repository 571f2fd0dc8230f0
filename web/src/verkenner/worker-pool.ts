/** What the pool needs of a worker (a Web Worker, or a fake in tests). */
export type PoolWorker = {
  postMessage: (message: unknown) => void;
  onmessage: ((e: { data: unknown }) => void) | null;
  terminate: () => void;
};

type Task = {
  message: { id: number } & Record<string, unknown>;
  generation: number;
  affinity: string | undefined;
  resolve: (reply: unknown) => void;
  reject: (e: Error) => void;
};

/** Thrown to the caller of a task that a newer generation cancelled before it started. */
export class CancelledError extends Error {
  constructor() {
    super('cancelled');
  }
}

/**
 * A worker that is free leaves a queued task to the worker that holds its warm state when at least this many
 * tasks wait (for a pool of two; more workers share the wait): a verkenner run forked from a kept warm-up
 * costs about a third of one that has to do the 15-year warm-up first (docs/performance.md, section 5).
 */
const stealAt = 3;

/**
 * A pool of workers kept warm for the page's life (the engine loads once per worker). Tasks run in the order
 * given, one per worker at a time; `cancelBefore(g)` drops the queued tasks of older generations, so a newer
 * move never waits behind an older one (a running task finishes, its answer goes to a caller who ignores it).
 * A task may name an affinity (the verkenner: scenario and seed, whose warm-up a worker keeps once it ran
 * one): a free worker takes the first task it holds the state of or that no worker holds, and a task another
 * worker holds only when the queue is long (`stealAt`), so the seeds stay with the workers that warmed them.
 */
export const createWorkerPool = (size: number, makeWorker: () => PoolWorker) => {
  const queue: Task[] = [];
  const busy = new Map<PoolWorker, Task>();
  const holders = new Map<string, Set<PoolWorker>>();
  let nextId = 1;
  const workers = Array.from({ length: size }, () => {
    const w = makeWorker();
    w.onmessage = (e) => {
      const task = busy.get(w);
      busy.delete(w);
      task?.resolve(e.data);
      pump();
    };
    return w;
  });
  const takes = (w: PoolWorker, t: Task) => {
    const held = t.affinity === undefined ? undefined : holders.get(t.affinity);
    return held === undefined || held.has(w);
  };
  const pick = (w: PoolWorker): number => {
    const own = queue.findIndex((t) => takes(w, t));
    if (own >= 0) return own;
    return queue.length >= stealAt * Math.max(1, size - 1) ? 0 : -1;
  };
  const pump = () => {
    for (const w of workers) {
      if (busy.has(w) || queue.length === 0) continue;
      const at = pick(w);
      if (at < 0) continue;
      const task = queue.splice(at, 1)[0];
      busy.set(w, task);
      if (task.affinity !== undefined) {
        const held = holders.get(task.affinity) ?? new Set<PoolWorker>();
        held.add(w);
        holders.set(task.affinity, held);
      }
      w.postMessage(task.message);
    }
  };
  return {
    size,
    run: <T>(message: Record<string, unknown>, generation = 0, affinity?: string): Promise<T> =>
      new Promise<T>((resolve, reject) => {
        queue.push({
          message: { ...message, id: nextId++ },
          generation,
          affinity,
          resolve: resolve as (r: unknown) => void,
          reject,
        });
        pump();
      }),
    cancelBefore: (generation: number) => {
      for (let i = queue.length - 1; i >= 0; i--) {
        if (queue[i].generation < generation) queue.splice(i, 1)[0].reject(new CancelledError());
      }
    },
    /** Tasks waiting or running (for the status line). */
    load: () => queue.length + busy.size,
    dispose: () => {
      for (const w of workers) w.terminate();
      for (const t of queue.splice(0)) t.reject(new CancelledError());
    },
  };
};

export type WorkerPool = ReturnType<typeof createWorkerPool>;
