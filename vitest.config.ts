import { defineConfig } from 'vitest/config';

// Unit tests live beside the code (src/**/*.test.ts); integration tests run against PGlite and a
// throwaway PostgreSQL 15 cluster (tests/integration); browser tests drive Debian's chromium (tests/e2e).
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'tests/**/*.test.ts'],
    globalSetup: ['tests/support/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 240_000,
    // expect.poll waits for what a page shows once the network and a busy machine allow (vitest's default gives up
    // after one second, which a loaded machine outruns); a check that never holds still fails, only later.
    expect: { poll: { timeout: 15_000 } },
    pool: 'forks',
    fileParallelism: true,
    maxWorkers: 2,
  },
});
