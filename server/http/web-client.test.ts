import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createMemoryStore } from '../storage/memory-store.ts';
import { makeTempDir } from '../test-support/temp-dir.ts';
import { createApp } from './create-app.ts';
import { registerWebClient } from './web-client.ts';

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
});

const builtClient = async () => {
  const { dir, remove } = await makeTempDir('web-client');
  cleanups.push(remove);
  await mkdir(join(dir, 'assets'));
  await writeFile(join(dir, 'index.html'), '<!doctype html><div id="root"></div>');
  await writeFile(join(dir, 'assets', 'main-abc123.js'), 'console.log(1)');
  return dir;
};

const appWith = async (root: string) => {
  const app = createApp({ store: createMemoryStore() });
  const served = await registerWebClient(app, root);
  await app.ready();
  cleanups.push(() => app.close());
  return { app, served };
};

describe('registerWebClient', () => {
  it('answers every client route with index.html (SPA fallback)', async () => {
    const { app, served } = await appWith(await builtClient());
    expect(served).toBe(true);
    for (const url of [
      '/',
      '/join',
      '/join/K7M9PQ',
      '/play/s1',
      '/facilitator',
      '/facilitator/s1',
      '/projector/s1',
      '/report/s1',
    ]) {
      const res = await app.inject({ url });
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['content-type']).toMatch(/text\/html/);
      expect(res.headers['cache-control']).toBe('no-cache');
      expect(res.body).toContain('<div id="root">');
    }
  });

  it('serves hashed assets with a long cache', async () => {
    const { app } = await appWith(await builtClient());
    const res = await app.inject({ url: '/assets/main-abc123.js' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toContain('immutable');
  });

  it('leaves the API, health and unknown paths to the app', async () => {
    const { app } = await appWith(await builtClient());
    expect((await app.inject({ url: '/healthz' })).json()).toEqual({ status: 'ok' });
    for (const url of ['/api/nothing', '/assets/missing.js', '/play', '/etc/passwd']) {
      const res = await app.inject({ url });
      expect(res.statusCode, url).toBe(404);
      expect(res.json().error.code).toBe('not_found');
    }
  });

  it('serves nothing when the client was not built', async () => {
    const { dir } = await makeTempDir('web-client-empty');
    const { app, served } = await appWith(dir);
    expect(served).toBe(false);
    expect((await app.inject({ url: '/' })).statusCode).toBe(404);
  });
});
