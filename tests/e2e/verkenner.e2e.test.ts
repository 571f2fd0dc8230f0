import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeFindings, chromiumPath, hasChromium, launchChromium, screenshots } from './support/browser.ts';
import { serveBuiltClient } from './support/built-client.ts';

/**
 * Issue 12's verkenner in a real browser: the engine runs in the page's workers; a control moved with the
 * keyboard changes the charts, the why panel fills in, and the shared URL brings back the same setting.
 */
const skip = !hasChromium && !process.env.CI;
if (skip) console.warn(`verkenner e2e skipped: no browser at ${chromiumPath} (apt-get install chromium)`);

const allRunsIn = (page: Page, seeds: number) =>
  page.locator(`.verkenner-status[data-done="${seeds}"]`).waitFor({ timeout: 240_000 });
const chartTables = (page: Page) => page.locator('.lens-columns table').allTextContents();

describe.skipIf(skip)('the verkenner in the browser', () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof serveBuiltClient>>;

  beforeAll(async () => {
    server = await serveBuiltClient('e2e-verkenner');
    browser = await launchChromium();
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('moves a control, redraws, explains, and restores the setting from the URL', {
    timeout: 600_000,
  }, async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${server.url}/verkenner?preset=oss-proeftuin&seeds=3`);
    await page.getByRole('heading', { name: 'Verkenner: wat als?' }).waitFor();
    await allRunsIn(page, 3);
    const before = await chartTables(page);

    // Every control of the page can be reached with Tab.
    const unreachable = await page
      .locator('.verkenner input, .verkenner select, .verkenner button')
      .evaluateAll((els) => els.filter((e) => (e as unknown as { tabIndex: number }).tabIndex < 0).length);
    expect(unreachable).toBe(0);

    // The keyboard moves the mandate slider to full mandate.
    const mandate = page.getByLabel('Mandaat van professionals');
    await mandate.focus();
    await page.keyboard.press('End');
    await expect.poll(() => mandate.inputValue()).toBe('1');
    await expect.poll(() => page.url()).toContain('mandate%3A1');
    await allRunsIn(page, 3);
    await expect.poll(() => chartTables(page), { timeout: 240_000 }).not.toEqual(before);

    // Why: weeks to first help in 2030.
    await page.getByLabel('Uitkomst').selectOption('weeksToFirstHelp');
    await page.getByLabel('Jaar', { exact: true }).selectOption('2030');
    await page.getByRole('button', { name: 'Verklaar' }).click();
    const bars = page.getByTestId('attribution');
    await bars.waitFor({ timeout: 240_000 });
    await expect.poll(() => bars.textContent()).toContain('Mandaat van professionals');
    expect(await bars.textContent()).toContain('Wisselwerking');
    expect(await bars.textContent()).toContain('Totale verandering');

    const findings = await axeFindings(page, 'verkenner');
    await screenshots(page, 'verkenner');
    expect(findings).toEqual([]);

    // The shared link opens the same setting and the same question.
    const shared = page.url();
    expect(shared).toContain('why=weeksToFirstHelp%3A2030');
    await page.reload();
    await allRunsIn(page, 3);
    expect(await page.getByLabel('Mandaat van professionals').inputValue()).toBe('1');
    await page.getByTestId('attribution').waitFor({ timeout: 240_000 });
    expect(page.url()).toBe(shared);
    expect(errors).toEqual([]);
  });
});
