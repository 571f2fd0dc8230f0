/**
 * Golden runs: one small seeded run per preset, summarised (region years, the first municipalities' years,
 * and per named family how many events of each kind it saw) and compared with tests/golden/<preset>.json.
 *
 * A failing golden means the engine's output changed. That may be intended (a recalibration, a mechanism
 * fix), but it is then REVIEWED: diff the JSON, explain the change in the commit message, and only then run
 * `npm run golden:update` (UPDATE_GOLDEN=1) to rewrite the files. Never regenerate goldens silently to make
 * a red build green: pure performance work must leave every golden byte-identical.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { FamilyEventKind, SimulationReport } from '../../engine/index.ts';
import { loadPreset, presetIds, runReport } from '../support/presets.ts';

const goldenDir = fileURLToPath(new URL('.', import.meta.url));
const update = process.env.UPDATE_GOLDEN === '1';
const seed = 1;
const years = 1;

/** Large presets: a one-year warm-up and only the first municipalities keep the run and the file small. */
const large: Record<string, { warmupWeeks: number; municipalities: number }> = {
  nederland: { warmupWeeks: 52, municipalities: 3 },
  'west-brabant-west': { warmupWeeks: 52, municipalities: 3 },
};

const summarise = (report: SimulationReport, warmupWeeks: number, municipalities: number) => {
  const kept = report.municipalities.slice(0, municipalities);
  const keptIds = new Set(kept.map((m) => m.id));
  return {
    scenario: report.scenario,
    seed: report.seed,
    warmupWeeks,
    years,
    region: report.region.years,
    municipalities: kept.map((m) => ({ id: m.id, years: m.years })),
    // Only the families of the kept municipalities (nederland has eight in each of its 342).
    families: report.families.filter((f) => keptIds.has(f.municipality)).map(familySummary),
  };
};

const familySummary = (f: SimulationReport['families'][number]) => {
  const counts: Partial<Record<FamilyEventKind, number>> = {};
  for (const e of f.events) counts[e.kind] = (counts[e.kind] ?? 0) + 1;
  const sorted = Object.fromEntries(Object.entries(counts).sort(([a], [b]) => a.localeCompare(b)));
  return { key: f.key, municipality: f.municipality, status: f.journey.status, eventCounts: sorted };
};

describe('golden runs (seed 1, 1 reported year)', () => {
  it.each(presetIds())('%s', (id) => {
    const size = large[id];
    const scenario = loadPreset(id, size ? { warmupWeeks: size.warmupWeeks } : {});
    const report = runReport(scenario, seed, years);
    // Through JSON so the comparison sees exactly what the file can hold.
    const summary: unknown = JSON.parse(
      JSON.stringify(summarise(report, scenario.warmupWeeks, size?.municipalities ?? Infinity)),
    );
    const file = `${goldenDir}${id}.json`;
    if (update) {
      writeFileSync(file, `${JSON.stringify(summary, null, 2)}\n`);
      return;
    }
    expect(existsSync(file), `${file} is missing: review a run, then \`npm run golden:update\``).toBe(true);
    expect(summary).toEqual(JSON.parse(readFileSync(file, 'utf8')));
  });
});
