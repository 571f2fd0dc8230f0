import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../test-support/temp-dir.ts';
import { runServeCommand, type ServeIo } from './serve-command.ts';

const temps: { remove: () => Promise<void> }[] = [];
afterEach(async () => {
  for (const t of temps.splice(0)) await t.remove();
});

/** io with captured stderr and logs, signals delivered by hand and exit recorded instead of taken. */
const fakeIo = (cwd: string) => {
  const stderr: string[] = [];
  const logs: { msg: string; [key: string]: unknown }[] = [];
  const handlers = new Map<string, () => void>();
  const exits: number[] = [];
  const io: ServeIo = {
    stderr: { write: (t: string) => stderr.push(t) },
    env: {},
    cwd,
    logDestination: { write: (line: string) => void logs.push(JSON.parse(line)) },
    onSignal: (signal, handler) => void handlers.set(signal, handler),
    exit: (code) => void exits.push(code),
  };
  return { io, stderr, logs, exits, signal: (name: string) => handlers.get(name)?.() };
};

const tempDir = async () => {
  const temp = await makeTempDir('serve');
  temps.push(temp);
  return temp.dir;
};

describe('runServeCommand', () => {
  it('starts on the data dir, answers /healthz, logs the URL and stops cleanly on SIGTERM', async () => {
    const dir = await tempDir();
    const fake = fakeIo(dir);
    const outcome = await runServeCommand({ port: '0', host: '127.0.0.1', dataDir: 'spel-data' }, fake.io);
    if ('code' in outcome) throw new Error(`did not start: ${fake.stderr.join('')}`);
    const { server, stopped } = outcome;
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    expect(existsSync(join(dir, 'spel-data', 'monopolycentrisme.sqlite'))).toBe(true);
    expect(fake.logs.find((l) => l.url)).toMatchObject({
      msg: `listening on ${server.url}`,
      url: server.url,
    });

    fake.signal('SIGTERM');
    expect(await stopped).toBe(0);
    expect(fake.logs.map((l) => l.msg)).toEqual(expect.arrayContaining(['shutting down', 'stopped']));
    expect(fake.exits).toEqual([]);
    await expect(fetch(`${server.url}/healthz`)).rejects.toThrow();
  });

  it('leaves at once on a second signal during shutdown', async () => {
    const fake = fakeIo(await tempDir());
    const outcome = await runServeCommand({ port: '0', host: '127.0.0.1' }, fake.io);
    if ('code' in outcome) throw new Error(fake.stderr.join(''));
    fake.signal('SIGINT');
    fake.signal('SIGINT');
    expect(fake.exits).toEqual([1]);
    await outcome.stopped;
  });

  it('reports bad options with exit code 2 without starting anything', async () => {
    const fake = fakeIo(await tempDir());
    const outcome = await runServeCommand({ port: 'drieduizend', logLevel: 'loud' }, fake.io);
    expect(outcome).toEqual({ code: 2 });
    expect(fake.stderr.join('')).toMatch(/--port \/ PORT: .*\n.*--log-level \/ LOG_LEVEL/);
  });

  it('explains a port that is already taken, with exit code 1', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as { port: number }).port;
    try {
      const fake = fakeIo(await tempDir());
      const outcome = await runServeCommand({ port, host: '127.0.0.1' }, fake.io);
      expect(outcome).toEqual({ code: 1 });
      expect(fake.stderr.join('')).toContain(`port ${port} is already in use`);
    } finally {
      blocker.close();
    }
  });
});
