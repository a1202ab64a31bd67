import { defineConfig } from 'vitest/config';

// Browser end-to-end tests: a real Chromium driven by playwright-core against the built renderer.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    pool: 'forks',
  },
});
