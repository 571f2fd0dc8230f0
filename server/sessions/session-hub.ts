import {
  type Actor,
  createGame,
  type Effect,
  errorMessages,
  findSeatByRejoinCode,
  findSeatByToken,
  type GameConfig,
  type GameState,
  parseGameConfig,
  serializeGame,
} from '../../game/index.ts';
import { AppError } from '../errors/app-error.ts';
import { createSecretHasher, processSecretKey, type SecretHasher } from '../security/secret-key.ts';
import {
  createFacilitatorToken,
  createSeatToken,
  hashToken,
  tokenMatchesHash,
} from '../security/secret-token.ts';
import { createJoinCode, createRejoinCode } from '../security/session-codes.ts';
import type { SessionRecord, SessionStore } from '../storage/session-store.ts';
import { isStoreError } from '../storage/store-error.ts';
import { createActionIds } from './action-ids.ts';
import type { AppliedKeys } from './applied-keys.ts';
import { createFollowedSessions } from './followed-sessions.ts';
import { createForwardedActions } from './forwarded-actions.ts';
import { gameRefusal } from './game-refusal.ts';
import type { HubCluster } from './hub-cluster.ts';
import { createLiveCopies, type Live } from './live-copies.ts';
import { createSessionLock } from './session-lock.ts';
import type { Principal } from './session-principal.ts';
import { type Queued, type SteppedBatch, stepBatch } from './step-batch.ts';

export type HubClock = () => number;

export type CreatedSession = { record: SessionRecord; facilitatorToken: string; state: GameState };
export type SeatCredentials = { sessionId: string; seatId: string; seatToken: string; rejoinCode: string };

/**
 * Told after every accepted, logged action, inside the session's lock and before the acknowledgement: keep it
 * short (the realtime layer only marks the session for its next coalesced broadcast, the timer re-arms).
 */
export type ChangeListener = (sessionId: string, state: GameState, effects: readonly Effect[]) => void;

/** What an accepted action gives back: the new state, its effects and its place in the log (the view version). */
export type Dispatched = { state: GameState; effects: Effect[]; seq: number };

export type SessionHubOptions = {
  store: SessionStore;
  clock?: HubClock;
  /** A seed for sessions created without one; injected so tests are repeatable. */
  newSeed?: () => number;
  newId?: () => string;
  /** Keyed hash of seat tokens and rejoin codes (security/secret-key.ts): only these reach the log. */
  hashSecret?: SecretHasher;
  /**
   * Several instances on one database (session-cluster.ts): this hub decides only the sessions whose lease it
   * holds, forwards the others' actions to their holder and keeps a follower's copy of them from the log.
   */
  cluster?: HubCluster;
};

/**
 * Actions that carry a seat's secrets: only the server mints those (POST /api/join and /api/rejoin), so a
 * client that sends one is refused before the rules see it and cannot choose or probe a token.
 */
export const serverOnlyActionTypes: ReadonlySet<string> = new Set(['join', 'rejoin']);
const notAuthorised = { code: 'not-authorised', message: errorMessages['not-authorised'] } as const;

/**
 * The one authority over live sessions (boardgame.io's Master): every change goes through `dispatch`, which
 * runs the pure rules, appends the action to the store's log and only then makes the new state current;
 * actions that arrive while a session is busy are committed together (step-batch.ts). A
 * session not in memory (after a restart) is rebuilt from its snapshot and log on first use.
 */
