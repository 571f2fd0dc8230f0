import { defineConfig } from 'vitest/config';

/**
 * The screenshot run of a whole class (class-screenshots.shots.ts), for the closing notes of issues: not part
 * of `npm test`. Run it with `npx vitest run --config tests/e2e/shots.config.ts`; the PNGs go to /tmp/shots.
 */
export default defineConfig({
  test: {
    include: ['tests/e2e/*.shots.ts'],
    testTimeout: 1_800_000,
    hookTimeout: 600_000,
    pool: 'forks',
  },
});
