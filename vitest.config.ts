import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Suites start real HTTP servers, SQLite files and a browser: give them room on a 2-core machine.
    // A hang guard, not a speed check: CLI tests start several node processes, which takes long when the machine is busy.
    testTimeout: 120_000,
    hookTimeout: 180_000,
    pool: 'forks',
    poolOptions: { forks: { maxForks: 2, minForks: 1 } },
  },
});
