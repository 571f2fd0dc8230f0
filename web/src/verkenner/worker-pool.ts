/** What the pool needs of a worker (a Web Worker, or a fake in tests). */
export type PoolWorker = {
  postMessage: (message: unknown) => void;
  onmessage: ((e: { data: unknown }) => void) | null;
  terminate: () => void;
};

type Task = {
  message: { id: number } & Record<string, unknown>;
  generation: number;
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
 * A pool of workers kept warm for the page's life (the engine loads once per worker). Tasks run in the order
 * given, one per worker at a time; `cancelBefore(g)` drops the queued tasks of older generations, so a newer
 * move never waits behind an older one (a running task finishes, its answer goes to a caller who ignores it).
 */
export const createWorkerPool = (size: number, makeWorker: () => PoolWorker) => {
  const queue: Task[] = [];
  const busy = new Map<PoolWorker, Task>();
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
  const pump = () => {
    for (const w of workers) {
      if (busy.has(w) || queue.length === 0) continue;
      const task = queue.shift() as Task;
      busy.set(w, task);
      w.postMessage(task.message);
    }
  };
  return {
    size,
    run: <T>(message: Record<string, unknown>, generation = 0): Promise<T> =>
      new Promise<T>((resolve, reject) => {
        queue.push({
          message: { ...message, id: nextId++ },
          generation,
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
