import type { Server as HttpServer } from 'node:http';
import type { FastifyBaseLogger } from 'fastify';
import { Server, type ServerOptions, type Socket } from 'socket.io';
import type { ZodType } from 'zod';
import { AppError, errorBody } from '../errors/app-error.ts';
import { type Language, pickLanguage } from '../errors/language.ts';
import { parseInput } from '../errors/parse-input.ts';
import { toAppError } from '../errors/to-app-error.ts';
import { createTokenBucket, type TokenBucketLimiter } from '../http/token-bucket.ts';
import { type Connection, type ConnectionData, roomOf, toConnection } from './connection.ts';
import {
  type Envelope,
  envelopeSchema,
  errorMessageType,
  type Handshake,
  handshakeSchema,
  messageEvent,
  type Reply,
} from './message-envelope.ts';

export type RealtimeLogger = Pick<FastifyBaseLogger, 'info' | 'warn' | 'error'>;

export type RealtimeOptions<P, M extends Envelope> = {
  /** Who is connecting: a principal, or undefined to refuse (403). May throw an AppError (404, ...). */
  authenticate: (handshake: Handshake, meta: { address: string }) => P | undefined | Promise<P | undefined>;
  /** The game's schema for inbound messages (an envelope whose payload is narrowed per type). */
  messageSchema: ZodType<M>;
  /** Handles one validated message; its result is the acknowledgement. Messages of one client run in order. */
  onMessage: (connection: Connection<P>, message: M) => unknown;
  /** After authentication; throwing refuses the client (it gets an error envelope and is disconnected). */
  onConnect?: (connection: Connection<P>) => void | Promise<void>;
  onDisconnect?: (connection: Connection<P>, reason: string) => void | Promise<void>;
  /** Largest inbound message; a bigger one closes the connection (Socket.IO's maxHttpBufferSize). */
  maxMessageBytes?: number;
  /** Handshake attempts per address (a budget of their own; HTTP joining has another, http/rate-limits.ts). */
  handshakeLimiter?: TokenBucketLimiter;
  /** Messages per connection: a burst, then a steady rate; excess is refused with `rate_limited`. */
  messageRate?: { capacity: number; refillPerSecond: number };
  trustProxy?: boolean;
  logger?: RealtimeLogger;
  /**
   * A group within the session's room that `broadcast` can address apart (the facilitators), or undefined.
   * Groups are rooms, so with a cluster adapter they span the instances too.
   */
  groupOf?: (principal: P) => string | undefined;
  /**
   * Socket.IO's adapter: the default keeps rooms in this process; realtime/pg-adapter.ts spans the instances
   * of a cluster through PostgreSQL (room broadcasts and messages between servers).
   */
  adapter?: ServerOptions['adapter'];
};

export type Realtime<P> = {
  /** Sends an envelope to every client of a session (of one group of it, see `groupOf`), on every instance. */
  broadcast(sessionId: string, type: string, payload?: unknown, group?: string): void;
  /** Sends one envelope to the given connections, encoded once however many they are. */
  sendTo(connectionIds: readonly string[], type: string, payload?: unknown): void;
  /** The clients of a session now connected to this instance, for per-role sends. */
  connections(sessionId: string): Connection<P>[];
  /**
   * Who is connected to a session on any instance: each instance answers with its own clients through the
   * adapter (this instance alone without a cluster adapter, or when another instance does not answer in time).
   */
  members(sessionId: string): Promise<P[]>;
  /** Refuses new clients and drops the connected ones without a "go away" packet, so they reconnect later. */
  close(): Promise<void>;
};

/** Messages between the server instances of a cluster, through the adapter; nothing is sent without one. */
export type ServerMessages = {
  serverSideEmit(event: string, ...args: (string | number)[]): void;
  onServerMessage(event: string, listener: (...args: unknown[]) => void): void;
};

