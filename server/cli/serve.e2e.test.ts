import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { makeTempDir } from '../test-support/temp-dir.ts';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

/** Runs `monopolycentrisme serve`, waits for its "listening" log line and returns the URL and log lines. */
const spawnServe = (args: string[], env: Record<string, string> = {}) => {
  // The default server on its SQLite file, even where DATABASE_URL is set for the PostgreSQL suites (CI).
  const { DATABASE_URL: _postgres, ...inherited } = process.env;
  const child = spawn(process.execPath, ['bin/monopolycentrisme.js', 'serve', ...args], {
    cwd: repoRoot,
    env: { ...inherited, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const logs: { msg: string; url?: string }[] = [];
  let stderr = '';
  child.stderr.on('data', (d) => {
    stderr += String(d);
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const listening = new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout }).on('line', (line) => {
      const entry = JSON.parse(line);
      logs.push(entry);
      if (entry.url) resolve(entry.url);
    });
    exited.then((code) => reject(new Error(`serve exited with ${code}: ${stderr}`)));
  });
  return { child, logs, listening, exited };
};

describe('monopolycentrisme serve (end-to-end)', () => {
  it('starts on a free port, answers /healthz and exits 0 on SIGTERM', async () => {
    const temp = await makeTempDir('serve-e2e');
    try {
      const serve = spawnServe(['--port', '0', '--host', '127.0.0.1', '--data-dir', temp.dir]);
      const url = await serve.listening;
      const res = await fetch(`${url}/healthz`);
      expect(await res.json()).toEqual({ status: 'ok' });
      expect(existsSync(join(temp.dir, 'monopolycentrisme.sqlite'))).toBe(true);
      serve.child.kill('SIGTERM');
      expect(await serve.exited).toBe(0);
      expect(serve.logs.map((l) => l.msg)).toEqual(expect.arrayContaining(['shutting down', 'stopped']));
    } finally {
      await temp.remove();
    }
  });

  it('takes PORT and DATA_DIR from the environment and stops on SIGINT (Ctrl+C)', async () => {
    const temp = await makeTempDir('serve-e2e');
    try {
      const serve = spawnServe(['--host', '127.0.0.1'], { PORT: '0', DATA_DIR: temp.dir });
      const url = await serve.listening;
      expect((await fetch(`${url}/nergens`)).status).toBe(404);
      serve.child.kill('SIGINT');
      expect(await serve.exited).toBe(0);
      expect(existsSync(join(temp.dir, 'monopolycentrisme.sqlite'))).toBe(true);
    } finally {
      await temp.remove();
    }
  });
});
