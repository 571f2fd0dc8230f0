import { existsSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { parseScenario } from '../../engine/scenario/scenario-schema.ts';
import type { RawSimulateOptions } from './cli-options.ts';
import { type RunScenario, runSimulateCommand, type SimulateDeps } from './simulate-command.ts';
import { captureStream, fakeReport, smallScenario, withTempDir } from './test-support/fixtures.ts';

const fakeRunner: RunScenario = (_scenario, seed, years) => ({ ...fakeReport(years), seed });

/** Runs the command in `dir` with a fake engine; returns exit code and captured output. */
const run = async (dir: string, options: RawSimulateOptions, deps: SimulateDeps = {}) => {
  const stdout = captureStream();
  const stderr = captureStream();
  const code = await runSimulateCommand(
    options,
    { stdout, stderr, isTTY: false },
    { parseScenario, runScenario: fakeRunner, presetsDir: dir, cwd: dir, ...deps },
  );
  return { code, stdout: stdout.text(), stderr: stderr.text() };
};

const withScenario = <T>(fn: (dir: string) => Promise<T>) =>
  withTempDir(async (dir) => {
    await writeFile(join(dir, 'klein.json'), JSON.stringify(smallScenario()));
    return fn(dir);
  });

/** Two areas: a headless run splits it into area shards, on worker threads when --workers is above 1. */
const twoAreas = () => {
  const s = smallScenario();
  return {
    ...s,
    municipalities: [
      { ...s.municipalities[0], area: 'noord' },
      { id: 'stad', name: 'Stad', youth: 3000, budgetEur: 4_000_000, area: 'zuid' },
    ],
    providers: [
      { ...s.providers[0], area: 'noord' },
      { id: 'amb-zuid', name: 'Ambulant Zuid', type: 'ambulant', fte: 10, area: 'zuid' },
    ],
  };
};

describe('runSimulateCommand', () => {
  it('runs a scenario of several areas on --workers threads, and on this thread with one worker or one area', () =>
    withScenario(async (dir) => {
      await writeFile(join(dir, 'twee.json'), JSON.stringify(twoAreas()));
      const runOnWorkers = vi.fn(async (_s: unknown, seed: number, years: number) => ({
        report: { ...fakeReport(years), seed },
      }));
      const runner = vi.fn(fakeRunner);
      const deps = { runScenario: runner, runOnWorkers };
      const threads = await run(dir, { scenario: 'twee.json', years: '1', workers: '3' }, deps);
      expect(threads.code, threads.stderr).toBe(0);
      expect(runOnWorkers).toHaveBeenCalledWith(expect.objectContaining({ id: 'test-klein' }), 1, 1, {
        workers: 3,
        onProgress: undefined,
      });
      expect(runner).not.toHaveBeenCalled();
      expect(JSON.parse(threads.stdout)).toMatchObject({ seed: 1 });
      await run(dir, { scenario: 'twee.json', years: '1', workers: '1' }, deps);
      await run(dir, { scenario: 'klein.json', years: '1', workers: '3' }, deps);
      expect(runner).toHaveBeenCalledTimes(2);
      expect(runOnWorkers).toHaveBeenCalledTimes(1);
    }));

  it('writes the report as pretty JSON to stdout by default', () =>
    withScenario(async (dir) => {
      const runner = vi.fn(fakeRunner);
      const r = await run(dir, { scenario: 'klein.json', years: '2', seed: '7' }, { runScenario: runner });
      expect(r.code).toBe(0);
      expect(r.stderr).toBe('');
      expect(runner).toHaveBeenCalledWith(expect.objectContaining({ id: 'test-klein' }), 7, 2, undefined);
      expect(r.stdout).toContain('\n  "scenario": "test-klein"');
      expect(JSON.parse(r.stdout)).toMatchObject({
        seed: 7,
        region: { years: [{ year: 2026 }, { year: 2027 }] },
      });
    }));

  it('resolves a preset id from the presets directory', () =>
    withScenario(async (dir) => {
      const r = await run(dir, { scenario: 'klein', years: '1' });
      expect(r.code).toBe(0);
    }));

  it('writes CSV with region rows named after the region', () =>
    withScenario(async (dir) => {
      const r = await run(dir, { scenario: 'klein.json', years: '1', format: 'csv' });
      expect(r.code).toBe(0);
      const lines = r.stdout.trimEnd().split('\r\n');
      expect(lines).toHaveLength(3);
      expect(lines[2].startsWith('test-klein,1,region,Testregio,2026,')).toBe(true);
    }));

  it('writes to --out and keeps stdout empty', () =>
    withScenario(async (dir) => {
      const r = await run(dir, { scenario: 'klein.json', years: '1', out: 'report.json' });
      expect(r.code).toBe(0);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain('wrote json report to');
      expect(JSON.parse(await readFile(join(dir, 'report.json'), 'utf8')).scenario).toBe('test-klein');
    }));

  it('exits 2 listing every option and scenario problem, without running', () =>
    withTempDir(async (dir) => {
      const scenario = smallScenario();
      const broken = {
        ...scenario,
        startYear: 1900,
        municipalities: [{ ...scenario.municipalities[0], youth: 0 }],
      };
      await writeFile(join(dir, 'broken.json'), JSON.stringify(broken));
      const runner = vi.fn(fakeRunner);
      const r = await run(
        dir,
        { scenario: 'broken.json', years: '99', format: 'xml' },
        { runScenario: runner },
      );
      expect(r.code).toBe(2);
      expect(runner).not.toHaveBeenCalled();
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain('error: 4 problems:');
      expect(r.stderr).toContain('--years must be at most 50');
      expect(r.stderr).toContain('--format must be "json" or "csv"');
      expect(r.stderr).toContain('$.startYear');
      expect(r.stderr).toContain('$.municipalities[0].youth');
    }));

  it.each([
    [{ scenario: 'klein.json', years: 'abc' }, '--years must be an integer'],
    [{ scenario: 'klein.json', seed: '4294967296' }, '--seed must be below 2^32'],
    [{ scenario: 'onbekend' }, 'unknown preset "onbekend"; available presets: klein'],
    [{ scenario: 'missing.json' }, 'file not found'],
    [{}, '--scenario is required'],
    [{ scenario: 'klein.json', out: 'no-such-dir/out.json' }, '--out: directory does not exist'],
  ])('exits 2 for %o', (options, message) =>
    withScenario(async (dir) => {
      const r = await run(dir, options);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(message);
    }),
  );

  it('exits 2 for malformed JSON, saying where', () =>
    withTempDir(async (dir) => {
      await writeFile(join(dir, 'bad.json'), '{\n  "id": "x",\n}');
      const r = await run(dir, { scenario: 'bad.json' });
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('bad.json: malformed JSON at line 3, column 1: trailing comma');
    }));

  it('exits 1 when the run fails, without creating --out or printing a stack', () =>
    withScenario(async (dir) => {
      const failing: RunScenario = () => {
        throw new Error('queue underflow');
      };
      const r = await run(
        dir,
        { scenario: 'klein.json', out: 'report.json' },
        { runScenario: failing, debug: false },
      );
      expect(r.code).toBe(1);
      expect(r.stderr).toContain('error: simulation failed: queue underflow');
      expect(r.stderr).not.toContain('    at ');
      expect(existsSync(join(dir, 'report.json'))).toBe(false);
    }));

  it('prints the stack with DEBUG', () =>
    withScenario(async (dir) => {
      const failing: RunScenario = () => {
        throw new Error('queue underflow');
      };
      const r = await run(dir, { scenario: 'klein.json' }, { runScenario: failing, debug: true });
      expect(r.stderr).toContain('    at ');
    }));

  it('exits 1 and leaves an existing --out unchanged when writing fails', () =>
    withScenario(async (dir) => {
      await writeFile(join(dir, 'report.json'), 'old');
      const writeFail = async () => {
        throw new Error('ENOSPC');
      };
      const r = await run(dir, { scenario: 'klein.json', out: 'report.json' }, { writeFile: writeFail });
      expect(r.code).toBe(1);
      expect(await readFile(join(dir, 'report.json'), 'utf8')).toBe('old');
      expect((await readdir(dir)).sort()).toEqual(['klein.json', 'report.json']);
    }));

  it('shows progress on a TTY only, on stderr', () =>
    withScenario(async (dir) => {
      let t = 0;
      const slowRunner: RunScenario = (_s, seed, years, onProgress) => {
        for (let w = 1; w <= 52 * years; w++) {
          t += 100;
          onProgress?.(w, 52 * years);
        }
        return fakeRunner(_s, seed, years);
      };
      const stdout = captureStream();
      const stderr = captureStream();
      const deps = { parseScenario, runScenario: slowRunner, cwd: dir, now: () => t };
      const code = await runSimulateCommand(
        { scenario: 'klein.json', years: '1' },
        { stdout, stderr, isTTY: true },
        deps,
      );
      expect(code).toBe(0);
      expect(stderr.text()).toContain('100%  year 1/1');
      expect(stdout.text()).not.toContain('\r');
    }));
});
