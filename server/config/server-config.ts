import { join, resolve } from 'node:path';
import { z } from 'zod';
import type { LogLevel } from '../logging/create-logger.ts';

import { defaultDataDir, defaultHost, defaultPort, defaultRetentionDays } from './server-defaults.ts';

export { defaultDataDir, defaultHost, defaultPort, defaultRetentionDays };
export const dbFileName = 'monopolycentrisme.sqlite';
/** The key of the keyed hashes of seat secrets; beside the database, never in it (security/secret-key.ts). */
export const keyFileName = 'monopolycentrisme.key';
export const logLevels = [
  'fatal',
  'error',
  'warn',
  'info',
  'debug',
  'trace',
  'silent',
] as const satisfies readonly LogLevel[];

/** Options as commander hands them over (strings or absent); flags win over environment variables. */
export type RawServeOptions = {
  port?: string | number;
  host?: string;
  dataDir?: string;
  logLevel?: string;
  trustProxy?: boolean;
  publicUrl?: string;
  adminToken?: string;
  retentionDays?: string | number;
  databaseUrl?: string;
  instanceId?: string;
  instanceUrl?: string;
};

export type ServerConfig = {
  port: number;
  host: string;
  /** Absolute. */
  dataDir: string;
  dbFile: string;
  keyFile: string;
  logLevel: LogLevel;
  trustProxy: boolean;
  /** The address students' phones use in join links and the QR code, when not this machine's own. */
  publicUrl?: string;
  /** Host password for creating sessions; anyone who reaches the server may create them when absent. */
  adminToken?: string;
  retentionDays: number;
  /**
   * PostgreSQL instead of the SQLite file (issue 14): several instances may share it, each session decided by
   * one of them at a time (sessions/session-cluster.ts). Never logged: it may hold a password.
   */
  databaseUrl?: string;
  /** This instance's name in the session leases; unique per process (host name, process id, random). */
  instanceId?: string;
  /** Where the other instances reach this one (http://app1:3000); its host name and port when absent. */
  instanceUrl?: string;
};

const text = z.string().trim().min(1).optional();
const portSchema = z
  .string()
  .trim()
  .regex(/^\d+$/, 'port must be a whole number from 0 to 65535 (0 picks a free port)')
  .transform(Number)
  .pipe(z.number().max(65535, 'port must be at most 65535'));

const configSchema = z.object({
  port: portSchema.optional(),
  host: text,
  dataDir: text,
  logLevel: z.enum(logLevels, { error: `log level must be one of: ${logLevels.join(', ')}` }).optional(),
  trustProxy: z.boolean().optional(),
  publicUrl: z.url({ protocol: /^https?$/, error: 'public URL must be an http(s) address' }).optional(),
  adminToken: z
    .string()
    .regex(/^[A-Za-z0-9_~+/.-]{16,200}$/, 'admin token must be 16-200 letters, digits or _ ~ + / . -')
    .optional(),
  retentionDays: z
    .string()
    .trim()
    .regex(/^\d+$/, 'retention must be a whole number of days')
    .transform(Number)
    .pipe(
      z.number().min(1, 'retention must be at least 1 day').max(3650, 'retention must be at most 3650 days'),
    )
    .optional(),
  databaseUrl: z
    .url({
      protocol: /^postgres(ql)?$/,
      error: 'database URL must be a postgres:// or postgresql:// address',
    })
    .optional(),
  instanceId: z
    .string()
    .regex(/^[A-Za-z0-9_.:-]{1,100}$/, 'instance id must be 1-100 letters, digits or _ . : -')
    .optional(),
  instanceUrl: z.url({ protocol: /^https?$/, error: 'instance URL must be an http(s) address' }).optional(),
});

const flagNames: Record<string, string> = {
  port: '--port / PORT',
  host: '--host / HOST',
  dataDir: '--data-dir / DATA_DIR',
  logLevel: '--log-level / LOG_LEVEL',
  publicUrl: '--public-url / PUBLIC_URL',
  adminToken: '--admin-token / ADMIN_TOKEN',
  retentionDays: '--retention-days / RETENTION_DAYS',
  databaseUrl: '--database-url / DATABASE_URL',
  instanceId: '--instance-id / INSTANCE_ID',
  instanceUrl: '--instance-url / INSTANCE_URL',
};

const flagOrEnv = (flag: string | number | undefined, env: string | undefined) =>
  flag === undefined ? (env?.trim() === '' ? undefined : env) : String(flag);

export type ConfigResult = { ok: true; config: ServerConfig } | { ok: false; problems: string[] };

/**
 * The serve command's settings from flags, then PORT, HOST, DATA_DIR, LOG_LEVEL, TRUST_PROXY, DATABASE_URL,
 * INSTANCE_ID and INSTANCE_URL (and the others in flagNames), then defaults.
 */
export const parseServerConfig = (
  raw: RawServeOptions,
  env: NodeJS.ProcessEnv,
  cwd: string,
): ConfigResult => {
  const result = configSchema.safeParse({
    port: flagOrEnv(raw.port, env.PORT),
    host: flagOrEnv(raw.host, env.HOST),
    dataDir: flagOrEnv(raw.dataDir, env.DATA_DIR),
    logLevel: flagOrEnv(raw.logLevel, env.LOG_LEVEL),
    publicUrl: flagOrEnv(raw.publicUrl, env.PUBLIC_URL),
    adminToken: flagOrEnv(raw.adminToken, env.ADMIN_TOKEN),
    retentionDays: flagOrEnv(raw.retentionDays, env.RETENTION_DAYS),
    databaseUrl: flagOrEnv(raw.databaseUrl, env.DATABASE_URL),
    instanceId: flagOrEnv(raw.instanceId, env.INSTANCE_ID),
    instanceUrl: flagOrEnv(raw.instanceUrl, env.INSTANCE_URL),
    trustProxy:
      raw.trustProxy ?? (env.TRUST_PROXY === undefined ? undefined : ['1', 'true'].includes(env.TRUST_PROXY)),
  });
  if (!result.success) {
    return {
      ok: false,
      problems: result.error.issues.map(
        (i) => `${flagNames[String(i.path[0])] ?? String(i.path[0])}: ${i.message}`,
      ),
    };
  }
  const dataDir = resolve(cwd, result.data.dataDir ?? defaultDataDir);
  return {
    ok: true,
    config: {
      port: result.data.port ?? defaultPort,
      host: result.data.host ?? defaultHost,
      dataDir,
      dbFile: join(dataDir, dbFileName),
      keyFile: join(dataDir, keyFileName),
      logLevel: result.data.logLevel ?? 'info',
      trustProxy: result.data.trustProxy ?? false,
      retentionDays: result.data.retentionDays ?? defaultRetentionDays,
      ...(result.data.publicUrl ? { publicUrl: result.data.publicUrl } : {}),
      ...(result.data.adminToken ? { adminToken: result.data.adminToken } : {}),
      ...(result.data.databaseUrl ? { databaseUrl: result.data.databaseUrl } : {}),
      ...(result.data.instanceId ? { instanceId: result.data.instanceId } : {}),
      ...(result.data.instanceUrl ? { instanceUrl: result.data.instanceUrl.replace(/\/+$/, '') } : {}),
    },
  };
};
