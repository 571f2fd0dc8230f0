/**
 * One action at a time per session: the log's sequence numbers and the in-memory state must move together,
 * and two students submitting at the same moment must not both read the same state. Different sessions run
 * independently.
 */
export const createSessionLock = () => {
  const tails = new Map<string, Promise<unknown>>();
  return {
    run<T>(key: string, task: () => Promise<T>): Promise<T> {
      const previous = tails.get(key) ?? Promise.resolve();
      const next = previous.then(task, task);
      const tail = next.catch(() => undefined);
      tails.set(key, tail);
      void tail.then(() => {
        if (tails.get(key) === tail) tails.delete(key);
      });
      return next;
    },
  };
};
