import { spawn } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { smallScenario, withTempDir } from '../test-support/fixtures.ts';

const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));

describe('[needs engine] batch end-to-end', () => {
  it('Ctrl-C (SIGINT) leaves a valid CSV marked partial and exits 130', () =>
    withTempDir(async (dir) => {
      await writeFile(join(dir, 'klein.json'), JSON.stringify(smallScenario()));
      const out = join(dir, 'out.csv');
      const args = [
        'bin/monopolycentrisme.js',
        'batch',
        '-s',
        join(dir, 'klein.json'),
        '--vary',
        'mandate=0.2,0.8',
      ];
      const child = spawn(
        process.execPath,
        [...args, '--runs', '500', '--years', '1', '--workers', '2', '--out', out],
        {
          cwd: repoRoot,
        },
      );
      let stderr = '';
      const started = new Promise<void>((resolve) =>
        child.stderr.on('data', (d: Buffer) => {
          stderr += d.toString();
          if (stderr.includes('runs on')) resolve();
        }),
      );
      const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
      await started;
      await new Promise((r) => setTimeout(r, 2000));
      child.kill('SIGINT');
      expect(await exited, stderr).toBe(130);
      const lines = (await readFile(out, 'utf8')).trim().split('\n');
      expect(lines[0]).toMatch(/^status,kind,cell,run,seed,n,stat,year,mandate,/);
      expect(lines.slice(1).every((l) => l.startsWith('partial,'))).toBe(true);
      expect(lines.length).toBeLessThan(1 + 1000);
    }));
});
