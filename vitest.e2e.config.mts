import { defineConfig } from 'vitest/config';

// Browser end-to-end tests: a real Chromium driven by playwright-core against the built renderer.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // A browser and a host on a busy 2-core CI machine: polls wait for the UI, not a fixed second.
    expect: { poll: { timeout: 15_000, interval: 100 } },
    fileParallelism: false,
    pool: 'forks',
  },
});
