import { describe, expect, it } from 'vitest';
import { defaultWorkers } from './cli-defaults.ts';
import { parseSimulateOptions } from './cli-options.ts';

const problemsOf = (raw: Parameters<typeof parseSimulateOptions>[0]) => {
  const r = parseSimulateOptions(raw);
  return r.ok ? [] : r.problems;
};

describe('parseSimulateOptions', () => {
  it('applies the defaults', () => {
    expect(parseSimulateOptions({ scenario: 'x' })).toEqual({
      ok: true,
      options: { scenario: 'x', years: 10, seed: 1, format: 'json', workers: defaultWorkers() },
    });
  });

  it('accepts valid strings from the command line', () => {
    const r = parseSimulateOptions({
      scenario: 'x',
      years: '50',
      seed: '4294967295',
      format: 'CSV',
      out: 'a.csv',
      workers: '3',
    });
    expect(r).toEqual({
      ok: true,
      options: { scenario: 'x', years: 50, seed: 4294967295, format: 'csv', out: 'a.csv', workers: 3 },
    });
  });

  it.each([
    [{ years: '0' }, '--years must be at least 1'],
    [{ years: '2.5' }, '--years must be an integer'],
    [{ years: 'ten' }, '--years must be an integer'],
    [{ years: '1e1' }, '--years must be an integer'],
    [{ years: '51' }, 'capped at 50'],
    [{ seed: '-1' }, '--seed must be an integer'],
    [{ seed: '4294967296' }, '--seed must be below 2^32'],
    [{ seed: '0x10' }, '--seed must be an integer'],
    [{ format: 'xml' }, '--format must be "json" or "csv", got "xml"'],
    [{ workers: '0' }, '--workers must be at least 1'],
    [{ workers: '65' }, '--workers must be at most 64'],
    [{ workers: 'two' }, '--workers must be an integer'],
    [{ out: '' }, '--out needs a file name'],
  ])('rejects %o', (bad, message) => {
    const problems = problemsOf({ scenario: 'x', ...bad });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(message);
  });

  it('requires --scenario', () => {
    expect(problemsOf({})).toEqual(['--scenario is required (a preset id or a path to a JSON file)']);
  });

  it('reports every problem at once', () => {
    expect(problemsOf({ years: '0', seed: 'x', format: 'pdf' })).toHaveLength(4);
  });
});
