import { describe, expect, it } from 'vitest';
import { pageHeight, smallestText, viewports } from './support/browser.ts';
import { advance, createVeenlandClass, openProjector } from './support/class-setup.ts';
import { e2eHarness, skipE2e } from './support/harness.ts';

/**
 * The projector in the look-back of a regio-veenland class with five municipalities (issue 15): the teams'
 * statuses and the meetbaar/merkbaar small multiples of all five fit one 1920x1080 screen (they ran to 1,592
 * px: a lecturer cannot scroll a projector in front of a hall), every label at 24 px or more. The bots play
 * every municipality; the console moves the phases.
 */
describe.skipIf(skipE2e)('the projector of a five-municipality class', () => {
  const h = e2eHarness('class-projector');

  it('fits the look-back on one projector screen', { timeout: 600_000 }, async () => {
    const s = await createVeenlandClass(h);
    const { facilitator, facilitatorContext } = s;
    const projector = await openProjector(h, s);
    await facilitator.getByRole('button', { name: 'Start het spel' }).click();
    await advance(facilitator, 'Overleg en besluit');
    await advance(facilitator, 'Doorrekenen');
    await advance(facilitator, 'Terugblik');
    await projector.getByRole('heading', { name: /^Resultaten / }).waitFor();
    expect(await projector.locator('.team-strip > li').count()).toBe(5);
    expect(await projector.locator('.panel').count()).toBe(6);
    expect(await projector.getByText('kijkt terug').count()).toBe(5);
    expect(await pageHeight(projector)).toBeLessThanOrEqual(viewports.projector.height);
    expect(await smallestText(projector, '.projector')).toBeGreaterThanOrEqual(24);
    // The last panel's last row is on the screen, not below it.
    const last = await projector.locator('.panel-rows li').last().boundingBox();
    expect((last?.y ?? Infinity) + (last?.height ?? 0)).toBeLessThanOrEqual(viewports.projector.height);
    await h.look(projector, 'projector-five');
    await facilitatorContext.close();
    h.expectClean();
  });
});
