import type { FastifyRequest } from 'fastify';
import { AppError } from '../errors/app-error.ts';
import { readBearerToken } from '../http/facilitator-auth.ts';
import type { SessionHub } from './session-hub.ts';
import type { Principal } from './session-principal.ts';

/** The facilitator or seat behind the request's Bearer token: 401 without one, 403 when it opens nothing. */
export const requestPrincipal = async (
  hub: SessionHub,
  request: FastifyRequest,
  sessionId: string,
): Promise<Principal> => {
  const token = readBearerToken(request.headers.authorization);
  if (token === undefined) throw new AppError('unauthorized');
  const principal = await hub.authenticate(sessionId, token);
  if (!principal) throw new AppError('forbidden');
  return principal;
};

export const requireFacilitator = async (hub: SessionHub, request: FastifyRequest, sessionId: string) => {
  const principal = await requestPrincipal(hub, request, sessionId);
  if (principal.kind !== 'facilitator') throw new AppError('forbidden');
  return principal;
};
