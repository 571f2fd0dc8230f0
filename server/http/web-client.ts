import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

/** Where `npm run build:web` puts the client. */
export const defaultWebRoot = fileURLToPath(new URL('../../web/dist/', import.meta.url));

/** Client-side routes: each answers with index.html, and the client reads the path (web/src/routing). */
export const clientRoutes = [
  '/',
  '/join',
  '/join/:code',
  '/play/:id',
  '/facilitator',
  '/facilitator/:id',
  '/projector/:id',
  '/report/:id',
  '/verkenner',
] as const;

/**
 * Serves the built web client when it exists (tests and API-only runs have none). Only the built files and the
 * client routes are added: /api, /healthz and /socket.io keep their own handlers and the JSON 404.
 * Hashed assets are cached for a year; index.html is revalidated so a new build reaches phones at once.
 */
export const registerWebClient = async (app: FastifyInstance, root = defaultWebRoot): Promise<boolean> => {
  if (!existsSync(join(root, 'index.html'))) return false;
  await app.register(fastifyStatic, {
    root,
    wildcard: false,
    index: false,
    // Our own cache policy below instead of @fastify/send's max-age=0.
    cacheControl: false,
    setHeaders: (res, path) => {
      const immutable = path.includes(`${join(root, 'assets')}`);
      res.setHeader('cache-control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
  for (const url of clientRoutes) {
    app.get(url, (_request, reply) => reply.sendFile('index.html'));
  }
  return true;
};
