import { defineConfig } from 'vitest/config';

process.env.TZ = 'UTC';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'web/src/**/*.test.{ts,tsx}'],
    environment: 'node',
    // The browser suites serve dist/web: build it once per run.
    globalSetup: ['test/browser/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Browser and database suites share one machine of two cores.
    maxWorkers: 2,
    env: { TZ: 'UTC' },
  },
});
