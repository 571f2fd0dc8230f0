import type { Browser, BrowserContext, Page } from 'playwright-core';
import { expect } from 'vitest';
import { viewports } from './browser.ts';

/** Steps of the class session that act on one page, in Dutch (the default language), through the UI only. */

export type Student = { name: string; context: BrowserContext; page: Page; rejoinCode: string; team: string };

export const phoneContext = (browser: Browser) =>
  browser.newContext({ viewport: viewports.phone, isMobile: true, hasTouch: true, deviceScaleFactor: 1 });

const banner = (page: Page) => page.locator('.banner p[aria-live]');

/** Waits until the session banner names the phase (or round) a page should be in. */
export const expectPhase = async (page: Page, text: string) => {
  await expect
    .poll(async () => (await banner(page).textContent()) ?? '', { timeout: 15_000 })
    .toContain(text);
};

/** The inkoper drafts tariffs and funding. */
export const inkoperDrafts = async (s: Student, tariff: string, funding: string) => {
  await s.page.getByRole('tab', { name: 'Inkoper' }).click();
  await s.page.getByLabel('Tarief (deel van de kostprijs)').fill(tariff);
  await s.page.getByLabel('Bekostiging').selectOption(funding);
  await s.page.getByRole('button', { name: 'Voorstel opslaan' }).click();
  await s.page.locator('.desk-status.saved').waitFor();
};

/**
 * A role changes one of its choices on its own tab and leaves it: the desk saves by itself (role-desk.tsx
 * AUTOSAVE_MS) and says so. Picks an option other than the one shown; returns what it picked.
 */
export const deskChoice = async (s: Student, tab: string, label: string): Promise<string> => {
  await s.page.getByRole('tab', { name: tab, exact: true }).click();
  const select = s.page.getByLabel(label, { exact: true });
  const current = await select.inputValue();
  const options = await select
    .locator('option')
    .evaluateAll((os) => os.map((o) => o.getAttribute('value') ?? ''));
  const next = options.find((o) => o !== current) ?? current;
  await select.selectOption(next);
  await s.page.locator('.desk-status.unsaved, .desk-status.saving, .desk-status.saved').first().waitFor();
  await s.page.locator('.desk-status.saved').waitFor();
  return next;
};

/** A role moves a slider of its own to a value (a different one each round) and the desk saves it by itself. */
export const deskSlider = async (s: Student, tab: string, id: string, value: string) => {
  await s.page.getByRole('tab', { name: tab, exact: true }).click();
  await s.page.locator(`#${id}`).fill(value);
  await s.page.locator('.desk-status.saved').waitFor();
};

/** The wethouder moves budget forward, sees it in the summary and submits. */
export const wethouderSubmits = async (s: Student, attack: string) => {
  await s.page.getByRole('tab', { name: 'Wethouder' }).click();
  await s.page.locator('#split-aanval').fill(attack);
  await s.page.locator('ul.changes').getByText('Verdeling van het budget').waitFor();
  await s.page.getByRole('button', { name: 'Indienen voor de gemeente' }).click();
  await s.page.getByText('Ingediend. Wacht op het doorrekenen.').waitFor();
};

/** The projector's debrief presenter: one question with its evidence on screen. */
export const presenterShows = async (page: Page, question: number) => {
  await page.getByText(`Vraag ${question} van 3`).waitFor();
  expect(await page.locator('.presenter-evidence > li').count()).toBeGreaterThan(0);
};

/**
 * Opens a section of the compact debrief (the play screen: one section open at a time) by the id of its
 * heading, whose button says aria-expanded; in the full debrief (console, report) every section is open.
 */
export const openDebriefSection = async (page: Page, id: string) => {
  const closed = page.locator(`#${id} > button[aria-expanded="false"]`);
  if ((await closed.count()) > 0) await closed.click();
  await page.locator(`section[aria-labelledby="${id}"]`).waitFor();
};

/**
 * The debrief: evidence for all three questions, highlighted loops, a family's route and the replay. Question 3
 * (learning or settling accounts) has facts from each municipality's own year (game/debrief/level-facts.ts), so
 * even four rounds on a settled baseline, where no contrast passes its threshold, answer it; "Nog geen bewijs
 * uit deze sessie." is only for a debrief opened before any round was calculated. In the compact debrief a
 * closed question still shows its strongest fact; the loops are opened to count them.
 */