export const defaultMaxMessageBytes = 64 * 1024;
export const defaultMessageRate = { capacity: 30, refillPerSecond: 10 } as const;
/**
 * Socket handshakes per client address: a burst of 300 (a lecture hall behind one NAT address connecting at
 * once), then 5 per second. Its own budget, apart from HTTP joining (http/rate-limits.ts).
 */
export const defaultHandshakeRateLimit = { capacity: 300, refillPerSecond: 5 } as const;

const roomOfGroup = (sessionId: string, group: string) => `${roomOf(sessionId)}:${group}`;
/**
 * The server-to-server question "who of this session is connected to you?" (members). The adapter waits for
 * the answers at most its request timeout (5 s); an instance that died is not waited for once its heartbeat
 * has run out (realtime/pg-adapter.ts).
 */
const membersEvent = 'session-members';

const silent: RealtimeLogger = { info: () => undefined, warn: () => undefined, error: () => undefined };

const addressOf = (socket: Socket, trustProxy: boolean): string => {
  const forwarded = socket.handshake.headers['x-forwarded-for'];
  const first = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(',')[0]?.trim();
  return trustProxy && first ? first : socket.handshake.address;
};

// Socket.IO hands the error's `data` to the client's connect_error listener.
const refusal = (error: AppError, language: Language) =>
  Object.assign(new Error(error.code), { data: errorBody(error, language) });

/** Attaches Socket.IO to the HTTP server: authenticated clients join their session's room; messages are validated. */
export const createRealtime = <P, M extends Envelope>(
  httpServer: HttpServer,
  options: RealtimeOptions<P, M>,
): Realtime<P> & ServerMessages => {
  const { trustProxy = false, logger = silent } = options;
  const io = new Server(httpServer, {
    maxHttpBufferSize: options.maxMessageBytes ?? defaultMaxMessageBytes,
    // The web clients bundle socket.io-client; nothing else needs to be served.
    serveClient: false,
    ...(options.adapter ? { adapter: options.adapter } : {}),
  });
  const connectionData = new WeakMap<Socket, ConnectionData<P>>();
  let closing = false;

  io.use(async (socket, next) => {
    const address = addressOf(socket, trustProxy);
    let language = pickLanguage(socket.handshake.headers['accept-language']);
    try {
      if (closing) throw new AppError('unavailable');
      const limited = options.handshakeLimiter?.take(address);
      if (limited && !limited.allowed)
        throw new AppError('rate_limited', { retryAfterSeconds: limited.retryAfterSeconds });
      const handshake = parseInput(handshakeSchema, socket.handshake.auth, language);
      language = handshake.language ?? language;
      const principal = await options.authenticate(handshake, { address });
      if (principal === undefined) throw new AppError('forbidden');
      connectionData.set(socket, { sessionId: handshake.sessionId, principal, language, address });
      next();
    } catch (e) {
      const error = toAppError(e);
      if (error.status >= 500) logger.error({ err: e }, 'socket handshake failed');
      next(refusal(error, language));
    }
  });

  io.on('connection', (socket) => attach(socket, connectionData.get(socket)!, options, logger));

  const connections = (sessionId: string) =>
    [...(io.sockets.adapter.rooms.get(roomOf(sessionId)) ?? [])].flatMap((id) => {
      const socket = io.sockets.sockets.get(id);
      const data = socket && connectionData.get(socket);
      return socket && data ? [toConnection(socket, data)] : [];
    });
  // The other instances ask who of a session is connected here (members).
  if (options.adapter)
    io.on(membersEvent, (sessionId: unknown, answer: unknown) => {
      if (typeof answer !== 'function') return;
      answer(typeof sessionId === 'string' ? connections(sessionId).map((c) => c.principal) : []);
    });

  return {
    broadcast: (sessionId, type, payload, group) =>
      io
        .to(group === undefined ? roomOf(sessionId) : roomOfGroup(sessionId, group))
        .emit(messageEvent, { type, payload }),
    // Every socket is in a room named by its id. Local: these are this instance's own connections, and a view
    // must not travel to the other instances through the adapter.
    sendTo: (ids, type, payload) => {
      if (ids.length > 0) io.local.to([...ids]).emit(messageEvent, { type, payload });
    },
    serverSideEmit: (event, ...args) => {
      io.serverSideEmit(event, ...args);
    },
    onServerMessage: (event, listener) => {
      io.on(event, listener);
    },
    connections,
    members: async (sessionId) => {
      const here = connections(sessionId).map((c) => c.principal);
      if (!options.adapter) return here;
      try {
        // Not fetchSockets: that would send every socket's handshake, tokens included, through the database.
        const answers: unknown[] = await io.serverSideEmitWithAck(membersEvent, sessionId);
        return [...here, ...answers.filter(Array.isArray).flat()];
      } catch (err) {
        // An instance that died has not left the adapter yet (heartbeat timeout): the others' answers only.
        logger.warn({ err, sessionId }, 'members of an instance unknown');
        const partial = (err as { responses?: unknown[] }).responses ?? [];
        return [...here, ...partial.filter(Array.isArray).flat()];
      }
    },
    close: async () => {
      closing = true;
      // Not io.close(): that also closes the HTTP server, which belongs to the app and is closed by it.
      io.engine.close();
      // A cluster adapter lets go of its LISTEN connection and heartbeat, so the database pool can close.
      await io.of('/').adapter.close();
    },
  };
};

