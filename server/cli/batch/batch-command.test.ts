import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { captureStream, smallScenario, withTempDir } from '../test-support/fixtures.ts';
import { exitInterrupted, runBatchCommand } from './batch-command.ts';
import type { RawBatchOptions } from './batch-options.ts';

const run = async (dir: string, options: RawBatchOptions, signal?: AbortSignal) => {
  const stderr = captureStream();
  const code = await runBatchCommand(
    options,
    { stdout: captureStream(), stderr, isTTY: false },
    { cwd: dir, presetsDir: dir, signal },
  );
  return { code, stderr: stderr.text() };
};

const base = {
  scenario: 'klein.json',
  vary: ['tariffLevel=0.8,1.2', 'access=direct'],
  runs: '3',
  years: '1',
};

const withScenario = <T>(fn: (dir: string) => Promise<T>) =>
  withTempDir(async (dir) => {
    await writeFile(join(dir, 'klein.json'), JSON.stringify(smallScenario()));
    return fn(dir);
  });

// Through the real engine on worker threads, with a tiny one-year scenario.
describe('[needs engine] batch', () => {
  it('gives byte-identical CSV and JSON for 1 and 3 workers, one row per run and four summary rows per cell', () =>
    withScenario(async (dir) => {
      for (const ext of ['csv', 'json']) {
        const one = await run(dir, { ...base, workers: '1', out: `one.${ext}` });
        const three = await run(dir, { ...base, workers: '3', out: `three.${ext}` });
        expect(one.code, one.stderr).toBe(0);
        expect(three.code, three.stderr).toBe(0);
        const a = await readFile(join(dir, `one.${ext}`), 'utf8');
        expect(await readFile(join(dir, `three.${ext}`), 'utf8')).toBe(a);
      }
      const csv = (await readFile(join(dir, 'one.csv'), 'utf8')).trim().split('\n');
      expect(csv[0]).toMatch(/^status,kind,cell,run,seed,n,stat,year,tariffLevel,access,spendEur,/);
      expect(csv.filter((l) => l.startsWith('complete,run,'))).toHaveLength(6);
      expect(csv.filter((l) => l.startsWith('complete,summary,'))).toHaveLength(8);
      expect(new Set(csv.map((l) => l.split(',').length)).size).toBe(1);
      // Common random numbers: run r has seed 1 + r in both cells.
      expect(csv[1]).toMatch(/^complete,run,0,0,1,1,value,2026,0.8,direct,/);
      expect(csv.find((l) => l.startsWith('complete,run,1,2,'))).toMatch(
        /^complete,run,1,2,3,1,value,2026,1.2,direct,/,
      );
      const json = JSON.parse(await readFile(join(dir, 'one.json'), 'utf8'));
      expect(json).toMatchObject({ status: 'complete', done: 6, total: 6, runs: 3, year: 2026 });
      expect(json.rows).toHaveLength(6);
      expect(json.summary[0].outcomes.weeksToFirstHelp).toEqual({
        mean: expect.any(Number),
        p10: expect.any(Number),
        p50: expect.any(Number),
        p90: expect.any(Number),
      });
    }));

  it('writes a valid file marked partial when interrupted', () =>
    withScenario(async (dir) => {
      const stop = new AbortController();
      // Enough runs that the batch cannot finish before the stop, even on an idle machine (80 runs once did).
      const options = { ...base, runs: '1000', workers: '1', out: 'p.csv' };
      const pending = run(dir, options, stop.signal);
      // Stop once the first run is in: the stderr line per five seconds is too slow to wait for, so poll.
      setTimeout(() => stop.abort(), 1500);
      const r = await pending;
      expect(r.code, r.stderr).toBe(exitInterrupted);
      expect(r.stderr).toMatch(/interrupted; wrote \d+ of 2000 runs/);
      const lines = (await readFile(join(dir, 'p.csv'), 'utf8')).trim().split('\n');
      expect(lines.length).toBeLessThan(1 + 2000 + 8);
      expect(lines.slice(1).every((l) => l.startsWith('partial,'))).toBe(true);
      expect(new Set(lines.map((l) => l.split(',').length)).size).toBe(1);
    }));

  it('reports every bad input together before any work, and writes nothing', () =>
    withScenario(async (dir) => {
      const r = await run(dir, {
        scenario: 'missing.json',
        vary: ['tarif=1', 'mandate=2'],
        runs: '1',
        years: '1',
        out: join(dir, 'no-such-dir', 'x.csv'),
      });
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/4 problems/);
      expect(r.stderr).toMatch(/unknown lever "tarif"/);
      expect(r.stderr).toMatch(/mandate: value "2"/);
      expect(r.stderr).toMatch(/directory does not exist/);
      expect(r.stderr).toMatch(/file not found/);
      expect(r.stderr).not.toMatch(/runs on/);
    }));
});
