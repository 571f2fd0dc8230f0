import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { gameConfigSchema, seatRoles } from '../../game/index.ts';
import { AppError } from '../errors/app-error.ts';
import { parseInput } from '../errors/parse-input.ts';
import { requireAdminToken } from '../http/admin-auth.ts';
import { joinQrSvg } from '../http/join-qr.ts';
import { parseBody, parseParams, parseQuery } from '../http/parse-request.ts';
import {
  defaultCreateRateLimit,
  defaultJoinRateLimit,
  type RateLimits,
  rateLimitConfig,
} from '../http/rate-limits.ts';
import { requestLanguage } from '../http/send-error.ts';
import { isWellFormedCode, normalizeCode } from '../security/random-code.ts';
import { joinCodeLength } from '../security/session-codes.ts';
import type { SessionStore } from '../storage/session-store.ts';
import { viewFor } from './principal-view.ts';
import { facilitatorUrlOf, joinUrlOf, publicBaseUrl } from './public-url.ts';
import { replayUntil } from './replay-log.ts';
import { requestPrincipal, requireFacilitator } from './request-principal.ts';
import { exportSession, exportSessionCsv } from './session-export.ts';
import type { SessionHub } from './session-hub.ts';
import { sessionIdSchema } from './session-id.ts';

export type SessionRouteOptions = {
  hub: SessionHub;
  store: SessionStore;
  /** The address students use (see public-url.ts). */
  publicUrl?: string;
  /** Per client address; see http/rate-limits.ts for the defaults. */
  rateLimits?: RateLimits;
  /** The host password for creating sessions (`--admin-token`); anyone may create them when absent. */
  adminToken?: string;
};

const sessionParams = z.object({ id: sessionIdSchema }).strict();
const joinCode = z
  .string()
  .transform(normalizeCode)
  .refine((c) => isWellFormedCode(c, joinCodeLength), { message: 'join code: 6 letters or digits' });

/** The facilitator's settings; the game's own schema checks them in full (game/config/game-config.ts). */
const createBody = z.record(z.string(), z.unknown());
const joinBody = z
  .object({
    joinCode,
    displayName: z.string().trim().min(1).max(40),
    municipalityId: z.string().min(1).max(64).optional(),
    role: z.enum(seatRoles).optional(),
  })
  .strict();
const rejoinBody = z.object({ joinCode, rejoinCode: z.string().transform(normalizeCode) }).strict();
/** An action as a client sends it: the server adds who (from the token) and when (its clock). */
const actionBody = z.object({ type: z.string().min(1).max(40) }).loose();
const replayQuery = z.object({ round: z.coerce.number().int().min(0).max(10) }).strict();

const sessionByCode = async (store: SessionStore, code: string) => {
  const record = await store.findByJoinCode(code);
  if (!record) throw new AppError('session_not_found');
  return record;
};

/** The session routes of docs/api.md; every input is parsed by a schema before a handler sees it. */
export const registerSessionRoutes = (root: FastifyInstance, options: SessionRouteOptions): void => {
  // In a plugin of their own, so they are added after the rate-limit plugin that reads their config.
  root.register(async (app) => addSessionRoutes(app, options));
};

