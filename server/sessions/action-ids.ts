import { AppError } from '../errors/app-error.ts';

/**
 * Idempotent actions (issue 10): a client names each action with an id of its own and sends it again when the
 * acknowledgement is late or lost; the second send gets the first one's answer instead of acting twice. The
 * answers of the last `limit` ids per session are kept in memory (assumption: 2,000, several times what a
 * full lecture hall sends in the minute a retry can take). A refusal by the rules is an answer too; a failure
 * of the server itself is forgotten, so the retry runs again.
 */
export const createActionIds = (limit = 2000) => {
  const sessions = new Map<string, Map<string, Promise<unknown>>>();
  return {
    once: <T>(sessionId: string, key: string, run: () => Promise<T>): Promise<T> => {
      const seen = sessions.get(sessionId) ?? new Map<string, Promise<unknown>>();
      sessions.set(sessionId, seen);
      const found = seen.get(key);
      if (found) return found as Promise<T>;
      const answer = run();
      seen.set(key, answer);
      if (seen.size > limit) seen.delete(seen.keys().next().value as string);
      answer.catch((e: unknown) => {
        if (!(e instanceof AppError && e.code === 'action_refused')) seen.delete(key);
      });
      return answer;
    },
    forget: (sessionId: string) => void sessions.delete(sessionId),
  };
};
