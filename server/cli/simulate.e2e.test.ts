import { spawnSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { smallScenario, withTempDir } from './test-support/fixtures.ts';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

// End-to-end through the real engine: if only this test fails, check first whether the engine is finished
// (stderr then says "could not load the simulation engine").
describe('[needs engine] simulate end-to-end', () => {
  it('runs a small scenario for one year and writes the JSON report', () =>
    withTempDir(async (dir) => {
      const scenarioFile = join(dir, 'klein.json');
      const out = join(dir, 'report.json');
      await writeFile(scenarioFile, JSON.stringify(smallScenario()));
      const result = spawnSync(
        process.execPath,
        ['bin/monopolycentrisme.js', 'simulate', '--scenario', scenarioFile, '--years', '1', '--out', out],
        { cwd: repoRoot, encoding: 'utf8', env: { ...process.env, DEBUG: '1' } },
      );
      expect(result.stderr).not.toContain('could not load the simulation engine');
      expect(result.status, result.stderr).toBe(0);
      expect(result.stdout).toBe('');
      const report = JSON.parse(await readFile(out, 'utf8'));
      expect(report).toMatchObject({ scenario: 'test-klein', seed: 1, startYear: expect.any(Number) });
      expect(report.municipalities[0]).toMatchObject({ id: 'dorp', name: 'Dorp', youth: 2000 });
      expect(report.municipalities[0].years).toHaveLength(1);
      expect(report.region.years).toHaveLength(1);
      const year = report.region.years[0];
      for (const field of [
        'year',
        'youthInCare',
        'prevalence',
        'weeksToFirstHelp',
        'spendByLine',
        'dashboard',
      ]) {
        expect(year).toHaveProperty(field);
      }
      expect(Array.isArray(report.families)).toBe(true);
    }));

  it('accepts a scenario with policyChanges and applies them from their year; refuses a bad one by path', () =>
    withTempDir(async (dir) => {
      const base = smallScenario();
      const startYear = 2026;
      const scenarioFile = join(dir, 'beleid.json');
      const out = join(dir, 'report.json');
      const simulate = (file: string, extra: string[] = []) =>
        spawnSync(
          process.execPath,
          ['bin/monopolycentrisme.js', 'simulate', '--scenario', file, '--years', '3', ...extra],
          { cwd: repoRoot, encoding: 'utf8' },
        );
      await writeFile(
        scenarioFile,
        JSON.stringify({
          ...base,
          startYear,
          policyChanges: [{ year: startYear + 1, municipality: 'dorp', decisions: { budgetEur: 4_500_000 } }],
        }),
      );
      const result = simulate(scenarioFile, ['--out', out]);
      expect(result.status, result.stderr).toBe(0);
      const report = JSON.parse(await readFile(out, 'utf8'));
      const years = report.municipalities[0].years;
      expect(years.map((y: { year: number }) => y.year)).toEqual([startYear, startYear + 1, startYear + 2]);
      expect(years.map((y: { budgetEur: number }) => y.budgetEur)).toEqual([3_000_000, 4_500_000, 4_500_000]);

      await writeFile(
        scenarioFile,
        JSON.stringify({
          ...base,
          policyChanges: [{ year: 2026, municipality: 'stad', decisions: { mandate: 1 } }],
        }),
      );
      const refused = simulate(scenarioFile);
      expect(refused.status).not.toBe(0);
      expect(refused.stderr).toContain(
        '$.policyChanges[0].municipality: no municipality "stad" in this scenario',
      );
    }));
});
