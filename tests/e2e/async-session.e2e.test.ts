import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectPhase, inkoperDrafts, joinAs } from './support/class-steps.ts';
import { e2eHarness, skipE2e } from './support/harness.ts';

const HOUR = 3600 * 1000;
const DAY = 24 * HOUR;

/**
 * Play between lectures (issue 15): phases last days; the lecturer sees who has acted and gives a day more;
 * as a deadline nears students and the lecturer are reminded ("Nog 1 dag"); the timer survives a restart of
 * the server and, when the server comes back after the deadline, moves the game on at once.
 */
describe.skipIf(skipE2e)('an asynchronous session in the browser', () => {
  const h = e2eHarness('async');

  it('keeps deadlines in days across restarts, with reminders', { timeout: 600_000 }, async () => {
    const lecturer = h.watch(await (await h.browser.newContext()).newPage(), 'lecturer');
    await lecturer.setViewportSize({ width: 1280, height: 900 });
    await lecturer.goto(`${h.base}/facilitator`);
    await lecturer.getByLabel('Tussen colleges door').check();
    await lecturer.getByLabel('Aantal gemeenten (2–12)').fill('2');
    await lecturer.getByLabel('Aantal rondes (4–10)').fill('4');
    await lecturer.getByLabel('Signalen (dagen)').fill('3');
    await lecturer.getByLabel('Overleg en besluit (dagen)').fill('2');
    await h.look(lecturer, 'create');
    const created = lecturer.waitForResponse((r) => r.url().endsWith('/api/sessions'));
    await lecturer.getByRole('button', { name: 'Sessie maken' }).click();
    const s = (await (await created).json()) as {
      sessionId: string;
      joinCode: string;
      facilitatorToken: string;
    };
    const timer = async () => {
      const res = await fetch(`${h.base}/api/sessions/${s.sessionId}/view`, {
        headers: { authorization: `Bearer ${s.facilitatorToken}` },
      });
      const { view } = (await res.json()) as {
        view: { session: { phase: string; timer: { deadline: number } } };
      };
      return { phase: view.session.phase, deadline: view.session.timer.deadline };
    };

    const join = { base: h.base, joinCode: s.joinCode };
    const ayla = await joinAs(h.browser, h.watch, join, { name: 'Ayla', municipality: 1, role: 'inkoper' });
    const bram = await joinAs(h.browser, h.watch, join, { name: 'Bram', municipality: 2, role: 'wethouder' });
    const projector = h.watch(await (await h.browser.newContext()).newPage(), 'projector');
    await projector.goto(`${h.base}/projector/${s.sessionId}`);
    await projector.getByText('2 studenten doen mee').waitFor();
    await h.look(projector, 'projector-lobby');

    await lecturer.getByRole('button', { name: 'Start het spel' }).click();
    await expectPhase(bram.page, 'Signalen');
    // Three days away: a date, no countdown and no reminder yet.
    await bram.page.locator('.banner .timer').getByText(/^tot /).waitFor();
    expect(await bram.page.locator('.reminder').count()).toBe(0);

    // Ayla saves a proposal; the console says who acted this round and who did not.
    await inkoperDrafts(ayla, '1.1', 'taakgericht');
    const seat = (name: string) => lecturer.locator('li.seat', { hasText: `${name} (` });
    await seat('Ayla').getByText('deed iets deze ronde').waitFor();
    await seat('Bram').getByText('nog niets gedaan deze ronde').waitFor();
    await lecturer.getByText('1 van 2 studenten deed deze ronde iets.', { exact: false }).waitFor();
    const first = await timer();
    await lecturer.getByRole('button', { name: 'Een dag erbij' }).click();
    await expect.poll(async () => (await timer()).deadline).toBe(first.deadline + DAY);
    const { deadline } = await timer();
    await h.look(lecturer, 'console-acted');

    // Twenty hours before the deadline: "Nog 1 dag" on Bram's phone and on the console, with whom to remind.
    const nearDeadline = async (page: Page) => {
      await page.clock.setFixedTime(deadline - 20 * HOUR);
      await page.reload();
      await page.locator('.reminder').getByText('Nog 1 dag:').waitFor();
    };
    await nearDeadline(bram.page);
    await bram.page.locator('.reminder').getByText('Lees de signalen en sla je voorstel op').waitFor();
    await h.look(bram.page, 'reminder');
    await nearDeadline(lecturer);
    await lecturer.locator('.reminder').getByText('Nog niets gedaan deze ronde: Bram.').waitFor();
    await h.look(lecturer, 'console-reminder');

    // The server restarts: the same phase, the same deadline, Ayla's proposal still counted.
    await h.restart();
    expect(await timer()).toEqual({ phase: 'signalen', deadline });
    await seat('Ayla').getByText('deed iets deze ronde').waitFor();
    // It restarts again, a minute after the deadline by its clock: the timer moves the game on at once.
    await h.restart(deadline - (Date.now() + h.clockOffsetMs) + 60_000);
    await expect.poll(async () => (await timer()).phase, { timeout: 15_000 }).toBe('overleg');
    await expectPhase(bram.page, 'Overleg en besluit');
    await expectPhase(lecturer, 'Overleg en besluit');
    // A proposal lasts the whole round: Ayla still counts as having acted.
    await seat('Ayla').getByText('deed iets deze ronde').waitFor();
    h.reconnected();
    await h.look(bram.page, 'after-restart');
    h.expectClean();
  });
});
