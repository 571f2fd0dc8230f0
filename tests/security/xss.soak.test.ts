import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tinyConfig } from '../../game/test-support/tiny-game.ts';
import { type RunningServer, startServer } from '../../server/serve/start-server.ts';
import { noTimers } from '../../server/sessions/test-support/session-routes-harness.ts';
import { createMemoryStore } from '../../server/storage/memory-store.ts';
import { makeTempDir } from '../../server/test-support/temp-dir.ts';
import { hasChromium, launchChromium } from '../e2e/support/browser.ts';

/**
 * Issue 11: display names from an XSS payload corpus (names are the only free text), rendered in chromium on
 * every screen (facilitator console, projector, the student's seat, debrief, class report): no script runs,
 * and each name shows as plain text. Slow (a client build and a browser), so in `npm run test:soak` only.
 */
const payloads = [
  '<script>xss=1</script>',
  '<img src=x onerror=xss=1>',
  '"><svg onload=xss=1>',
  "'><iframe srcdoc='<b>x'>",
  'javascript:xss=1',
  '<a href=javascript:xss=1>a</a>',
  '{{constructor.constructor("xss=1")()}}',
  '<style>*{display:none}</style>',
  '\u202Egnp.exe<b onclick=xss=1>',
];

const webSource = fileURLToPath(new URL('../../web/', import.meta.url));
const post = async (url: string, body: unknown, token?: string) => {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  return (await res.json()) as Record<string, string>;
};

describe.skipIf(!hasChromium || !process.env.SOAK)('XSS payloads as display names', () => {
  let browser: Browser;
  let server: RunningServer;
  let removeTemp: () => Promise<void>;

  beforeAll(async () => {
    const temp = await makeTempDir('xss');
    removeTemp = temp.remove;
    const webRoot = join(temp.dir, 'web');
    await build({
      root: webSource,
      configFile: join(webSource, 'vite.config.ts'),
      logLevel: 'error',
      build: { outDir: webRoot, emptyOutDir: true, sourcemap: false },
    });
    server = await startServer({ store: createMemoryStore(), webRoot });
    browser = await launchChromium();
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await removeTemp?.();
  });

  it('run no script on any screen and show as text', { timeout: 300_000 }, async () => {
    const base = server.url;
    const s = await post(`${base}/api/sessions`, tinyConfig({ roundTimerSeconds: noTimers }));
    const seats = [];
    for (const displayName of payloads)
      seats.push(await post(`${base}/api/join`, { joinCode: s.joinCode, displayName }));
    const student = seats[1]!;
    const ran: string[] = [];
    const open = async (path: string, seat?: Record<string, string>): Promise<Page> => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      if (seat) {
        const key = `monopolycentrisme.seat.${s.sessionId}`;
        const value = JSON.stringify({ ...seat, joinCode: s.joinCode });
        await context.addInitScript({
          content: `localStorage.setItem(${JSON.stringify(key)}, ${JSON.stringify(value)})`,
        });
      }
      const page = await context.newPage();
      page.on('dialog', (d) => {
        ran.push(`dialog on ${path}`);
        void d.dismiss();
      });
      await page.goto(`${base}${path}`);
      await page.waitForLoadState('networkidle');
      return page;
    };
    const check = async (page: Page, screen: string, showsNames: boolean) => {
      await page.waitForTimeout(500);
      expect(await page.evaluate('window.xss'), screen).toBeUndefined();
      if (showsNames)
        await page.getByText(payloads[1]!, { exact: false }).first().waitFor({ timeout: 20_000 });
    };
    const screens = async (phase: string) => {
      const console = await open(`/facilitator/${s.sessionId}#token=${s.facilitatorToken}`);
      await check(console, `console ${phase}`, true);
      await check(await open(`/projector/${s.sessionId}`), `projector ${phase}`, false);
      await check(await open(`/play/${s.sessionId}`, student), `seat ${phase}`, true);
      await check(await open(`/report/${s.sessionId}#token=${s.facilitatorToken}`), `report ${phase}`, false);
    };
    await screens('lobby');
    const act = (type: string) =>
      post(`${base}/api/sessions/${s.sessionId}/actions`, { type }, s.facilitatorToken);
    await act('start-session');
    await screens('round 1');
    await act('open-debrief');
    await screens('debrief');
    expect(ran).toEqual([]);
  });
});
