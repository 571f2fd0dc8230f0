import type { Server as HttpServer } from 'node:http';
import { z } from 'zod';
import { AppError } from '../errors/app-error.ts';
import type { TokenBucketLimiter } from '../http/token-bucket.ts';
import { createRealtime, type RealtimeLogger } from '../realtime/create-realtime.ts';
import { viewFor } from './principal-view.ts';
import type { SessionHub } from './session-hub.ts';
import { createPresenceNotifier } from './session-presence.ts';
import type { Principal } from './session-principal.ts';

/** The projector's public "token": its view holds nothing private, so anyone with the session id may watch. */
export const PROJECTOR_TOKEN = 'projector';

/**
 * Client messages: `action` carries a game action without actor and time (the server adds both from the
 * token and its clock); `view` asks for the current view again (after a wake-up, say).
 */
const messageSchema = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('action'),
    payload: z.object({ type: z.string().min(1).max(40) }).loose(),
  }),
  z.strictObject({ type: z.literal('view'), payload: z.undefined().optional() }),
]);

const actorOf = (p: Principal) =>
  p.kind === 'seat' ? { kind: 'seat' as const, seatId: p.seatId } : { kind: 'facilitator' as const };

/**
 * Sockets for live play: each client gets its own projection after every accepted action (never another
 * seat's), and sends actions that the hub runs under its authenticated identity.
 */
export const attachSessionRealtime = (
  httpServer: HttpServer,
  hub: SessionHub,
  options: { logger?: RealtimeLogger; handshakeLimiter?: TokenBucketLimiter; trustProxy?: boolean } = {},
) => {
  // Created after the realtime it reads from; the hooks below only run once clients connect.
  let presence: ReturnType<typeof createPresenceNotifier> | undefined;
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
    onConnect: async (connection) => {
      const { state } = await hub.current(connection.sessionId);
      connection.send('view', viewFor(state, connection.principal));
      if (connection.principal.kind === 'facilitator')
        presence?.sendTo(connection.sessionId, connection.send);
      if (connection.principal.kind === 'seat') presence?.changed(connection.sessionId);
    },
    onDisconnect: (connection) => {
      if (connection.principal.kind === 'seat') presence?.changed(connection.sessionId);
    },
    onMessage: async (connection, message) => {
      if (message.type === 'view')
        return viewFor((await hub.current(connection.sessionId)).state, connection.principal);
      // The projector only watches.
      if (connection.principal.kind === 'projector') throw new AppError('forbidden');
      const { effects } = await hub.dispatch(
        connection.sessionId,
        actorOf(connection.principal),
        message.payload,
      );
      return { effects };
    },
  });
  presence = createPresenceNotifier(realtime);
  hub.onChange((sessionId, state) => {
    for (const connection of realtime.connections(sessionId))
      connection.send('view', viewFor(state, connection.principal));
  });
  // A deleted session's clients are let go; the server's disconnect keeps them from reconnecting by themselves.
  hub.onRemove((sessionId) => {
    for (const connection of realtime.connections(sessionId)) connection.disconnect();
  });
  const notifier = presence;
  return {
    ...realtime,
    close: async () => {
      notifier.close();
      await realtime.close();
    },
  };
};
