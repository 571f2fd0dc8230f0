import type { Server as HttpServer } from 'node:http';
import { z } from 'zod';
import { AppError } from '../errors/app-error.ts';
import type { TokenBucketLimiter } from '../http/token-bucket.ts';
import { createRealtime, type RealtimeLogger } from '../realtime/create-realtime.ts';
import { envelopeSchema } from '../realtime/message-envelope.ts';
import type { SessionHub } from './session-hub.ts';
import { createPresenceNotifier, FACILITATOR_GROUP } from './session-presence.ts';
import type { Principal } from './session-principal.ts';
import { createViewFanout, type ViewFanout } from './view-fanout.ts';

/** The projector's public "token": its view holds nothing private, so anyone with the session id may watch. */
export const PROJECTOR_TOKEN = 'projector';

/**
 * Client messages: `action` carries a game action without actor and time (the server adds both from the
 * token and its clock) and optionally the client's own id for it, so a retry never acts twice; `view` asks
 * for the whole view again (after a wake-up, or after missing a version).
 */
const messageSchema = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('action'),
    payload: z.object({ type: z.string().min(1).max(40) }).loose(),
    id: envelopeSchema.shape.id,
  }),
  z.strictObject({ type: z.literal('view'), payload: z.undefined().optional() }),
]);

const actorOf = (p: Principal) =>
  p.kind === 'seat' ? { kind: 'seat' as const, seatId: p.seatId } : { kind: 'facilitator' as const };

/**
 * Sockets for live play: each client gets its own projection (never another seat's), whole on connecting and
 * then as deltas of what changed for it, coalesced per tick (view-fanout.ts); it sends actions that the hub
 * runs under its authenticated identity and acknowledges with the action's version as soon as it is logged.
 */
export const attachSessionRealtime = (
  httpServer: HttpServer,
  hub: SessionHub,
  options: { logger?: RealtimeLogger; handshakeLimiter?: TokenBucketLimiter; trustProxy?: boolean } = {},
) => {
  // Created after the realtime it reads from; the hooks below only run once clients connect.
  let presence: ReturnType<typeof createPresenceNotifier> | undefined;
  let fanout: ViewFanout | undefined;
  const realtime = createRealtime<Principal, z.infer<typeof messageSchema>>(httpServer, {
    ...options,
    authenticate: async ({ sessionId, token }) => {
      if (token === PROJECTOR_TOKEN) {
        const { record } = await hub.current(sessionId);
        return { kind: 'projector', sessionId, joinCode: record.joinCode };
      }
      return hub.authenticate(sessionId, token);
    },
    messageSchema,
    groupOf: (principal) => (principal.kind === 'facilitator' ? FACILITATOR_GROUP : undefined),
    onConnect: async (connection) => {
      await fanout?.sendWhole(connection);
      if (connection.principal.kind === 'facilitator')
        // Not awaited: counting the other instances' seats may take a moment, and its messages need not wait.
        void presence?.sendTo(connection.sessionId, connection.send);
      if (connection.principal.kind === 'seat') presence?.changed(connection.sessionId);
    },
    onDisconnect: (connection) => {
      fanout?.forget(connection);
      if (connection.principal.kind === 'seat') presence?.changed(connection.sessionId);
    },
    onMessage: async (connection, message) => {
      if (message.type === 'view') return fanout?.sendWhole(connection);
      // The projector only watches.
      if (connection.principal.kind === 'projector') throw new AppError('forbidden');
      const { effects, seq } = await hub.dispatch(
        connection.sessionId,
        actorOf(connection.principal),
        message.payload,
        message.id,
      );
      return { effects, version: seq };
    },
  });
  presence = createPresenceNotifier(realtime, {
    onError: (e) => options.logger?.warn({ err: e }, 'presence note failed'),
  });
  const views = createViewFanout(hub, realtime, {
    onError: (e) => options.logger?.error({ err: e }, 'view broadcast failed'),
  });
  fanout = views;
  hub.onChange((sessionId) => views.changed(sessionId));
  // A deleted session's clients are let go; the server's disconnect keeps them from reconnecting by themselves.
  hub.onRemove((sessionId) => {
    for (const connection of realtime.connections(sessionId)) connection.disconnect();
  });
  const notifier = presence;
  return {
    ...realtime,
    close: async () => {
      views.close();
      notifier.close();
      await realtime.close();
    },
  };
};
