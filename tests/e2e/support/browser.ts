import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import { type Browser, chromium, type Page } from 'playwright-core';

/** Debian's chromium (`apt-get install chromium`; .ci/run installs it). Playwright's own download is not used. */
export const chromiumPath = '/usr/bin/chromium';
export const hasChromium = existsSync(chromiumPath);

export const screenshotDir = fileURLToPath(new URL('../screenshots/', import.meta.url));

export const viewports = {
  phone: { width: 390, height: 844 },
  projector: { width: 1920, height: 1080 },
} as const;

/** A narrow phone (many Android phones are 360 px wide): checked for sideways scrolling, not photographed. */
export const narrowPhone = { width: 360, height: 780 } as const;

/** Headless, and quiet: without the background-networking flags Chromium dials out and a closed network refuses it. */
export const launchChromium = (): Promise<Browser> =>
  chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });

export type AxeFinding = { screen: string; rule: string; impact: string; help: string; targets: string[] };

/** Runs axe-core on the page as it is now; returns the serious and critical violations, named by screen. */
export const axeFindings = async (page: Page, screen: string): Promise<AxeFinding[]> => {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({
      screen,
      rule: v.id,
      impact: v.impact ?? '',
      help: v.help,
      targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')),
    }));
};

let shot = 0;

const overflow = (page: Page): Promise<number> =>
  page.evaluate<number>('document.documentElement.scrollWidth - document.documentElement.clientWidth');

/** The element reaching furthest past the right edge, to say what scrolls sideways. */
const widest = (page: Page): Promise<string> =>
  page.evaluate<string>(`(() => {
    const edge = document.documentElement.clientWidth;
    let worst = null;
    for (const el of document.querySelectorAll('body *')) {
      const r = el.getBoundingClientRect().right;
      if (r > edge + 0.5 && (!worst || r >= worst.r)) worst = { el, r };
    }
    if (!worst) return '';
    const el = worst.el;
    const cls = typeof el.className === 'string' && el.className.trim() ? '.' + el.className.trim().replaceAll(' ', '.') : '';
    return el.tagName.toLowerCase() + cls + ' "' + (el.textContent || '').trim().slice(0, 40) + '"';
  })()`);

/**
 * How much wider than the viewport the page is once its layout settled (0: nothing scrolls sideways), and
 * what sticks out. Charts follow a resize a few frames late, so a lasting overflow is measured, not a lag.
 */
const sideways = async (page: Page): Promise<{ px: number; what: string }> => {
  let px = await overflow(page);
  for (let i = 0; i < 8 && px > 0; i += 1) {
    await page.waitForTimeout(250);
    px = await overflow(page);
  }
  return { px, what: px > 0 ? await widest(page) : '' };
};

/**
 * A full-page screenshot at phone size and at projector size (the page is resized for each, then put back), as
 * CI output under tests/e2e/screenshots/. Numbered in the order they were taken. Returns each size at which the
 * page scrolls sideways (issue 15: nothing may, on a phone or on the projector).
 */
export const screenshots = async (page: Page, screen: string): Promise<string[]> => {
  await mkdir(screenshotDir, { recursive: true });
  const original = page.viewportSize();
  shot += 1;
  const prefix = String(shot).padStart(2, '0');
  const wide: string[] = [];
  for (const [size, viewport] of Object.entries(viewports)) {
    await page.setViewportSize(viewport);
    // Charts follow their container through a ResizeObserver; give them a frame or two.
    await page.waitForTimeout(150);
    const over = await sideways(page);
    if (over.px > 0) wide.push(`${screen} at ${size} size scrolls sideways by ${over.px} px: ${over.what}`);
    await page.screenshot({ path: join(screenshotDir, `${prefix}-${screen}.${size}.png`), fullPage: true });
  }
  await page.setViewportSize(narrowPhone);
  await page.waitForTimeout(150);
  const over = await sideways(page);
  if (over.px > 0)
    wide.push(`${screen} at narrow phone size scrolls sideways by ${over.px} px: ${over.what}`);
  if (original) await page.setViewportSize(original);
  return wide;
};

/**
 * The smallest font size (px) of any visible text under `selector`, at the page's current size: projector text
 * must read from the back row (issue 15, defect 12: labels of at least 24 px at 1920x1080).
 */
export const smallestText = (page: Page, selector: string): Promise<number> =>
  page.evaluate<number>(`(() => {
    let min = Infinity;
    for (const root of document.querySelectorAll(${JSON.stringify(selector)}))
      for (const el of [root, ...root.querySelectorAll('*')]) {
        const own = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim() !== '');
        const box = el.getBoundingClientRect();
        if (!own || box.width === 0 || box.height === 0 || el.closest('.visually-hidden')) continue;
        min = Math.min(min, parseFloat(getComputedStyle(el).fontSize));
      }
    return min;
  })()`);

/** How tall the whole page is (px) at its current size: phones and the console must stay short (defect 8). */
export const pageHeight = (page: Page): Promise<number> =>
  page.evaluate<number>('document.documentElement.scrollHeight');
