import { defineConfig } from 'vitest/config';

// Unit tests live beside the code (src/**/*.test.ts); integration tests run against PGlite and a
// throwaway PostgreSQL 15 cluster (tests/integration); browser tests drive Debian's chromium (tests/e2e).
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'tests/**/*.test.ts'],
    globalSetup: ['tests/support/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 240_000,
    pool: 'forks',
    fileParallelism: true,
    maxWorkers: 2,
  },
});
