/**
 * Where sessions live: each session is its metadata plus an append-only action log (the truth) and optional
 * state snapshots (a cache, rebuildable by replaying the log). The interface is async so that a PostgreSQL
 * implementation can be added later behind the same contract suite (session-store-contract.ts).
 */

/** A JSON value, as the store reads it back. */
export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

/**
 * The server's lifecycle of a session record, not the game's phases (those live in the action log): active
 * sessions are loaded again after a restart; finished ones stay readable for export and replay.
 */
export const sessionStatuses = ['active', 'finished', 'archived'] as const;
export type SessionStatus = (typeof sessionStatuses)[number];

export type NewSession = {
  id: string;
  /** Unique over all sessions, as the caller normalised it (see security/codes.ts). */
  joinCode: string;
  /** SHA-256 of the facilitator token; the token itself is never stored. */
  facilitatorTokenHash: string;
  /** ISO 8601 time of creation, from the caller's clock. */
  createdAt: string;
  /** The session's settings (scenario, municipalities, rounds, ...); any JSON value. */
  config: unknown;
};

export type SessionRecord = {
  id: string;
  joinCode: string;
  facilitatorTokenHash: string;
  createdAt: string;
  config: JsonValue;
  status: SessionStatus;
  /** Sequence number of the last action, 0 while the log is empty. */
  lastSeq: number;
};

/**
 * One entry of the log. `key` is the client's own name for the action (actor and action id, when it gave one):
 * kept beside the action, never inside it, so replay reads exactly what the rules accepted.
 */
export type LoggedAction = { seq: number; action: JsonValue; key?: string };
/** A client's action key in the log and the seq it was logged at (the durable half of idempotent actions). */
export type LoggedKey = { seq: number; key: string };
export type Snapshot = { seq: number; text: string };

export type SessionStore = {
  /** Adds a session with status `active`; StoreError `duplicate_session` or `duplicate_join_code`. */
  createSession(meta: NewSession): Promise<SessionRecord>;
  /**
   * Appends one action. `seq` must be exactly lastSeq + 1 (so the first action is 1): optimistic concurrency
   * that turns a lost race or a double submit into StoreError `seq_conflict` instead of a forked log.
   * The action must survive JSON exactly (reads back equal, except -0 as 0); anything JSON would drop or
   * change (undefined, NaN, a Date, a Map, a cycle) is refused with `invalid_json` and nothing is written.
   */
  appendAction(sessionId: string, seq: number, action: unknown): Promise<void>;
  /**
   * Appends several actions at once, `firstSeq` and on, in one write (one flush to disk for a burst of a
   * lecture hall's actions): all of them or, on any refusal as for appendAction, none. `keys[i]`, when given,
   * is the client's key of `actions[i]`, stored with it (readLog, readActionKeys).
   */
  appendActions(
    sessionId: string,
    firstSeq: number,
    actions: readonly unknown[],
    keys?: readonly (string | undefined)[],
  ): Promise<void>;
  /** The log in seq order, from `fromSeq` (inclusive, default 1). */
  readLog(sessionId: string, fromSeq?: number): Promise<LoggedAction[]>;
  /**
   * The last `limit` client keys in the session's log, in seq order, snapshots notwithstanding: what a new
   * authority (a restart, a takeover) needs to answer a retry of an action that is logged already.
   */
  readActionKeys(sessionId: string, limit: number): Promise<LoggedKey[]>;
  getSession(id: string): Promise<SessionRecord | undefined>;
  /** Exact match on the stored join code. */
  findByJoinCode(joinCode: string): Promise<SessionRecord | undefined>;
  /** All sessions, oldest first. */
  listSessions(): Promise<SessionRecord[]>;
  setStatus(id: string, status: SessionStatus): Promise<void>;
  /** Caches the serialised state after action `seq` (0 = initial state); replaces one at the same seq. */
  putSnapshot(sessionId: string, seq: number, text: string): Promise<void>;
  /** The snapshot with the highest seq, at or before `atOrBeforeSeq` when given (replay of an earlier round). */
  latestSnapshot(sessionId: string, atOrBeforeSeq?: number): Promise<Snapshot | undefined>;
  /**
   * Drops cached snapshots of one session, or of all when no id is given (after an engine change made them
   * stale). Never touches the log.
   */
  deleteSnapshots(sessionId?: string): Promise<void>;
  /**
   * Removes a session with its log and snapshots for good (retention, or the facilitator's "delete now"); its
   * join code becomes free. StoreError `session_not_found` for an unknown id.
   */
  deleteSession(id: string): Promise<void>;
  /** Throws when the store cannot serve requests (closed or broken); used by the health check. */
  check(): Promise<void>;
  close(): Promise<void>;
};
