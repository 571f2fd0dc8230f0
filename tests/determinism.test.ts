import { spawnSync } from 'node:child_process';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  advance,
  buildReport,
  cloneState,
  createSimulation,
  deserializeState,
  runScenario,
  type SimState,
  serializeState,
} from '../engine/index.ts';
import { advanceWithChanges, type DecisionChange, decisionChangesArb } from './support/decisions-arb.ts';
import { loadPreset, repoRoot } from './support/presets.ts';

/**
 * MODEL.md section 5, determinism: same scenario, seed and decisions give identical output, across
 * processes and after a save/resume. A short warm-up keeps each run to a fraction of a second.
 */
const scenario = loadPreset('npm-typisch', { warmupWeeks: 52 });
const budget = scenario.municipalities[0].budgetEur;
const reportText = (st: SimState): string => JSON.stringify(buildReport(st));

const run = (seed: number, weeks: number, changes: DecisionChange[]): SimState =>
  advanceWithChanges(createSimulation(scenario, seed), weeks, changes);

describe('determinism', () => {
  it('same scenario, seed and decision changes give the identical report', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 32 - 1 }),
        fc.integer({ min: 1, max: 2 }),
        decisionChangesArb(budget, 52 + 104),
        (seed, years, changes) => {
          const weeks = 52 + 52 * years;
          const inRun = changes.filter((c) => c.week < weeks);
          const a = run(seed, weeks, inRun);
          const b = run(seed, weeks, inRun);
          expect(a.regionHistory).toHaveLength(years);
          expect(reportText(b)).toBe(reportText(a));
        },
      ),
      { numRuns: 10 },
    );
  });

  it('different seeds give different results', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 32 - 2 }),
        fc.integer({ min: 1, max: 1000 }),
        (seed, delta) => {
          const other = (seed + delta) % 2 ** 32;
          const a = run(seed, 104, []);
          const b = run(other, 104, []);
          expect(JSON.stringify(a.regionHistory)).not.toBe(JSON.stringify(b.regionHistory));
        },
      ),
      { numRuns: 5 },
    );
  });

  /*
   * Save/resume: split an N+M week run at week N (inside the warm-up, right at a year boundary and in mid
   * year), with a decision change after the split, and compare with the uninterrupted run: the report and
   * the whole serialised state must be identical, so nothing (PRNG, calendar, queues) is lost or reordered.
   */
  const total = 52 + 104;
  const change: DecisionChange[] = [
    {
      week: 130,
      municipality: 0,
      decisions: {
        ...scenario.municipalities[0].decisions,
        tariffLevel: 0.8,
        access: 'direct',
        contractYears: 4,
      },
    },
  ];
  const uninterrupted = run(11, total, change);
  const uninterruptedState = serializeState(uninterrupted);
  const uninterruptedReport = reportText(uninterrupted);

  const resumeFrom = (split: number, restore: (json: string) => SimState): SimState => {
    const first = run(11, split, change);
    const resumed = restore(serializeState(first));
    const rest = change.map((c) => ({ ...c, week: c.week - split })).filter((c) => c.week >= 0);
    return advanceWithChanges(resumed, total - split, rest);
  };

  it('the decision change after the split matters (so resuming must carry it correctly)', () => {
    expect(reportText(run(11, total, []))).not.toBe(uninterruptedReport);
  });

  it.each([30, 52, 104, 122])('save at week %i, resume: identical report and state', (split) => {
    const resumed = resumeFrom(split, deserializeState);
    expect(reportText(resumed)).toBe(uninterruptedReport);
    expect(serializeState(resumed)).toBe(uninterruptedState);
  });

  it('resumes identically after a JSON round trip through a plain string, and from a clone', () => {
    // Parse and re-stringify: the saved state survives being stored as ordinary JSON text (a file, a DB).
    const viaText = resumeFrom(122, (json) => deserializeState(JSON.stringify(JSON.parse(json))));
    expect(serializeState(viaText)).toBe(uninterruptedState);
    expect(reportText(viaText)).toBe(uninterruptedReport);
    const viaClone = resumeFrom(122, (json) => cloneState(deserializeState(json)));
    expect(serializeState(viaClone)).toBe(uninterruptedState);
  });

  it('a clone runs on independently: advancing it leaves the original untouched', () => {
    const st = run(5, 60, []);
    const before = serializeState(st);
    const copy = cloneState(st);
    advance(copy, 10);
    expect(serializeState(st)).toBe(before);
    advance(st, 10);
    expect(serializeState(st)).toBe(serializeState(copy));
  });

  it('the CLI gives identical output in two processes, equal to an in-process run', () => {
    const args = ['bin/monopolycentrisme.js', 'simulate', '--scenario', 'veendam-jep', '--years', '1'];
    const cli = () =>
      spawnSync(process.execPath, [...args, '--seed', '7'], {
        cwd: repoRoot,
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
      });
    const a = cli();
    const b = cli();
    expect(a.status, a.stderr).toBe(0);
    expect(b.status, b.stderr).toBe(0);
    expect(a.stdout.length).toBeGreaterThan(1000);
    expect(b.stdout).toBe(a.stdout);
    expect(JSON.parse(a.stdout)).toEqual(
      JSON.parse(JSON.stringify(runScenario(loadPreset('veendam-jep'), 7, 1))),
    );
  });
});
