import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [
      'engine/**/*.test.ts',
      'game/**/*.test.ts',
      'server/**/*.test.ts',
      'scenarios/**/*.test.ts',
      'tests/**/*.test.ts',
      'bench/**/*.test.ts',
      'web/**/*.test.ts',
    ],
    // Simulation tests run many seeds; the 2-core CI machine needs generous per-test limits.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
