import type { FastifyRequest } from 'fastify';
import { AppError } from '../errors/app-error.ts';
import { tokenMatchesHash } from '../security/secret-token.ts';
import type { SessionRecord, SessionStore } from '../storage/session-store.ts';

/** The token of an `Authorization: Bearer <token>` header, or undefined when absent or malformed. */
export const readBearerToken = (header: string | undefined): string | undefined => {
  const match = /^Bearer[ ]+([A-Za-z0-9_~+/.-]+=*)[ ]*$/i.exec(header ?? '');
  return match?.[1];
};

/**
 * The session, when the request carries its facilitator token: 401 without a usable token, 404 for an unknown
 * session, 403 for a wrong token. Session ids are random, so telling 404 from 403 reveals nothing guessable.
 */
export const authorizeFacilitator = async (
  store: Pick<SessionStore, 'getSession'>,
  request: FastifyRequest,
  sessionId: string,
): Promise<SessionRecord> => {
  const token = readBearerToken(request.headers.authorization);
  if (token === undefined) throw new AppError('unauthorized');
  const session = await store.getSession(sessionId);
  if (!session) throw new AppError('session_not_found');
  if (!tokenMatchesHash(token, session.facilitatorTokenHash)) throw new AppError('forbidden');
  return session;
};
