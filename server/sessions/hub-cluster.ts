import type { Actor, Effect } from '../../game/index.ts';
import type { ErrorDetails } from '../errors/app-error.ts';
import type { ErrorCode } from '../errors/error-catalog.ts';

/** One action as the instance that received it hands it to the session's holder. */
export type ForwardItem = { actor: Actor; body: Record<string, unknown>; key?: string };

/** The holder's answer to one forwarded action: its log position, or the refusal to pass on. */
export type ForwardOutcome =
  | { ok: true; effects: Effect[]; seq: number }
  | { ok: false; code: ErrorCode; details: ErrorDetails };

/**
 * What the session hub needs from a cluster of instances on one database (session-cluster.ts): who decides a
 * session's actions now, and telling the other instances that a log grew or a session went.
 */
export type HubCluster = {
  /** Takes the session's lease when it is free or run out; true when this instance holds it now. */
  claim(sessionId: string): Promise<boolean>;
  /**
   * `here` when this instance holds the session (taking its lease if it can), with the epoch of its hold (the
   * same epoch: nobody else wrote to the log since); otherwise the batch has been decided by the holder, and
   * these are its outcomes, in order.
   */
  place(
    sessionId: string,
    items: readonly ForwardItem[],
  ): Promise<{ here: true; epoch: number } | { here: false; outcomes: ForwardOutcome[] }>;
  /** The session's log grew here, to `seq`. */
  announce(sessionId: string, seq: number): void;
  /** The session was deleted here. */
  announceRemoved(sessionId: string): void;
};
