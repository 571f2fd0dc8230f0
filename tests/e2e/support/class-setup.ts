import type { BrowserContext, Page } from 'playwright-core';
import { viewports } from './browser.ts';
import { expectPhase } from './class-steps.ts';
import type { e2eHarness } from './harness.ts';

type Harness = ReturnType<typeof e2eHarness>;

export type ClassSession = {
  sessionId: string;
  joinCode: string;
  joinUrl: string;
  facilitatorToken: string;
  facilitator: Page;
  facilitatorContext: BrowserContext;
};

/** The lecturer's browser on the create form, at laptop size. */
export const openCreateForm = async (h: Harness) => {
  const facilitatorContext = await h.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const facilitator = h.watch(await facilitatorContext.newPage(), 'facilitator');
  await facilitator.goto(`${h.base}/facilitator`);
  await facilitator.getByRole('heading', { name: 'Nieuwe sessie' }).waitFor();
  return { facilitator, facilitatorContext };
};

/**
 * The class of the e2e files: west-brabant-west cut to two municipalities, four rounds, the provider team open,
 * and hour-long phases, so no timer moves the game behind the lecturer's back.
 */
export const fillClassForm = async (facilitator: Page) => {
  await facilitator.getByLabel('Scenario').selectOption('west-brabant-west');
  await facilitator.getByLabel('Aantal gemeenten (2–12)').fill('2');
  await facilitator.getByText('Er spelen 2 gemeenten, elk een team.').waitFor();
  await facilitator.getByLabel('Aantal rondes (4–10)').fill('4');
  await facilitator.getByLabel('Aanbiedersteam openen').check();
  for (const phase of ['Signalen', 'Overleg en besluit', 'Terugblik'])
    await facilitator.getByLabel(`${phase} (minuten)`).fill('60');
};

/** "Sessie maken": the session as the server announced it; the console is open. */
export const submitCreateForm = async (facilitator: Page) => {
  const created = facilitator.waitForResponse(
    (r) => r.url().endsWith('/api/sessions') && r.request().method() === 'POST',
  );
  await facilitator.getByRole('button', { name: 'Sessie maken' }).click();
  const session = (await (await created).json()) as Omit<ClassSession, 'facilitator' | 'facilitatorContext'>;
  await facilitator.getByRole('heading', { name: /^Console:/ }).waitFor();
  return session;
};

/** A class session made through the UI, the console open. */
export const createClassSession = async (h: Harness): Promise<ClassSession> => {
  const { facilitator, facilitatorContext } = await openCreateForm(h);
  await fillClassForm(facilitator);
  return { ...(await submitCreateForm(facilitator)), facilitator, facilitatorContext };
};

/**
 * A regio-veenland class with all five municipalities made through the UI (four rounds, hour-long phases, no
 * provider team; the bots play every seat no student takes), the console open: the projector's hardest case.
 */
export const createVeenlandClass = async (h: Harness): Promise<ClassSession> => {
  const { facilitator, facilitatorContext } = await openCreateForm(h);
  await facilitator.getByLabel('Scenario').selectOption('regio-veenland');
  await facilitator.getByLabel('Aantal gemeenten (2–12)').fill('5');
  await facilitator.getByText('Er spelen 5 gemeenten, elk een team.').waitFor();
  await facilitator.getByLabel('Aantal rondes (4–10)').fill('4');
  for (const phase of ['Signalen', 'Overleg en besluit', 'Terugblik'])
    await facilitator.getByLabel(`${phase} (minuten)`).fill('60');
  return { ...(await submitCreateForm(facilitator)), facilitator, facilitatorContext };
};

/** The projector, opened from the console's link, at 1920x1080. */
export const openProjector = async (h: Harness, s: ClassSession) => {
  const [projector] = await Promise.all([
    s.facilitatorContext.waitForEvent('page'),
    s.facilitator.getByRole('link', { name: 'Open het projectiescherm' }).click(),
  ]);
  h.watch(projector, 'projector');
  await projector.setViewportSize(viewports.projector);
  await projector.getByText(s.joinCode, { exact: true }).waitFor();
  return projector;
};

/** The console's "Volgende fase", then wait until the console shows `expected`. */
export const advance = async (facilitator: Page, expected: string) => {
  await facilitator.getByRole('button', { name: 'Volgende fase' }).click();
  await expectPhase(facilitator, expected);
};

/**
 * Plays `rounds` rounds from the console, phase by phase; `decide(round)` runs in each round's deliberation
 * (students submitting, or nothing: the bots and last year's decisions play on). Ends in the last look-back.
 */
export const playRounds = async (
  facilitator: Page,
  rounds: number,
  decide: (round: number) => Promise<void>,
) => {
  for (let round = 1; round <= rounds; round += 1) {
    await advance(facilitator, 'Overleg en besluit');
    await decide(round);
    await advance(facilitator, 'Doorrekenen');
    await advance(facilitator, 'Terugblik');
    if (round < rounds) await advance(facilitator, `Ronde ${round + 1} van ${rounds}`);
  }
};
