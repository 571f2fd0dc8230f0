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
        retentionDays: 30,
      },
    });
  });

  it('reads the host password and the retention from flags or ADMIN_TOKEN and RETENTION_DAYS', () => {
    const env = { ADMIN_TOKEN: 'uit-de-omgeving-1234', RETENTION_DAYS: '7' };
    const fromEnv = parseServerConfig({}, env, cwd);
    expect(fromEnv).toMatchObject({
      ok: true,
      config: { adminToken: 'uit-de-omgeving-1234', retentionDays: 7 },
    });
    const fromFlags = parseServerConfig({ adminToken: 'van-de-vlag-123456', retentionDays: '90' }, env, cwd);
    expect(fromFlags).toMatchObject({
      ok: true,
      config: { adminToken: 'van-de-vlag-123456', retentionDays: 90 },
    });
  });

  it('reads PostgreSQL and the instance from flags or DATABASE_URL, INSTANCE_ID and INSTANCE_URL', () => {
    const env = {
      DATABASE_URL: 'postgres://spel:geheim@db:5432/monopolycentrisme',
      INSTANCE_ID: 'app1',
      INSTANCE_URL: 'http://app1:3000/',
    };
    expect(parseServerConfig({}, env, cwd)).toMatchObject({
      ok: true,
      config: {
        databaseUrl: 'postgres://spel:geheim@db:5432/monopolycentrisme',
        instanceId: 'app1',
        instanceUrl: 'http://app1:3000',
      },
    });
    const flags = { databaseUrl: 'postgresql://localhost/spel', instanceId: 'app2' };
    expect(parseServerConfig(flags, env, cwd)).toMatchObject({
      ok: true,
      config: { databaseUrl: 'postgresql://localhost/spel', instanceId: 'app2' },
    });
    // SQLite stays the default: no URL, no database setting at all.
    const plain = parseServerConfig({}, {}, cwd);
    expect(plain.ok && 'databaseUrl' in plain.config).toBe(false);
  });

  it('refuses a database URL that is not PostgreSQL and an instance id with spaces, naming the flags', () => {
    const result = parseServerConfig(
      { databaseUrl: 'mysql://db/spel', instanceId: 'app een', instanceUrl: 'ftp://app1' },
      {},
      cwd,
    );
    const problems = result.ok ? [] : result.problems;
    expect(problems).toHaveLength(3);
    expect(problems[0]).toMatch(/^--database-url \/ DATABASE_URL: .*postgres/);
    expect(problems[1]).toMatch(/^--instance-id \/ INSTANCE_ID/);
    expect(problems[2]).toMatch(/^--instance-url \/ INSTANCE_URL/);
  });

  it('refuses a short host password and a retention out of range, naming the flags', () => {
    const result = parseServerConfig({ adminToken: 'kort', retentionDays: '0' }, {}, cwd);
    expect(result.ok).toBe(false);
    const problems = result.ok ? [] : result.problems;
    expect(problems.some((p) => p.startsWith('--admin-token / ADMIN_TOKEN'))).toBe(true);
    expect(problems.some((p) => p.startsWith('--retention-days / RETENTION_DAYS'))).toBe(true);
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