export const createSessionHub = ({
  store,
  clock = Date.now,
  newSeed = () => Math.floor(Math.random() * 2 ** 32),
  newId = () => createSeatToken().slice(0, 22),
  hashSecret = createSecretHasher(processSecretKey),
  cluster,
}: SessionHubOptions) => {
  const lock = createSessionLock();
  const listeners: ChangeListener[] = [];
  const removeListeners: Array<(sessionId: string) => void> = [];
  const actionIds = createActionIds();
  const tell = (sessionId: string, state: GameState, effects: readonly Effect[]) => {
    for (const listen of listeners) listen(sessionId, state, effects);
  };
  const removed = (sessionId: string) => {
    for (const listen of removeListeners) listen(sessionId);
  };
  const copies = createLiveCopies(store, tell);
  const { load } = copies;

  /** Writes a batch's accepted actions with one append, then makes its state current. */
  const persist = async (entry: Live, stepped: SteppedBatch) => {
    if (stepped.logged.length === 0) return;
    await store.appendActions(entry.record.id, entry.seq + 1, stepped.logged, stepped.keys);
    for (const [i, key] of stepped.keys.entries()) entry.applied.add(key, entry.seq + 1 + i);
    entry.seq += stepped.logged.length;
    entry.state = stepped.state;
    // An ended session stays readable (export, replay) but is no longer resumed at start-up.
    if (stepped.ended) {
      entry.record = { ...entry.record, status: 'finished' };
      await store.setStatus(entry.record.id, 'finished');
    }
    for (const { seq, text } of stepped.snapshots) await store.putSnapshot(entry.record.id, seq, text);
  };

  /**
   * Commits a batch (group commit): every action that came while the session was busy, stepped in order and
   * logged in one write, so a lecture hall's burst costs one flush to disk instead of one per action. Nothing
   * is acknowledged before it is logged.
   */
  const commitBatch = async (sessionId: string, batch: readonly Queued[]) => {
    let epoch: number | undefined;
    if (cluster) {
      let placed: Awaited<ReturnType<HubCluster['place']>>;
      try {
        placed = await cluster.place(
          sessionId,
          batch.map(({ actor, body, key }) => ({ actor, body, ...(key ? { key } : {}) })),
        );
      } catch (e) {
        for (const q of batch) q.fail(e);
        return;
      }
      if (!placed.here) return forwarded.settle(sessionId, batch, placed.outcomes);
      epoch = placed.epoch;
    }
    let stepped: SteppedBatch;
    let split: ReturnType<AppliedKeys['partition']>;
    let entry: Live;
    try {
      entry = await load(sessionId);
      // Held here now, perhaps only since a takeover: decide on the whole log, whoever wrote its end. Within
      // one uninterrupted hold nobody else writes, so the log is read once per hold, not once per batch.
      if (epoch !== undefined && entry.epoch !== epoch) {
        await copies.catchUp(entry);
        entry.epoch = epoch;
      }
      // A retry of an action that is in the log already (perhaps logged by a holder that died before its
      // acknowledgement) is answered with its place there and not run again.
      split = entry.applied.partition(batch);
      stepped = stepBatch(entry.state, entry.seq, split.fresh, clock);
      await persist(entry, stepped);
      if (cluster && stepped.logged.length > 0) cluster.announce(sessionId, entry.seq);
    } catch (e) {
      // The rules may have advanced the engine in place: forget this copy, the log is the truth.
      copies.forget(sessionId);
      for (const q of batch) q.fail(e);
      return;
    }
    for (const [i, o] of stepped.outcomes.entries()) {
      if (o.ok && o.changed) tell(sessionId, o.result.state, o.result.effects);
      if (o.ok) split.fresh[i]!.done(o.result);
      else split.fresh[i]!.fail(o.error);
    }
    for (const { item, seq } of split.repeats) item.done({ state: entry.state, effects: [], seq });
  };

  const queues = new Map<string, Queued[]>();
  /** Queues an action for its session's next batch, which runs under the session's lock. */
  const run = (sessionId: string, actor: Actor, body: Record<string, unknown>, key?: string) =>
    new Promise<Dispatched>((done, fail) => {
      const item = { actor, body, ...(key ? { key } : {}), done, fail };
      const waiting = queues.get(sessionId);
      if (waiting) return void waiting.push(item);
      const batch = [item];
      queues.set(sessionId, batch);
      void lock.run(sessionId, () => {
        // From here on, new actions wait for the next batch.
        queues.delete(sessionId);
        return commitBatch(sessionId, batch);
      });
    });

  /**
   * Runs one action for an authenticated actor; refusals are AppErrors with the game's reason. Actions that
   * carry a seat's secrets come only from the server (join, rejoin). With an `actionId` (the client's own name
   * for the action) a repeat of the same id by the same actor gets the first answer and changes nothing
   * (action-ids.ts); the id is logged with the action, so a new authority knows it too (applied-keys.ts).
   */
  const dispatch = (
    sessionId: string,
    actor: Actor,
    body: Record<string, unknown>,
    actionId?: string,
  ): Promise<Dispatched> => {
    if (typeof body.type === 'string' && serverOnlyActionTypes.has(body.type))
      return Promise.reject(gameRefusal(notAuthorised));
    if (actionId === undefined) return run(sessionId, actor, body);
    const key = `${actor.kind}:${'seatId' in actor ? actor.seatId : ''}:${actionId}`;
    return actionIds.once(sessionId, key, () => run(sessionId, actor, body, key));
  };

  const create = async (input: Record<string, unknown>): Promise<CreatedSession> => {
    const parsed = parseGameConfig({ seed: newSeed(), ...input });
    if (!parsed.ok) throw new AppError('invalid_request', { issues: parsed.issues });
    const config: GameConfig = parsed.config;
    const state = createGame(config);
    const facilitatorToken = createFacilitatorToken();
    for (let attempt = 0; ; attempt++) {
      const meta = {
        id: newId(),
        joinCode: await createJoinCode(store),
        facilitatorTokenHash: hashToken(facilitatorToken),
        createdAt: new Date(clock()).toISOString(),
        config,
      };
      try {
        const record = await store.createSession(meta);
        await store.putSnapshot(record.id, 0, serializeGame(state));
        copies.add(record, state);
        // Its creator is its first authority.
        await cluster?.claim(record.id);
        return { record, facilitatorToken, state };
      } catch (e) {
        // Two sessions drew the same free code at once: draw again (see createJoinCode).
        if (attempt < 3 && isStoreError(e, 'duplicate_join_code')) continue;
        throw e;
      }
    }
  };

  const join = async (
    sessionId: string,
    seat: { displayName: string; municipalityId?: string; role?: string },
  ): Promise<SeatCredentials> => {
    const entry = await load(sessionId);
    const seatId = newId();
    const seatToken = createSeatToken();
    const rejoinCode = await createRejoinCode(
      (c) => findSeatByRejoinCode(entry.state, hashSecret(c)) !== undefined,
    );
    const secrets = { seatToken: hashSecret(seatToken), rejoinCode: hashSecret(rejoinCode) };
    await run(sessionId, { kind: 'seat', seatId }, { type: 'join', ...seat, seatId, ...secrets });
    return { sessionId, seatId, seatToken, rejoinCode };
  };

  /** A returning student: the rejoin code finds the seat, which gets a fresh token (the old one stops). */
  const rejoin = async (sessionId: string, rejoinCode: string): Promise<SeatCredentials> => {
    const entry = await load(sessionId);
    const seat = findSeatByRejoinCode(entry.state, hashSecret(rejoinCode));
    if (!seat) throw new AppError('forbidden');
    const seatToken = createSeatToken();
    await run(
      sessionId,
      { kind: 'seat', seatId: seat.id },
      { type: 'rejoin', seatToken: hashSecret(seatToken) },
    );
    return { sessionId, seatId: seat.id, seatToken, rejoinCode };
  };

  /** The principal a token stands for in a session, or undefined when it stands for nothing there. */
  const authenticate = async (sessionId: string, token: string): Promise<Principal | undefined> => {
    const entry = await load(sessionId);
    if (tokenMatchesHash(token, entry.record.facilitatorTokenHash)) return { kind: 'facilitator', sessionId };
    let seat = findSeatByToken(entry.state, hashSecret(token));
    if (!seat && cluster) {
      // A student who just joined through another instance: this follower's copy may not show the seat yet.
      await followed.catchUp(sessionId);
      seat = findSeatByToken((await load(sessionId)).state, hashSecret(token));
    }
    return seat ? { kind: 'seat', sessionId, seatId: seat.id } : undefined;
  };

  const forwarded = createForwardedActions({ copies, run, actionIds });
  const followed = createFollowedSessions({ copies, lock, tell, removed });

  return {
    create,
    ...followed,
    /** The holder's side of forwarding (forwarded-actions.ts). */
    serveForwarded: forwarded.serve,
    join,
    rejoin,
    dispatch,
    authenticate,
    /** The current state and log position (read-only use: projections, export). */
    // Under the session's lock: a resolution advances the engine in place before the action is logged, so a
    // read between the two would pair last round's game state with next year's engine.
    current: (sessionId: string) =>
      lock.run(sessionId, async () => {
        const { state, seq, record } = await load(sessionId);
        // The record was read when the session was loaded; its lastSeq moves with the log.
        return { state, seq, record: { ...record, lastSeq: seq } };
      }),
    /**
     * Runs `read` on the current state and log position inside the session's lock, so nothing changes while it
     * reads (views are built this way: a resolution changes the engine state in place).
     */
    read: <T>(sessionId: string, read: (state: GameState, seq: number) => T): Promise<T> =>
      lock.run(sessionId, async () => {
        const { state, seq } = await load(sessionId);
        return read(state, seq);
      }),
    findByJoinCode: (code: string) => store.findByJoinCode(code),
    /**
     * Deletes a session for good (retention, or the facilitator's "delete now"), under its lock so no action
     * lands half-way; connected clients are told through `onRemove`.
     */
    remove: (sessionId: string) =>
      lock.run(sessionId, async () => {
        await store.deleteSession(sessionId).catch((e: unknown) => {
          throw isStoreError(e, 'session_not_found') ? new AppError('session_not_found') : e;
        });
        copies.forget(sessionId);
        removed(sessionId);
        cluster?.announceRemoved(sessionId);
      }),
    onRemove: (listener: (sessionId: string) => void) => void removeListeners.push(listener),
    onChange: (listener: ChangeListener) => void listeners.push(listener),
    /** Sessions in memory, for the timer service after a restart. */
    liveSessionIds: copies.ids,
    /**
     * Loads every active session (at start-up). One that no longer replays (its log refused by changed
     * rules) is reported and skipped, so it cannot keep the others from resuming.
     */
    loadActive: async (onBroken: (sessionId: string, error: unknown) => void = () => undefined) => {
      for (const record of await store.listSessions()) {
        if (record.status !== 'active') continue;
        // With several instances, each resumes the sessions it can take; the others follow when asked.
        if (cluster && !(await cluster.claim(record.id).catch(() => false))) continue;
        await load(record.id).catch((e: unknown) => onBroken(record.id, e));
      }
    },
  };
};

export type SessionHub = ReturnType<typeof createSessionHub>;
