import { describe, expect, it } from 'vitest';
import type { YearReport } from '../engine/index.ts';
import { loadPreset, mean, runReport, spendPerYouthInCare } from './support/presets.ts';

/**
 * MODEL.md section 5 calibration targets. The bands are the spec's; when one fails, the engine is
 * recalibrated (parameters in engine/scenario/parameters.ts), never the band. Each band is a soft
 * expectation so one run reports every miss, and a table of target vs model is printed for the notes.
 */
type Band = { name: string; lo: number; hi: number; value: (y: YearReport) => number; digits: number };

const around = (target: number, rel: number) => ({ lo: target * (1 - rel), hi: target * (1 + rel) });

const bands: Band[] = [
  // CBS 2024: about 481,000 of 4.33 M youths 0-22, 1 in 9 (001:306-308).
  { name: 'prevalence', lo: 0.105, hi: 0.115, value: (y) => y.prevalence, digits: 4 },
  // CBS 2023: about 41,000 of 474,000, "about 9-10%"; the spec's "about" is read as half a point either side.
  { name: 'residentialShare', lo: 0.085, hi: 0.105, value: (y) => y.residentialShare, digits: 4 },
  // "Mean trajectory length about 1-1.5 years".
  { name: 'meanEpisodeWeeks', lo: 52, hi: 78, value: (y) => y.meanEpisodeWeeks, digits: 1 },
  // Admin share of professionals' time 20-40% (004:297).
  { name: 'adminShare', lo: 0.2, hi: 0.4, value: (y) => y.adminShare, digits: 4 },
  // About EUR 17,000 per youth in care (8.1 bn / ~481,000); 15% either side.
  { name: 'spendPerYouthInCare', ...around(17_000, 0.15), value: spendPerYouthInCare, digits: 0 },
];

const checkBands = (label: string, year: (b: Band) => number, extra: Band[] = []): void => {
  const rows = [...bands, ...extra].map((b) => {
    const v = year(b);
    const ok = v >= b.lo && v <= b.hi;
    expect
      .soft(v, `${label} ${b.name} = ${v.toFixed(b.digits)}, target [${b.lo}, ${b.hi}]`)
      .toBeGreaterThanOrEqual(b.lo);
    expect
      .soft(v, `${label} ${b.name} = ${v.toFixed(b.digits)}, target [${b.lo}, ${b.hi}]`)
      .toBeLessThanOrEqual(b.hi);
    return {
      measure: b.name,
      target: `${b.lo.toFixed(b.digits)} - ${b.hi.toFixed(b.digits)}`,
      model: Number(v.toFixed(b.digits)),
      ok: ok ? 'yes' : 'NO',
    };
  });
  console.log(`calibration ${label}`);
  console.table(rows);
};

describe('calibration (MODEL.md section 5)', () => {
  it('npm-typisch: last of 3 reported years, mean over seeds 1-3', () => {
    const scenario = loadPreset('npm-typisch');
    const lastYears = [1, 2, 3].map((seed) => runReport(scenario, seed, 3).region.years[2]);
    checkBands('npm-typisch (year 3, seeds 1-3)', (b) => mean(lastYears.map(b.value)));
  });

  it('nederland: first reported year after the preset warm-up, mean over seeds 1-3', () => {
    // The preset's own 3-year warm-up is kept: with 2 years the system has not settled (measured: prevalence
    // 0.099, residential 7.6%, 44 weeks, EUR 6.6 bn, all out of band). Three seeds, as for every slow preset.
    const years = [1, 2, 3].map((seed) => runReport(loadPreset('nederland'), seed, 1).region.years[0]);
    const nationalSpend: Band = {
      name: 'nationalSpendEur',
      // About EUR 8.1 billion a year (001:3125-3126); 15% either side.
      ...around(8.1e9, 0.15),
      value: (y) => y.spendEur,
      digits: 0,
    };
    checkBands('nederland (region, year 1, seeds 1-3)', (b) => mean(years.map(b.value)), [nationalSpend]);
    // About 30 s a seed on an idle 2-core machine; a loaded machine has been seen at 150 s a seed.
  }, 900_000);
});
