import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { describe, it } from 'vitest';

/**
 * The PostgreSQL of the suites that need one: DATABASE_URL (.ci/start-postgres.sh starts one and CI exports
 * it). Outside CI an unset or unreachable URL skips those suites with a message saying why; in CI (`CI` set)
 * it fails them instead, so a broken database never passes as green.
 */
const probe = async (url: string | undefined): Promise<string | undefined> => {
  if (!url) return 'DATABASE_URL is not set';
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return undefined;
  } catch (e) {
    return `DATABASE_URL cannot be reached (${e instanceof Error ? e.message : String(e)})`;
  } finally {
    await client.end().catch(() => undefined);
  }
};

export const pgUrl = process.env.DATABASE_URL;
const problem = await probe(pgUrl);

/**
 * Defines `suite` when PostgreSQL is there. Otherwise, outside CI, one skipped test names the reason (start one
 * with `export DATABASE_URL="$(bash .ci/start-postgres.sh | tail -n 1)"`); in CI one failing test does.
 */
export const describeWithPg = (name: string, suite: (url: string) => void) => {
  if (!problem && pgUrl) return describe(name, () => suite(pgUrl));
  const why = `${name}: ${problem}; start one with: export DATABASE_URL="$(bash .ci/start-postgres.sh | tail -n 1)"`;
  if (process.env.CI) {
    describe(name, () => {
      it('needs PostgreSQL', () => {
        throw new Error(why);
      });
    });
    return;
  }
  console.warn(`skipped: ${why}`);
  describe.skip(name, () => it(`skipped: ${why}`, () => undefined));
};

/** A fresh schema name, so each test starts from an empty database. */
export const freshSchema = (prefix = 'test') => `${prefix}_${randomBytes(6).toString('hex')}`;

export const dropSchema = async (url: string, schema: string) => {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  } finally {
    await client.end();
  }
};