export const debriefHasEvidence = async (page: Page) => {
  const questions = page.locator('.debrief-question');
  await questions.first().waitFor();
  expect(await questions.count()).toBe(3);
  for (let i = 0; i < 3; i += 1) {
    expect(await questions.nth(i).locator('ul.evidence > li').count(), `question ${i + 1}`).toBeGreaterThan(
      0,
    );
    expect(await questions.nth(i).getByText('Nog geen bewijs uit deze sessie.').count()).toBe(0);
  }
  for (const id of ['debrief-loops', 'debrief-families', 'debrief-replay'])
    await page.locator(`#${id}`).waitFor();
  await openDebriefSection(page, 'debrief-loops');
  expect(await page.locator('figure.loop-figure').count()).toBe(6);
  expect(await page.locator('figure.loop-figure.dominant').count()).toBeGreaterThan(0);
};

/** Presses Tab until the focused element matches `selector`: how a keyboard-only student gets somewhere. */
export const tabTo = async (page: Page, selector: string, max = 60) => {
  const focused = `document.activeElement !== null && document.activeElement.matches(${JSON.stringify(selector)})`;
  for (let i = 0; i < max; i += 1) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(focused)) return;
  }
  throw new Error(`${max} presses of Tab never reached ${selector}`);
};

/** The selected tab of the play screen, by its name. */
export const selectedTab = (page: Page) =>
  page.locator('[role="tab"][aria-selected="true"]').first().textContent();

/**
 * A student joins on a phone through the UI: by the QR link (the join URL) or by typing the code, then name,
 * municipality (by index) and role. Returns the seated student with the rejoin code the screen shows.
 */
export const joinAs = async (
  browser: Browser,
  watch: (page: Page, who: string) => Page,
  join: { base: string; joinCode: string; joinUrl?: string },
  student: { name: string; municipality: number; role: string },
  beforeSeat?: (page: Page) => Promise<void>,
): Promise<Student & { ms: number }> => {
  const { name, municipality, role } = student;
  const context = await phoneContext(browser);
  const page = watch(await context.newPage(), name);
  const startedAt = performance.now();
  if (join.joinUrl) await page.goto(join.joinUrl);
  else {
    await page.goto(`${join.base}/join`);
    await page.locator('#join-code').fill(join.joinCode.toLowerCase());
    await page.getByRole('button', { name: 'Verder' }).click();
  }
  await page.getByLabel('Je naam in het spel').waitFor();
  await beforeSeat?.(page);
  await page.getByLabel('Je naam in het spel').fill(name);
  if (role !== 'aanbieder') await page.getByLabel('Gemeente').selectOption({ index: municipality });
  await page.getByLabel('Rol', { exact: true }).selectOption(role);
  await page.getByRole('button', { name: 'Plaats nemen' }).click();
  const heading = page.getByRole('heading', { level: 1, name: new RegExp(`^${name}, `) });
  await heading.waitFor();
  const ms = Math.round(performance.now() - startedAt);
  const team = ((await heading.textContent()) ?? '').replace(`${name}, `, '');
  const rejoinText = (await page.getByText(/^Je terugkeercode:/).textContent()) ?? '';
  const rejoinCode = /terugkeercode: (\w+)\./.exec(rejoinText)?.[1] ?? '';
  expect(rejoinCode).toMatch(/^[23456789A-Z]{8}$/);
  return { name, context, page, rejoinCode, team, ms };
};

/**
 * Every role of a team drafts (defect 3): the inkoper its tariff and funding, the professional (held by the
 * same student) the mandate, the ervaringsdeskundige another learning rhythm. Returns what was drafted.
 */
export const draftEveryRole = async (
  inkoper: Student,
  ervaringsdeskundige: Student,
  levers: { tariffLevel: number; funding: string; mandate: number },
) => {
  await inkoperDrafts(inkoper, String(levers.tariffLevel), levers.funding);
  await deskSlider(inkoper, 'Professional', 'lever-mandate', String(levers.mandate));
  return {
    ...levers,
    learningRhythm: await deskChoice(ervaringsdeskundige, 'Ervaringsdeskundige', 'Leerritme'),
  };
};
