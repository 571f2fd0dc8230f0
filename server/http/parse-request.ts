import type { FastifyRequest } from 'fastify';
import type { ZodType } from 'zod';
import { parseInput } from '../errors/parse-input.ts';
import { requestLanguage } from './send-error.ts';

/**
 * Route handlers read input only through these: the body, params or query parsed by a zod schema, or an
 * `invalid_request` error (400) listing every problem in the user's language.
 */
export const parseBody = <T>(request: FastifyRequest, schema: ZodType<T>): T =>
  parseInput(schema, request.body, requestLanguage(request));

export const parseParams = <T>(request: FastifyRequest, schema: ZodType<T>): T =>
  parseInput(schema, request.params, requestLanguage(request));

export const parseQuery = <T>(request: FastifyRequest, schema: ZodType<T>): T =>
  parseInput(schema, request.query, requestLanguage(request));
