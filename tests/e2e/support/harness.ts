import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { type RunningServer, startServer } from '../../../server/serve/start-server.ts';
import { createSqliteStore } from '../../../server/storage/sqlite-store.ts';
import { makeTempDir } from '../../../server/test-support/temp-dir.ts';
import {
  type AxeFinding,
  axeFindings,
  chromiumPath,
  hasChromium,
  launchChromium,
  screenshotDir,
  screenshots,
} from './browser.ts';
import { builtWebRoot } from './web-build.ts';

// A developer without chromium can still run npm test; CI (.ci/run installs chromium) must run it.
export const skipE2e = !hasChromium && !process.env.CI;

/**
 * One e2e file's world: the current client, a server over a SQLite file (restartable on the same port and
 * data, with a clock that can be moved on), chromium, and the checks every screen gets: axe-core, no page
 * errors, no sideways scrolling at phone or projector size, and screenshots.
 */
export const e2eHarness = (name: string) => {
  if (skipE2e) console.warn(`${name} e2e skipped: no browser at ${chromiumPath} (apt-get install chromium)`);
  const h = {
    browser: undefined as unknown as Browser,
    server: undefined as unknown as RunningServer,
    findings: [] as AxeFinding[],
    pageErrors: [] as string[],
    sideScroll: [] as string[],
    /** Added to the server's clock: time that passed while the server was down. */
    clockOffsetMs: 0,
    /** While the server restarts, pages' failed connections are expected, not errors. */
    down: false,
    get base() {
      return h.server.url;
    },
  };
  let dataFile = '';
  let webRoot = '';
  let removeTemp: () => Promise<void> = async () => undefined;
  const pages = new Map<string, Page>();
  const start = async (port = 0) => {
    h.server = await startServer({
      store: createSqliteStore({ file: dataFile }),
      port,
      webRoot,
      clock: () => Date.now() + h.clockOffsetMs,
    });
  };

  beforeAll(async () => {
    if (!hasChromium)
      throw new Error(`CI has no browser at ${chromiumPath}: .ci/run installs it with apt-get`);
    const temp = await makeTempDir(`e2e-${name}`);
    removeTemp = temp.remove;
    dataFile = join(temp.dir, 'e2e.sqlite');
    webRoot = await builtWebRoot();
    await start();
    h.browser = await launchChromium();
  }, 600_000);

  afterAll(async () => {
    // On a failure the open pages as they were, for the CI output.
    for (const [who, page] of pages)
      if (!page.isClosed())
        await page
          .screenshot({
            path: join(screenshotDir, `last-${name}-${who.replace(/\W+/g, '-')}.png`),
            fullPage: true,
          })
          .catch(() => undefined);
    await h.browser?.close();
    await h.server?.close();
    await removeTemp();
  });

  /** Records the page's errors, console errors and failed requests under `who`. */
  const watch = (page: Page, who: string) => {
    pages.set(who, page);
    page.on('pageerror', (e) => h.pageErrors.push(`${who}: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() !== 'error') return;
      if (h.down && /WebSocket|ERR_CONNECTION_REFUSED|Failed to load resource/.test(m.text())) return;
      h.pageErrors.push(`${who} console: ${m.text()}`);
    });
    page.on('response', (r) => {
      if (r.status() >= 400) h.pageErrors.push(`${who} got ${r.status()} for ${new URL(r.url()).pathname}`);
    });
    return page;
  };

  /** axe-core, sideways scrolling and screenshots for one screen. */
  const look = async (page: Page, screen: string) => {
    h.findings.push(...(await axeFindings(page, screen)));
    h.sideScroll.push(...(await screenshots(page, `${name}-${screen}`)));
  };

  /**
   * The server stops and starts again on the same port and data, `skipMs` later by its clock. Pages' failed
   * reconnections count as expected until `reconnected()`.
   */
  const restart = async (skipMs = 0) => {
    const port = h.server.port;
    h.down = true;
    await h.server.close();
    h.clockOffsetMs += skipMs;
    await start(port);
  };
  const reconnected = () => {
    h.down = false;
  };

  /** The checks of every screen seen: no page errors, no axe findings, nothing scrolls sideways. */
  const expectClean = () =>
    expect({ pageErrors: h.pageErrors, axe: h.findings, sideScroll: h.sideScroll }).toEqual({
      pageErrors: [],
      axe: [],
      sideScroll: [],
    });

  return Object.assign(h, { watch, look, restart, reconnected, expectClean });
};
