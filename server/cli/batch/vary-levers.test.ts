import { describe, expect, it } from 'vitest';
import { parseBatchOptions } from './batch-options.ts';
import { factorialCells, parseLeverValue, parseVary } from './vary-levers.ts';

describe('parseVary', () => {
  it('reads numbers, options, booleans and budget splits, checked by the scenario schema', () => {
    const r = parseVary([
      'tariffLevel=0.8,1.2',
      'access=direct',
      'regional.jointContracting=true,false',
      'budgetSplit=0.2/0.2/0.6',
    ]);
    expect(r).toEqual({
      ok: true,
      factors: [
        { lever: 'tariffLevel', values: [0.8, 1.2] },
        { lever: 'access', values: ['direct'] },
        { lever: 'regional.jointContracting', values: [true, false] },
        { lever: 'budgetSplit', values: [{ aanval: 0.2, middenveld: 0.2, verdediging: 0.6 }] },
      ],
    });
  });

  it('reports every problem together: unknown lever, out of range, wrong option, repeated, empty', () => {
    const r = parseVary([
      'tarif=1',
      'tariffLevel=2,0.9',
      'access=deur',
      'tariffLevel=1',
      'mandate=',
      'budgetSplit=0.5/0.5/0.5',
    ]);
    expect(r.ok).toBe(false);
    const problems = r.ok ? [] : r.problems;
    expect(problems).toHaveLength(6);
    expect(problems[0]).toMatch(/unknown lever "tarif"/);
    expect(problems[1]).toMatch(/tariffLevel: value "2": .*1\.4/);
    expect(problems[2]).toMatch(/access: value "deur"/);
    expect(problems[3]).toMatch(/varied twice/);
    expect(problems[4]).toMatch(/give values/);
    expect(problems[5]).toMatch(/add up to 1/);
  });

  it('parses values as typed', () => {
    expect(parseLeverValue(' 3 ')).toBe(3);
    expect(parseLeverValue('null')).toBeNull();
    expect(parseLeverValue('open-house')).toBe('open-house');
  });
});

describe('factorialCells', () => {
  it('gives every combination, the first factor varying slowest', () => {
    const cells = factorialCells([
      { lever: 'tariffLevel', values: [0.8, 1] },
      { lever: 'regional.placementCoordination', values: [false, true] },
    ]);
    expect(cells).toEqual([
      { decisions: { tariffLevel: 0.8 }, regional: { placementCoordination: false } },
      { decisions: { tariffLevel: 0.8 }, regional: { placementCoordination: true } },
      { decisions: { tariffLevel: 1 }, regional: { placementCoordination: false } },
      { decisions: { tariffLevel: 1 }, regional: { placementCoordination: true } },
    ]);
    expect(factorialCells([])).toEqual([{ decisions: {}, regional: {} }]);
  });
});

describe('parseBatchOptions', () => {
  it('requires runs, years, scenario and a .csv or .json out, all reported together', () => {
    const r = parseBatchOptions({ workers: '0', out: 'x.txt' });
    expect(r.ok).toBe(false);
    expect(r.ok ? [] : r.problems).toEqual([
      expect.stringMatching(/--scenario is required/),
      expect.stringMatching(/--runs is required/),
      expect.stringMatching(/--years is required/),
      expect.stringMatching(/--workers must be an integer from 1/),
      '--out must end in .csv or .json',
    ]);
  });

  it('takes the format from the file name', () => {
    const r = parseBatchOptions({ scenario: 'x', runs: '2', years: '1', out: 'a.JSON', workers: 3 });
    expect(r).toEqual({
      ok: true,
      options: {
        scenario: 'x',
        vary: [],
        runs: 2,
        years: 1,
        seed: 1,
        workers: 3,
        out: 'a.JSON',
        format: 'json',
      },
    });
  });
});