const attach = <P, M extends Envelope>(
  socket: Socket,
  data: ConnectionData<P>,
  options: RealtimeOptions<P, M>,
  logger: RealtimeLogger,
) => {
  const connection = toConnection(socket, data);
  const bucket = createTokenBucket({ ...(options.messageRate ?? defaultMessageRate), maxKeys: 1 });
  const group = options.groupOf?.(data.principal);
  socket.join([roomOf(data.sessionId), ...(group === undefined ? [] : [roomOfGroup(data.sessionId, group)])]);

  const fail = (e: unknown, ack: unknown) => {
    const error = toAppError(e);
    if (error.status >= 500) logger.error({ err: e, socket: socket.id }, 'socket message failed');
    const body = errorBody(error, data.language);
    if (typeof ack === 'function') ack({ ok: false, ...body } satisfies Reply);
    else connection.send(errorMessageType, body.error);
  };

  let refused = false;
  const handle = async (raw: unknown, ack: unknown) => {
    if (refused) return;
    try {
      const taken = bucket.take(socket.id);
      if (!taken.allowed) throw new AppError('rate_limited', { retryAfterSeconds: taken.retryAfterSeconds });
      const envelope = parseInput(envelopeSchema, raw, data.language, 'invalid_message');
      const message = parseInput(options.messageSchema, envelope, data.language, 'invalid_message');
      const result = await options.onMessage(connection, message);
      if (typeof ack === 'function') ack({ ok: true, result } satisfies Reply);
    } catch (e) {
      fail(e, ack);
    }
  };

  // One queue per client: its messages are handled in the order sent, and only after onConnect has finished.
  let queue: Promise<unknown> = Promise.resolve()
    .then(() => options.onConnect?.(connection))
    .catch((e: unknown) => {
      refused = true;
      fail(e, undefined);
      socket.disconnect(true);
    });
  socket.on(messageEvent, (raw: unknown, ack: unknown) => {
    queue = queue.then(() => handle(raw, ack));
  });
  socket.onAny((event: string, ...args: unknown[]) => {
    if (event !== messageEvent) fail(new AppError('invalid_message'), args.at(-1));
  });
  socket.on('disconnect', (reason) => {
    // A client refused by onConnect never joined, so it does not leave either.
    queue = queue
      .then(() => (refused ? undefined : options.onDisconnect?.(connection, reason)))
      .catch((e: unknown) => {
        logger.error({ err: e, socket: socket.id }, 'disconnect hook failed');
      });
  });
};
