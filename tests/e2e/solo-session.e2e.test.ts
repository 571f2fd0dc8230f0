import { describe, expect, it } from 'vitest';
import { expectPhase, phoneContext, type Student, wethouderSubmits } from './support/class-steps.ts';
import { e2eHarness, skipE2e } from './support/harness.ts';

/**
 * Solo play as homework (issue 15): a student makes a session alone on a phone, plays one municipality while
 * the game's bots play the others, moves every phase on, starts from last year's figures (the baseline), and
 * the debrief sets the student's municipality beside the bots'.
 */
describe.skipIf(skipE2e)('a solo session in the browser', () => {
  const h = e2eHarness('solo');

  it('runs from creation to the debrief with only the student', { timeout: 600_000 }, async () => {
    const context = await phoneContext(h.browser);
    const page = h.watch(await context.newPage(), 'Sam');
    await page.goto(`${h.base}/facilitator`);
    await page.getByLabel('Alleen (huiswerk)').check();
    await page.getByText('Alleen: geen klok. De student gaat zelf verder.').waitFor();
    await page.getByLabel('Aantal gemeenten (2–12)').fill('3');
    await page.getByLabel('Aantal rondes (4–10)').fill('4');
    await page.getByLabel('Doorrekenen (seconden)').fill('0');
    await h.look(page, 'create');
    await page.getByRole('button', { name: 'Sessie maken' }).click();
    // Straight on to the one seat.
    await page.getByLabel('Je naam in het spel').fill('Sam');
    await page.getByLabel('Gemeente').selectOption({ index: 1 });
    await page.getByRole('button', { name: 'Plaats nemen' }).click();
    const heading = page.getByRole('heading', { level: 1, name: /^Sam, / });
    await heading.waitFor();
    const team = ((await heading.textContent()) ?? '').replace('Sam, ', '');
    const sam: Student = { name: 'Sam', context, page, rejoinCode: '', team };
    await page.getByText('Je speelt alleen: het spel speelt de andere gemeenten.').waitFor();
    await h.look(page, 'lobby');

    const next = async (control: string, expected: string) => {
      await page.getByRole('button', { name: control }).click();
      await expectPhase(page, expected);
    };
    await next('Start het spel', 'Ronde 1 van 4');
    // Round 1 starts from last year, the warm-up's last: every role's screen says so, none is blank.
    for (const tab of ['Wethouder', 'Inkoper', 'Professional', 'Ervaringsdeskundige']) {
      await page.getByRole('tab', { name: tab, exact: true }).click();
      await page.getByText(/^Cijfers van vorig jaar \(2025\), het laatste inloopjaar/).waitFor();
      expect(await page.getByText('Nog geen jaar doorgerekend.').count()).toBe(0);
    }
    await page.getByRole('tab', { name: 'Wethouder', exact: true }).click();
    await h.look(page, 'round-1-wethouder');
    await next('Volgende fase', 'Overleg en besluit');
    await wethouderSubmits(sam, '0.45');
    await next('Volgende fase', 'Doorrekenen');
    await next('Volgende fase', 'Terugblik');
    await page.getByText('Cijfers van 2026.').waitFor();
    for (const round of [2, 3, 4]) {
      await next('Volgende fase', `Ronde ${round} van 4`);
      for (const phase of ['Overleg en besluit', 'Doorrekenen', 'Terugblik'])
        await next('Volgende fase', phase);
    }
    await h.look(page, 'terugblik');
    await page.getByRole('button', { name: 'Naar de nabespreking' }).click();
    await expectPhase(page, 'Nabespreking');

    // The debrief sets Sam's municipality beside the two the bots played.
    await page.getByText(`Jij speelde ${team}; de andere gemeenten speelde het spel zelf.`).waitFor();
    const rows = page.locator('table.side-by-side').first().locator('tbody th[scope="row"]');
    await expect.poll(() => rows.count()).toBe(3);
    const names = await rows.allTextContents();
    expect(names.filter((n) => n === `${team} (jouw gemeente)`)).toHaveLength(1);
    expect(names.filter((n) => n.endsWith(' (bot)'))).toHaveLength(2);
    expect(await page.locator('ul.evidence > li').count()).toBeGreaterThan(0);
    await h.look(page, 'debrief');
    await context.close();
    h.expectClean();
  });
});
