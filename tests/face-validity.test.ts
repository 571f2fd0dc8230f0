import { describe, expect, it } from 'vitest';
import type { SimulationReport } from '../engine/index.ts';
import { loadPreset, mean, runReport, spendPerYouthInCare } from './support/presets.ts';

/**
 * MODEL.md section 5, face validity of presets (004:339-347, 004:398, 004:470). Thresholds are the spec's;
 * a miss is reported to the engine side for recalibration, never absorbed by loosening the test. Soft
 * expectations so that every year that misses shows up in one run.
 */
// Ten seeds, as every claim about the model (seed 1 is not special).
const seeds = [1, 8, 15, 22, 29, 36, 43, 50, 57, 64];
const runs = (id: string, years: number): SimulationReport[] =>
  seeds.map((seed) => runReport(loadPreset(id), seed, years));

/** Per reported year, the mean over seeds of one region figure. */
const perYear = (reports: SimulationReport[], f: (r: SimulationReport, y: number) => number): number[] =>
  reports[0].region.years.map((_, y) => mean(reports.map((r) => f(r, y))));

describe('face validity of presets', () => {
  it('veendam-jep: first help near zero waiting in every year', () => {
    // The cost path (costs first, then down) is a story test from the NPM baseline (tests/story.test.ts): a
    // preset that starts in its good state has no transition to show.
    const reports = runs('veendam-jep', 5);
    const medianWaits = (y: number): number[] =>
      reports.map((r) => r.region.years[y].weeksToFirstHelp.median).sort((a, b) => a - b);
    const cost = perYear(reports, (r, y) => spendPerYouthInCare(r.region.years[y]));
    const rows = reports[0].region.years.map((_, y) => {
      const w = medianWaits(y);
      return {
        year: y + 1,
        medianWeeksToFirstHelp: w[Math.floor(w.length / 2)],
        seedMin: w[0],
        seedMax: w[w.length - 1],
        eurPerYouthInCare: Math.round(cost[y]),
      };
    });
    console.log(`veendam-jep per year (median wait: median of ${seeds.length} seeds; cost: their mean):`);
    console.table(rows);
    // "Near zero": in the typical run (the median seed) the median family gets real help within two weeks of
    // asking (the intake week, then a week to the provider with the shared plan, M2), in every year.
    for (const row of rows) {
      expect
        .soft(row.medianWeeksToFirstHelp, `year ${row.year}: median weeks to first help`)
        .toBeLessThanOrEqual(2);
    }
  });

  it('oss-proeftuin: families trust more than under npm-typisch (mean of 3 years and 10 seeds)', () => {
    const trust = (id: string) => mean(runs(id, 3).flatMap((r) => r.region.years.map((y) => y.trust)));
    const oss = trust('oss-proeftuin');
    const npm = trust('npm-typisch');
    console.log(`trust: oss-proeftuin ${oss.toFixed(3)}, npm-typisch ${npm.toFixed(3)}`);
    expect(oss).toBeGreaterThan(npm);
  });

  it('peel-en-maas-hendig: sick leave under 2% from year 2 on (each of 10 seeds)', () => {
    const reports = runs('peel-en-maas-hendig', 4);
    for (const [i, r] of reports.entries()) {
      console.log(
        `peel-en-maas-hendig seed ${seeds[i]} sick leave: ${r.region.years.map((y) => y.sickLeave)}`,
      );
      for (const y of r.region.years.slice(1)) {
        expect.soft(y.sickLeave, `seed ${seeds[i]} ${y.year} sick leave`).toBeLessThan(0.02);
      }
    }
  });
});
