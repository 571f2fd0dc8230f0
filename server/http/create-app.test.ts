import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createMemoryStore } from '../storage/memory-store.ts';
import { StoreError } from '../storage/store-error.ts';
import { createApp } from './create-app.ts';
import { parseBody, parseParams } from './parse-request.ts';

const apps: ReturnType<typeof createApp>[] = [];
const makeApp = (options: { bodyLimitBytes?: number } = {}) => {
  const store = createMemoryStore();
  const app = createApp({ store, ...options });
  // Stand-ins for the game's routes, to exercise what every route inherits.
  app.post('/echo', async (request) =>
    parseBody(request, z.object({ name: z.string().min(1), rounds: z.number().int().min(4).max(10) })),
  );
  app.get('/items/:n', async (request) => parseParams(request, z.object({ n: z.coerce.number().int() })));
  app.get('/boom', async () => {
    throw new Error('secret internal detail');
  });
  app.get('/conflict', async () => {
    throw new StoreError('seq_conflict', 'seq 3 does not follow 4');
  });
  apps.push(app);
  return { app, store };
};
afterEach(async () => {
  for (const app of apps.splice(0)) await app.close();
});

const postJson = (app: ReturnType<typeof createApp>, payload: string, headers: Record<string, string> = {}) =>
  app.inject({
    method: 'POST',
    url: '/echo',
    payload,
    headers: { 'content-type': 'application/json', ...headers },
  });

describe('createApp', () => {
  it('answers /healthz while the store is ready, and 503 once it is not', async () => {
    const { app, store } = makeApp();
    const ok = await app.inject({ method: 'GET', url: '/healthz' });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toEqual({ status: 'ok' });
    await store.close();
    const down = await app.inject({ method: 'GET', url: '/healthz' });
    expect(down.statusCode).toBe(503);
    expect(down.json()).toEqual({ error: { code: 'unavailable', message: expect.any(String) } });
  });

  it('answers unknown routes with 404 not_found, in Dutch unless English is asked for', async () => {
    const { app } = makeApp();
    const nl = await app.inject({ method: 'GET', url: '/nergens' });
    const en = await app.inject({
      method: 'GET',
      url: '/nergens',
      headers: { 'accept-language': 'en-GB,en' },
    });
    expect(nl.statusCode).toBe(404);
    expect(nl.json()).toEqual({
      error: { code: 'not_found', message: 'Deze pagina of dit adres bestaat niet.' },
    });
    expect(en.json()).toEqual({
      error: { code: 'not_found', message: 'This page or address does not exist.' },
    });
    expect(nl.headers['content-type']).toMatch(/^application\/json/);
    expect(nl.headers.vary).toMatch(/accept-language/i);
  });

  it('parses valid bodies and params through zod', async () => {
    const { app } = makeApp();
    const ok = await postJson(app, JSON.stringify({ name: 'Oostdal', rounds: 6, ignored: true }));
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toEqual({ name: 'Oostdal', rounds: 6 });
    expect((await app.inject({ method: 'GET', url: '/items/7' })).json()).toEqual({ n: 7 });
  });

  it('turns validation failures into 400 invalid_request listing the paths', async () => {
    const { app } = makeApp();
    const res = await postJson(app, JSON.stringify({ name: '', rounds: 12 }), { 'accept-language': 'en' });
    expect(res.statusCode).toBe(400);
    const { error } = res.json();
    expect(error.code).toBe('invalid_request');
    expect(error.message).toBe('The request is not valid; see the listed fields.');
    expect(error.issues.map((i: { path: string }) => i.path).sort()).toEqual(['name', 'rounds']);
    expect(error.issues.every((i: { message: string }) => i.message.length > 0)).toBe(true);
    const params = await app.inject({ method: 'GET', url: '/items/zeven' });
    expect(params.json().error).toMatchObject({ code: 'invalid_request', issues: [{ path: 'n' }] });
  });

  it('answers malformed, empty and prototype-poisoning JSON with 400 invalid_json', async () => {
    const { app } = makeApp();
    for (const payload of ['{"name": ', '', '{"__proto__": {"admin": true}}']) {
      const res = await postJson(app, payload);
      expect(res.statusCode, payload).toBe(400);
      expect(res.json().error.code, payload).toBe('invalid_json');
    }
  });

  it('answers bodies over the limit with 413, in the same shape', async () => {
    const { app } = makeApp();
    const big = JSON.stringify({ name: 'x'.repeat(64 * 1024), rounds: 4 });
    const res = await postJson(app, big);
    expect(res.statusCode).toBe(413);
    expect(res.json()).toEqual({ error: { code: 'payload_too_large', message: 'Het verzoek is te groot.' } });
    const { app: small } = makeApp({ bodyLimitBytes: 100 });
    expect((await postJson(small, JSON.stringify({ name: 'y'.repeat(200), rounds: 4 }))).statusCode).toBe(
      413,
    );
  });

  it('answers other content types with 415', async () => {
    const { app } = makeApp();
    const res = await app.inject({
      method: 'POST',
      url: '/echo',
      payload: '<x/>',
      headers: { 'content-type': 'text/xml' },
    });
    expect(res.statusCode).toBe(415);
    expect(res.json().error.code).toBe('unsupported_media_type');
  });

  it('hides internal errors behind 500 internal_error', async () => {
    const { app } = makeApp();
    const res = await app.inject({ method: 'GET', url: '/boom' });
    expect(res.statusCode).toBe(500);
    expect(res.json().error.code).toBe('internal_error');
    expect(res.body).not.toContain('secret internal detail');
  });

  it('maps store conflicts to 409 conflict', async () => {
    const { app } = makeApp();
    const res = await app.inject({ method: 'GET', url: '/conflict', headers: { 'accept-language': 'en' } });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toEqual({
      error: { code: 'conflict', message: 'Someone else got there first; please try again.' },
    });
  });

  it('sets protective headers on every response', async () => {
    const { app } = makeApp();
    for (const url of ['/healthz', '/nergens']) {
      const res = await app.inject({ method: 'GET', url });
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['referrer-policy']).toBe('no-referrer');
    }
  });
});
