import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { hasChromium, launchChromium } from '../tests/e2e/support/browser.ts';
import { serveBuiltClient } from '../tests/e2e/support/built-client.ts';
import type { Benchmark } from './bench-types.ts';

const YOUTH = 25_000;

type Provider = { fte: number; beds?: number };
type PresetFile = {
  id: string;
  name: string;
  municipalities: { youth: number; budgetEur: number }[];
  providers: Provider[];
};

/** npm-typisch scaled to one municipality of 25,000 youths: budget, staff and beds in proportion. */
const scenario25k = async (root: string) => {
  const s = JSON.parse(await readFile(join(root, 'scenarios/npm-typisch.json'), 'utf8')) as PresetFile;
  const f = YOUTH / s.municipalities[0].youth;
  return {
    ...s,
    id: 'bench-25000',
    name: 'npm-typisch, 25.000 jongeren',
    municipalities: [
      { ...s.municipalities[0], youth: YOUTH, budgetEur: Math.round(s.municipalities[0].budgetEur * f) },
    ],
    providers: s.providers.map((p) => ({
      ...p,
      fte: Math.round(p.fte * f * 100) / 100,
      ...(p.beds ? { beds: Math.round(p.beds * f) } : {}),
    })),
  };
};

/**
 * The verkenner in Debian's chromium: the page loads the 25,000-youth scenario from a file, runs its 20 seeds
 * (this warms the pool of two workers), then a control moves; the page's run store times the first seed's line
 * (`explorer_first_line_ms`) and all 20 seeds (`explorer_preview_ms`) of the new setting.
 */
export const explorerBenchmark: Benchmark = {
  name: 'explorer',
  slow: false,
  figures: ['explorer_first_line_ms', 'explorer_preview_ms'],
  run: async (ctx) => {
    if (!hasChromium) return { explorer_first_line_ms: null, explorer_preview_ms: null };
    const server = await serveBuiltClient('bench-explorer');
    const browser = await launchChromium();
    try {
      const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
      await page.goto(`${server.url}/verkenner?seeds=20&workers=2`);
      const scenario = await scenario25k(ctx.root);
      const file = Buffer.from(JSON.stringify(scenario));
      await page
        .getByLabel('Of open een scenariobestand (JSON)')
        .setInputFiles({ name: 'bench.json', mimeType: 'application/json', buffer: file });
      const status = page.locator('.verkenner-status');
      // Polled from here: the page's CSP allows no evaluated strings, and this file has no DOM types.
      const deadline = Date.now() + 600_000;
      const previewOf = async (part: string) => {
        const done = async () =>
          ((await status.getAttribute('data-timing-key')) ?? '').includes(part) &&
          ((await status.getAttribute('data-preview-ms')) ?? '') !== '';
        while (!(await done())) {
          if (Date.now() > deadline) throw new Error(`explorer: the preview of ${part} did not finish`);
          await page.waitForTimeout(20);
        }
      };
      // The 20 seeds of the file's own scenario (not those of the preset the page opened with, which can be
      // done first): this warms the pool for the scenario, its warm-ups kept per seed.
      await previewOf(`${scenario.id}~`);
      const mandate = page.getByLabel('Mandaat van professionals');
      await mandate.focus();
      await page.keyboard.press('End');
      await previewOf('mandate');
      return {
        explorer_first_line_ms: Number(await status.getAttribute('data-first-line-ms')),
        explorer_preview_ms: Number(await status.getAttribute('data-preview-ms')),
      };
    } finally {
      await browser.close();
      await server.close();
    }
  },
};
