import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createMemoryStore } from '../storage/memory-store.ts';
import { makeTempDir } from '../test-support/temp-dir.ts';
import { createApp } from './create-app.ts';
import { registerWebClient } from './web-client.ts';

// Issue 11, defect 3: the HTML had no Content-Security-Policy and could be framed.
const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
});

const appWithClient = async () => {
  const { dir, remove } = await makeTempDir('headers');
  cleanups.push(remove);
  await mkdir(join(dir, 'assets'));
  await writeFile(join(dir, 'index.html'), '<!doctype html><div id="root"></div>');
  await writeFile(join(dir, 'assets', 'main-abc123.js'), 'console.log(1)');
  const app = createApp({ store: createMemoryStore() });
  app.get('/api/boom', async () => {
    throw new Error('boom');
  });
  await registerWebClient(app, dir);
  await app.ready();
  cleanups.push(() => app.close());
  return app;
};

const directives = (header: string | undefined) =>
  new Map((header ?? '').split(';').map((d) => [d.trim().split(' ')[0], d.trim().split(' ').slice(1)]));

describe('security headers', () => {
  it('give the facilitator console and every page a strict CSP that forbids framing and inline script', async () => {
    const app = await appWithClient();
    for (const url of ['/', '/facilitator/s1', '/play/s1', '/projector/s1', '/report/s1', '/join/K7M9PQ']) {
      const res = await app.inject({ method: 'GET', url });
      expect(res.statusCode).toBe(200);
      const csp = directives(res.headers['content-security-policy'] as string);
      expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
      expect(csp.get('script-src')).toEqual(["'self'"]);
      expect(csp.get('script-src-attr')).toEqual(["'none'"]);
      expect(csp.get('object-src')).toEqual(["'none'"]);
      expect(csp.get('default-src')).toEqual(["'self'"]);
      expect(csp.has('upgrade-insecure-requests')).toBe(false);
      expect(res.headers['x-frame-options']).toBe('DENY');
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['referrer-policy']).toBe('no-referrer');
      expect(res.headers['cross-origin-opener-policy']).toBe('same-origin');
    }
  });

  it('are on assets, API answers, 404s and 500s too', async () => {
    const app = await appWithClient();
    for (const url of ['/assets/main-abc123.js', '/healthz', '/api/nergens', '/api/boom']) {
      const res = await app.inject({ method: 'GET', url });
      expect(res.headers['content-security-policy'], url).toContain("frame-ancestors 'none'");
      expect(res.headers['x-frame-options'], url).toBe('DENY');
      expect(res.headers['x-content-type-options'], url).toBe('nosniff');
      expect(res.headers['x-powered-by'], url).toBeUndefined();
    }
  });
});
