import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import { AppError } from '../errors/app-error.ts';
import { readBearerToken } from './facilitator-auth.ts';

const digest = (text: string) => createHash('sha256').update(text, 'utf8').digest();

/**
 * A preHandler for creating sessions when the operator set a host password (`--admin-token`): 401 without a
 * Bearer token, 403 for a wrong one. Compared as SHA-256 digests in constant time, so neither the timing nor
 * the length of the password leaks. Without a password, anyone who reaches the server may create sessions.
 */
export const requireAdminToken = (adminToken: string | undefined) => {
  const expected = adminToken === undefined ? undefined : digest(adminToken);
  return async (request: FastifyRequest) => {
    if (!expected) return;
    const token = readBearerToken(request.headers.authorization);
    if (token === undefined) throw new AppError('unauthorized');
    if (!timingSafeEqual(digest(token), expected)) throw new AppError('forbidden');
  };
};
