import { describe, expect, it } from 'vitest';
import { parseServerConfig } from './server-config.ts';

const cwd = '/srv/spel';

describe('parseServerConfig', () => {
  it('defaults to port 3000 on all interfaces with ./data', () => {
    expect(parseServerConfig({}, {}, cwd)).toEqual({
      ok: true,
      config: {
        port: 3000,
        host: '0.0.0.0',
        dataDir: '/srv/spel/data',
        dbFile: '/srv/spel/data/monopolycentrisme.sqlite',
        keyFile: '/srv/spel/data/monopolycentrisme.key',
        logLevel: 'info',
        trustProxy: false,
      },
    });
  });

  it('reads PORT and friends from the environment', () => {
    const env = {
      PORT: '8080',
      HOST: '127.0.0.1',
      DATA_DIR: '/var/lib/mc',
      LOG_LEVEL: 'warn',
      TRUST_PROXY: '1',
    };
    expect(parseServerConfig({}, env, cwd)).toMatchObject({
      ok: true,
      config: { port: 8080, host: '127.0.0.1', dataDir: '/var/lib/mc', logLevel: 'warn', trustProxy: true },
    });
  });

  it('lets flags win over the environment, and ignores empty variables', () => {
    const result = parseServerConfig(
      { port: '0', dataDir: 'elders' },
      { PORT: '8080', DATA_DIR: 'hier', HOST: '' },
      cwd,
    );
    expect(result).toMatchObject({
      ok: true,
      config: { port: 0, dataDir: '/srv/spel/elders', host: '0.0.0.0' },
    });
  });

  it('reports every problem at once', () => {
    const result = parseServerConfig({ port: '30x0', logLevel: 'loud' }, { PORT: '1' }, cwd);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toHaveLength(2);
    expect(result.problems[0]).toMatch(/^--port \/ PORT: port must be a whole number/);
    expect(result.problems[1]).toMatch(/^--log-level \/ LOG_LEVEL: log level must be one of/);
  });

  it('refuses ports above 65535 and from the environment too', () => {
    expect(parseServerConfig({ port: 70000 }, {}, cwd).ok).toBe(false);
    expect(parseServerConfig({}, { PORT: '-1' }, cwd).ok).toBe(false);
  });
});
