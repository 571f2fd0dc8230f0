import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { pageHeight, smallestText, viewports } from './support/browser.ts';
import { createVeenlandClass, openProjector, playRounds } from './support/class-setup.ts';
import { expectPhase, joinAs, wethouderSubmits } from './support/class-steps.ts';
import { e2eHarness, skipE2e } from './support/harness.ts';

const out = process.env.SHOTS_DIR ?? '/tmp/shots';

/** Font sizes (px) of the visible text on the page: the smallest, the largest and the most common. */
const textSizes = (page: Page, selector = 'body') =>
  page.evaluate<{ min: number; max: number; common: number }>(`(() => {
    const counts = new Map();
    for (const root of document.querySelectorAll(${JSON.stringify(selector)}))
      for (const el of [root, ...root.querySelectorAll('*')]) {
        const own = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim() !== '');
        const box = el.getBoundingClientRect();
        if (!own || box.width === 0 || box.height === 0 || el.closest('.visually-hidden')) continue;
        const size = parseFloat(getComputedStyle(el).fontSize);
        counts.set(size, (counts.get(size) || 0) + 1);
      }
    const sizes = [...counts.keys()];
    const common = sizes.reduce((a, b) => (counts.get(b) > counts.get(a) ? b : a), sizes[0]);
    return { min: Math.min(...sizes), max: Math.max(...sizes), common };
  })()`);

/**
 * The screen as it is seen (viewport, scrolled to `at` when given, else to the top) and, for a phone, the whole
 * page; prints its size and text sizes.
 */
const shoot = async (page: Page, name: string, selector?: string, at?: string) => {
  if (at) await page.locator(at).first().scrollIntoViewIfNeeded();
  else await page.evaluate('window.scrollTo(0, 0)');
  await page.waitForTimeout(400);
  await page.screenshot({ path: join(out, `${name}.png`) });
  const size = page.viewportSize();
  if (size && size.width < 600)
    await page.screenshot({ path: join(out, `${name}.full.png`), fullPage: true });
  const height = await page.evaluate<number>('document.documentElement.scrollHeight');
  const text = await textSizes(page, selector);
  console.log(
    `${name}: ${size?.width}x${size?.height}, page ${height} px tall, text ${JSON.stringify(text)}`,
  );
};

/**
 * A four-round regio-veenland class (five municipalities, bots where no student sits), photographed where the
 * closing note of issue 15 needs it: the projector's results and presenter at 1920x1080, a role screen, the
 * family list and the debrief on a 390x844 phone.
 */
describe.skipIf(skipE2e)('screenshots of a regio-veenland class', () => {
  const h = e2eHarness('shots');

  it('plays four rounds and photographs projector, presenter and phones', async () => {
    await mkdir(out, { recursive: true });
    const s = await createVeenlandClass(h);
    const { facilitator, facilitatorContext } = s;
    const projector = await openProjector(h, s);
    const code = { base: h.base, joinCode: s.joinCode };
    const ayla = await joinAs(h.browser, h.watch, code, { name: 'Ayla', municipality: 1, role: 'wethouder' });
    const kim = await joinAs(h.browser, h.watch, code, {
      name: 'Kim',
      municipality: 1,
      role: 'ervaringsdeskundige',
    });
    const chen = await joinAs(h.browser, h.watch, code, { name: 'Chen', municipality: 4, role: 'wethouder' });

    await facilitator.getByRole('button', { name: 'Start het spel' }).click();
    await expectPhase(facilitator, 'Ronde 1 van 4');
    await playRounds(facilitator, 4, async (round) => {
      if (round > 2) return;
      await wethouderSubmits(ayla, round === 1 ? '0.12' : '0.15');
      await wethouderSubmits(chen, round === 1 ? '0.1' : '0.06');
    });
    await projector.getByRole('heading', { name: /^Resultaten 2029/ }).waitFor();
    await shoot(projector, '1-projector-results', '.projector-play');
    // The look-back of five municipalities fits one projector screen (it was 1,592 px), labels at 24 px or more.
    expect(await pageHeight(projector)).toBeLessThanOrEqual(viewports.projector.height);
    expect(await smallestText(projector, '.projector-play')).toBeGreaterThanOrEqual(24);
    await ayla.page.getByRole('tab', { name: 'Wethouder' }).click();
    await shoot(ayla.page, '2-phone-wethouder');
    await kim.page.getByRole('tab', { name: 'Ervaringsdeskundige' }).click();
    await kim.page.locator('.family-list').waitFor();
    await shoot(kim.page, '3-phone-family-list', '.family-list', '.family-list');

    await facilitator.getByRole('button', { name: 'Naar de nabespreking' }).click();
    await expectPhase(facilitator, 'Nabespreking');
    for (const n of [1, 2, 3]) {
      await projector.getByText(`Vraag ${n} van 3`).waitFor();
      await shoot(projector, `4-presenter-question-${n}`, '.presenter');
      await projector.keyboard.press('ArrowRight');
    }
    await projector.getByRole('heading', { name: /^Meetbaar naast merkbaar/ }).waitFor();
    await shoot(projector, '5-presenter-side-by-side', '.presenter');
    // Five municipalities' panels fit one projector screen, labels at 24 px or more.
    expect(await pageHeight(projector)).toBeLessThanOrEqual(viewports.projector.height);
    expect(await smallestText(projector, '.presenter')).toBeGreaterThanOrEqual(24);
    await chen.page.getByText('De nabespreking is begonnen').waitFor();
    await chen.page.setViewportSize(viewports.phone);
    await chen.page.locator('#debrief-q-3').waitFor();
    await shoot(chen.page, '6-phone-debrief', '.debrief');
    await chen.page.locator('#debrief-q-3 > button').click();
    await shoot(chen.page, '7-phone-debrief-question-3', '.debrief', '#debrief-q-3');
    for (const x of [ayla, kim, chen]) await x.context.close();
    await facilitatorContext.close();
  });
});
