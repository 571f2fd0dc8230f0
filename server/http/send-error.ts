import type { FastifyReply, FastifyRequest } from 'fastify';
import { type AppError, errorBody } from '../errors/app-error.ts';
import { pickLanguage } from '../errors/language.ts';

export const requestLanguage = (request: FastifyRequest) => pickLanguage(request.headers['accept-language']);

/** Sends the uniform error shape `{ error: { code, message, ... } }` in the language the client asked for. */
export const sendError = (request: FastifyRequest, reply: FastifyReply, error: AppError) => {
  if (error.details.retryAfterSeconds !== undefined) {
    reply.header('retry-after', String(Math.ceil(error.details.retryAfterSeconds)));
  }
  if (error.code === 'unauthorized') reply.header('www-authenticate', 'Bearer');
  // The message depends on Accept-Language, so caches must keep the languages apart.
  reply.header('vary', 'Accept-Language');
  return reply
    .code(error.status)
    .type('application/json; charset=utf-8')
    .send(errorBody(error, requestLanguage(request)));
};
