import { defineConfig } from 'vitest/config';

// Unit and contract tests: Node only, real SQLite files in temp folders.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'tests/**/*.test.ts'],
    exclude: ['tests/e2e/**', 'node_modules/**', 'out/**'],
    environment: 'node',
    testTimeout: 60_000,
    pool: 'forks',
  },
});
