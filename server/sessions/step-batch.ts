import { type Actor, type GameState, serializeGame, step } from '../../game/index.ts';
import { gameRefusal } from './game-refusal.ts';
import type { Dispatched } from './session-hub.ts';

/** An action waiting for its session's next batch, with the callbacks of its dispatch. */
export type Queued = {
  actor: Actor;
  body: Record<string, unknown>;
  /** The client's name for the action (actor and id), when it gave one: the holder's dedupe key in a cluster. */
  key?: string;
  done: (result: Dispatched) => void;
  fail: (error: unknown) => void;
};

export type Outcome = { ok: true; result: Dispatched; changed: boolean } | { ok: false; error: unknown };

export type SteppedBatch = {
  state: GameState;
  /** The accepted actions that changed the state, in order: they go to the log as seq + 1, seq + 2, ... */
  logged: unknown[];
  /** The client's key of each logged action (undefined where it gave none), stored beside it. */
  keys: (string | undefined)[];
  outcomes: Outcome[];
  /** States right after a resolution, serialised at once (a later resolution changes the engine in place). */
  snapshots: { seq: number; text: string }[];
  ended: boolean;
};

/**
 * Runs the rules over a batch of actions in the order they came, each on the state the one before left:
 * exactly what one-by-one dispatch would do, so the log and its replay are the same. Each action gets the
 * server's time when the batch runs, and its log position.
 */
export const stepBatch = (
  start: GameState,
  seq: number,
  batch: readonly Queued[],
  clock: () => number,
): SteppedBatch => {
  const out: SteppedBatch = { state: start, logged: [], keys: [], outcomes: [], snapshots: [], ended: false };
  for (const { actor, body, key } of batch) {
    const action = { ...body, actor, at: clock() };
    const before = out.state;
    const result = step(before, action);
    if (!result.ok) {
      out.outcomes.push({ ok: false, error: gameRefusal(result.error) });
      continue;
    }
    const effects = result.effects ?? [];
    // A no-op (a timer tick before the deadline) returns the same state: nothing to log or tell.
    const changed = result.state !== before;
    if (changed) {
      out.logged.push(action);
      out.keys.push(key);
      out.state = result.state;
      out.ended ||= result.state.status === 'ended' && before.status !== 'ended';
      if (effects.some((x) => x.kind === 'round-resolved'))
        out.snapshots.push({ seq: seq + out.logged.length, text: serializeGame(result.state) });
    }
    out.outcomes.push({
      ok: true,
      changed,
      result: { state: out.state, effects, seq: seq + out.logged.length },
    });
  }
  return out;
};
