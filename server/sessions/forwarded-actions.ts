import type { Actor } from '../../game/index.ts';
import { AppError } from '../errors/app-error.ts';
import type { createActionIds } from './action-ids.ts';
import type { ForwardItem, ForwardOutcome } from './hub-cluster.ts';
import type { Live, LiveCopies } from './live-copies.ts';
import type { Dispatched } from './session-hub.ts';
import type { Queued } from './step-batch.ts';

type Run = (
  sessionId: string,
  actor: Actor,
  body: Record<string, unknown>,
  key?: string,
) => Promise<Dispatched>;

/**
 * Both ends of an action that reached an instance which does not hold its session (issue 14): the holder runs
 * the forwarded batch as its own, and the instance that received it answers its clients once its follower's
 * copy shows what the holder logged.
 */
export const createForwardedActions = ({
  copies,
  run,
  actionIds,
}: {
  copies: LiveCopies;
  run: Run;
  actionIds: ReturnType<typeof createActionIds>;
}) => ({
  /** Answers a batch that the session's holder decided, once this copy shows what it acknowledged. */
  settle: async (sessionId: string, batch: readonly Queued[], outcomes: ForwardOutcome[]) => {
    let entry: Live | undefined;
    let failure: unknown;
    try {
      entry = await copies.load(sessionId);
      await copies.catchUp(entry);
    } catch (e) {
      failure = e;
    }
    for (const [i, q] of batch.entries()) {
      const o = outcomes[i];
      if (!o || !entry) q.fail(new AppError('unavailable', {}, { cause: failure }));
      else if (o.ok) q.done({ state: entry.state, effects: o.effects, seq: o.seq });
      else q.fail(new AppError(o.code, o.details));
    }
  },
  /**
   * The holder's side: runs a batch another instance received, in its order, as one batch here, and answers
   * each action with its outcome (never throws for one action's refusal).
   */
  serve: (sessionId: string, items: readonly ForwardItem[]) =>
    Promise.all(
      items.map((item) =>
        // A client that sends again through another instance is answered once here too.
        (item.key
          ? actionIds.once(sessionId, item.key, () => run(sessionId, item.actor, item.body, item.key))
          : run(sessionId, item.actor, item.body)
        ).then(
          ({ effects, seq }): ForwardOutcome => ({ ok: true, effects, seq }),
          (e: unknown): ForwardOutcome => {
            // Anything but a user-facing refusal (a lost lease's seq conflict, a broken store) is "try later".
            const error = e instanceof AppError ? e : new AppError('unavailable', {}, { cause: e });
            return { ok: false, code: error.code, details: error.details };
          },
        ),
      ),
    ),
});