const addSessionRoutes = (app: FastifyInstance, options: SessionRouteOptions): void => {
  const { hub, store } = options;
  const joinLimit = { config: rateLimitConfig('join', options.rateLimits?.join ?? defaultJoinRateLimit) };
  const createLimit = {
    config: rateLimitConfig('create', options.rateLimits?.create ?? defaultCreateRateLimit),
    preHandler: requireAdminToken(options.adminToken),
  };

  app.post('/api/sessions', createLimit, async (request, reply) => {
    const body = parseBody(request, createBody);
    // The game's schema here too, so every issue is in the user's language (the hub's check is language-less).
    parseInput(gameConfigSchema, { seed: 0, ...body }, requestLanguage(request));
    const { record, facilitatorToken } = await hub.create(body);
    const base = publicBaseUrl(request, options.publicUrl);
    return reply.code(201).send({
      sessionId: record.id,
      joinCode: record.joinCode,
      facilitatorToken,
      facilitatorUrl: facilitatorUrlOf(base, record.id, facilitatorToken),
      joinUrl: joinUrlOf(base, record.joinCode),
      qrUrl: `${base}/api/sessions/${record.id}/qr.svg`,
    });
  });

  app.get('/api/join/:code', joinLimit, async (request) => {
    const { code } = parseParams(request, z.object({ code: joinCode }).strict());
    const record = await sessionByCode(store, code);
    const { view } = viewFor((await hub.current(record.id)).state, {
      kind: 'projector',
      sessionId: record.id,
    });
    return { sessionId: record.id, joinCode: record.joinCode, lobby: view };
  });

  app.post('/api/join', joinLimit, async (request, reply) => {
    const { joinCode: code, ...seat } = parseBody(request, joinBody);
    const record = await sessionByCode(store, code);
    return reply.code(201).send(await hub.join(record.id, seat));
  });

  app.post('/api/rejoin', joinLimit, async (request) => {
    const body = parseBody(request, rejoinBody);
    const record = await sessionByCode(store, body.joinCode);
    return hub.rejoin(record.id, body.rejoinCode);
  });

  app.get('/api/sessions/:id/qr.svg', async (request, reply) => {
    const { id } = parseParams(request, sessionParams);
    const { record } = await hub.current(id);
    const svg = await joinQrSvg(joinUrlOf(publicBaseUrl(request, options.publicUrl), record.joinCode));
    return reply.type('image/svg+xml').send(svg);
  });

  app.get('/api/sessions/:id/projector', async (request) => {
    const { id } = parseParams(request, sessionParams);
    const { state, record } = await hub.current(id);
    return viewFor(state, { kind: 'projector', sessionId: id, joinCode: record.joinCode });
  });

  app.get('/api/sessions/:id/view', async (request) => {
    const { id } = parseParams(request, sessionParams);
    const principal = await requestPrincipal(hub, request, id);
    return viewFor((await hub.current(id)).state, principal);
  });

  app.post('/api/sessions/:id/actions', async (request) => {
    const { id } = parseParams(request, sessionParams);
    const principal = await requestPrincipal(hub, request, id);
    const body = parseBody(request, actionBody);
    const actor =
      principal.kind === 'seat'
        ? { kind: 'seat' as const, seatId: principal.seatId }
        : { kind: 'facilitator' as const };
    const { state, effects } = await hub.dispatch(id, actor, body);
    return { ok: true, effects, ...viewFor(state, principal) };
  });

  app.get('/api/sessions/:id/export', async (request) => {
    const { id } = parseParams(request, sessionParams);
    await requireFacilitator(hub, request, id);
    const { record, state, seq } = await hub.current(id);
    // The log as far as this state: an action committed meanwhile belongs to the next export.
    const log = (await store.readLog(id)).filter((e) => e.seq <= seq);
    return exportSession(record, log, state);
  });

  // The facilitator's "delete now" (after exporting, in the console): the session, its log and its snapshots.
  app.delete('/api/sessions/:id', async (request, reply) => {
    const { id } = parseParams(request, sessionParams);
    await requireFacilitator(hub, request, id);
    await hub.remove(id);
    return reply.code(204).send();
  });

  app.get('/api/sessions/:id/export.csv', async (request, reply) => {
    const { id } = parseParams(request, sessionParams);
    await requireFacilitator(hub, request, id);
    const { state } = await hub.current(id);
    return reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="monopolycentrisme-${id}.csv"`)
      .send(exportSessionCsv(state));
  });

  app.get('/api/sessions/:id/replay', async (request) => {
    const { id } = parseParams(request, sessionParams);
    const { round } = parseQuery(request, replayQuery);
    await requireFacilitator(hub, request, id);
    const { record, state } = await hub.current(id);
    if (round > state.rounds.length) throw new AppError('not_found');
    // The state right after the round was resolved (round 0: the lobby, before any action).
    const { state: replayed, seq } = replayUntil(
      record.config,
      await store.readLog(id),
      (s) => s.rounds.length >= round,
    );
    return {
      round,
      seq,
      record: replayed.rounds[round - 1] ?? null,
      ...viewFor(replayed, { kind: 'facilitator', sessionId: id }),
    };
  });
};
