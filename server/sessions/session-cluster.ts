import { createHmac, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type pg from 'pg';
import { z } from 'zod';
import { actorSchema } from '../../game/index.ts';
import { AppError } from '../errors/app-error.ts';
import { parseBody, parseParams } from '../http/parse-request.ts';
import type { ServerMessages } from '../realtime/create-realtime.ts';
import type { ForwardItem, ForwardOutcome, HubCluster } from './hub-cluster.ts';
import type { SessionHub } from './session-hub.ts';
import { sessionIdSchema } from './session-id.ts';
import { createSessionLeases, type Holder, type LeaseOptions } from './session-lease.ts';

export type ClusterLogger = {
  info: (obj: object, msg: string) => void;
  warn: (obj: object, msg: string) => void;
};

export type SessionClusterOptions = {
  pool: pg.Pool;
  instanceId: string;
  /**
   * Where the other instances reach this one, e.g. http://app1:3000 (never the public address); when absent,
   * the address it listens on, given to `listening` (sessions/cluster-url.ts).
   */
  instanceUrl?: string;
  /** The shared key of the instances (security/secret-key.ts): forwarded actions are authenticated with it. */
  secretKey: Buffer;
  leaseMs?: number;
  renewMs?: number;
  logger?: ClusterLogger;
};

export const forwardPath = (sessionId: string) =>
  `/internal/sessions/${encodeURIComponent(sessionId)}/forward`;
const tokenHeader = 'x-cluster-token';
const advancedEvent = 'session-advanced';
const removedEvent = 'session-removed';

/** Network failures where the request surely never reached the holder, so sending it again cannot act twice. */
const neverReachedCodes = new Set([
  'ECONNREFUSED',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  'UND_ERR_CONNECT_TIMEOUT',
]);
const neverReached = (e: unknown) => {
  const cause = (e as { cause?: { code?: unknown } } | null)?.cause;
  return typeof cause?.code === 'string' && neverReachedCodes.has(cause.code);
};

const forwardBody = z
  .object({
    items: z
      .array(
        z.object({
          actor: actorSchema,
          body: z.object({ type: z.string().min(1).max(40) }).loose(),
          key: z.string().min(1).max(200).optional(),
        }),
      )
      .max(2000),
  })
  .strict();
const sessionParams = z.object({ id: sessionIdSchema }).strict();

/** Logged by the instance that takes a session over from one that stopped (the multi-instance suite reads it). */
export const takenOverMessage = 'session taken over, rebuilt from its action log';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Several server instances on one PostgreSQL (issue 14). Each session has one authority, the instance holding
 * its lease (session-lease.ts); an action that reaches another instance is forwarded to it over HTTP (the
 * lease row names its internal address) and answered as if decided here; every instance keeps a follower's
 * copy of the sessions its clients watch, catching up from the log when the holder announces more (through the
 * Socket.IO adapter) and by a check every second. When a holder dies its leases run out, and whichever
 * instance claims one first rebuilds that session from the action log and goes on deciding it.
 */
export const createSessionCluster = ({
  pool,
  instanceId,
  instanceUrl,
  secretKey,
  leaseMs = 4000,
  renewMs = 1000,
  logger,
}: SessionClusterOptions) => {
  let hub: SessionHub | undefined;
  let messages: ServerMessages | undefined;
  const token = createHmac('sha256', secretKey).update('monopolycentrisme cluster forwarding').digest();
  let url = instanceUrl;
  const leaseOptions: LeaseOptions = {
    pool,
    instanceId,
    instanceUrl: () => {
      if (!url) throw new Error('the cluster has no instance URL before the server listens');
      return url;
    },
    leaseMs,
    renewMs,
    onLost: (sessionId) => logger?.warn({ sessionId }, 'lease lost; following the new holder'),
    onError: (err) => logger?.warn({ err }, 'lease renewal failed'),
  };
  const leases = createSessionLeases(leaseOptions);
  /** The holder each followed session had when this instance last forwarded to it. */
  const elsewhere = new Map<string, Holder & { here: false }>();

  const claim = async (sessionId: string) => {
    try {
      return await leases.claim(sessionId);
    } catch (e) {
      // The lease row refers to the session: a deleted (or never created) one has none to take.
      if ((e as { code?: unknown }).code === '23503') throw new AppError('session_not_found');
      throw e;
    }
  };

  const forwardTo = async (
    url: string,
    sessionId: string,
    items: readonly ForwardItem[],
  ): Promise<ForwardOutcome[] | 'retry'> => {
    let response: Response;
    try {
      response = await fetch(`${url}${forwardPath(sessionId)}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [tokenHeader]: token.toString('base64url') },
        body: JSON.stringify({ items }),
        signal: AbortSignal.timeout(30_000),
      });
    } catch (e) {
      if (neverReached(e)) return 'retry';
      // It may have been decided before the connection broke: not sent again, the client decides.
      throw new AppError('unavailable', {}, { cause: e });
    }
    // The instance named in the lease no longer holds it (it just lost or released it): ask again.
    if (response.status === 409) return 'retry';
    if (!response.ok) throw new AppError('unavailable');
    return ((await response.json()) as { outcomes: ForwardOutcome[] }).outcomes;
  };

  const hubCluster: HubCluster = {
    claim: async (sessionId) => (await claim(sessionId)).here,
    place: async (sessionId, items) => {
      // Long enough for a dead holder's lease to run out and be taken by this instance.
      const deadline = Date.now() + 2 * leaseMs + 2000;
      let unreachable: string | undefined;
      for (;;) {
        // The last holder seen is asked again without a query; one that no longer holds says so (409).
        const holder = (!leases.holds(sessionId) && elsewhere.get(sessionId)) || (await claim(sessionId));
        if (holder.here) elsewhere.delete(sessionId);
        else elsewhere.set(sessionId, holder);
        if (holder.here) {
          // The holder could not be reached, and now its lease is ours: the batch rebuilds the copy from the log.
          if (unreachable) logger?.info({ sessionId, from: unreachable }, takenOverMessage);
          return { here: true, epoch: holder.epoch };
        }
        if (items.length === 0) return { here: false, outcomes: [] };
        const outcomes = await forwardTo(holder.url, sessionId, items);
        if (outcomes !== 'retry') return { here: false, outcomes };
        elsewhere.delete(sessionId);
        unreachable = holder.owner;
        if (Date.now() > deadline) throw new AppError('unavailable');
        await sleep(Math.min(250, renewMs));
      }
    },
    announce: (sessionId, seq) => messages?.serverSideEmit(advancedEvent, sessionId, seq),
    announceRemoved: (sessionId) => messages?.serverSideEmit(removedEvent, sessionId),
  };

  const tokenMatches = (sent: unknown) => {
    if (typeof sent !== 'string') return false;
    const given = Buffer.from(sent, 'base64url');
    return given.length === token.length && timingSafeEqual(given, token);
  };

  /** Every second: take over sessions whose holder stopped, and bring followed copies up to the log's end. */
  const sweep = async () => {
    if (!hub) return;
    for (const sessionId of await leases.orphans()) {
      // Held here already (created a moment ago, its lease row not yet visible to the query).
      if (leases.holds(sessionId)) continue;
      const holder = await claim(sessionId).catch(() => undefined);
      if (!holder?.here) continue;
      const started = Date.now();
      await hub.takeOver(sessionId);
      logger?.info({ sessionId, ms: Date.now() - started }, takenOverMessage);
    }
    const followed = hub.liveSeqs().filter(({ id }) => !leases.holds(id));
    if (followed.length === 0) return;
    const rows = await pool.query<{ id: string; last_seq: number }>(
      'SELECT id, last_seq FROM sessions WHERE id = ANY($1)',
      [followed.map((f) => f.id)],
    );
    const stored = new Map(rows.rows.map((r) => [r.id, r.last_seq]));
    for (const { id, seq } of followed) {
      const last = stored.get(id);
      if (last === undefined) await hub.dropped(id);
      else if (last > seq) await hub.catchUp(id);
    }
  };
  let sweeping: Promise<void> = Promise.resolve();
  let timer: NodeJS.Timeout | undefined;

  return {
    hubCluster,
    instanceId,
    holds: (sessionId: string) => leases.holds(sessionId),
    /** The server listens: its own address is the instance URL unless one was configured. */
    listening: (listeningUrl: string) => {
      url ??= listeningUrl;
    },
    /** Connects the cluster to this instance's hub and realtime once both exist. */
    attach: (sessionHub: SessionHub, serverMessages: ServerMessages) => {
      hub = sessionHub;
      messages = serverMessages;
      const follow = (task: () => Promise<void>) =>
        void task().catch((err: unknown) => logger?.warn({ err }, 'following another instance failed'));
      serverMessages.onServerMessage(advancedEvent, (sessionId) => {
        if (typeof sessionId === 'string') follow(() => sessionHub.catchUp(sessionId));
      });
      serverMessages.onServerMessage(removedEvent, (sessionId) => {
        if (typeof sessionId === 'string') follow(() => sessionHub.dropped(sessionId));
      });
    },
    /** The holder's end of forwarding; only the instances, with the shared key, may call it. */
    registerRoutes: (app: FastifyInstance) => {
      app.post('/internal/sessions/:id/forward', { bodyLimit: 4 * 1024 * 1024 }, async (request, reply) => {
        if (!tokenMatches(request.headers[tokenHeader])) throw new AppError('forbidden');
        const { id } = parseParams(request, sessionParams);
        const { items } = parseBody(request, forwardBody);
        if (!hub || !leases.holds(id)) return reply.code(409).send({ holder: false });
        return { outcomes: await hub.serveForwarded(id, items as ForwardItem[]) };
      });
    },
    start: () => {
      timer = setInterval(() => {
        sweeping = sweeping
          .then(sweep)
          .catch((err: unknown) => logger?.warn({ err }, 'cluster sweep failed'));
      }, renewMs);
      timer.unref();
    },
    /** Stops sweeping and hands the leases back, so the other instances take over at once. */
    stop: async () => {
      clearInterval(timer);
      await sweeping;
      await leases.stop();
    },
  };
};

export type SessionCluster = ReturnType<typeof createSessionCluster>;
