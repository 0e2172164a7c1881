import { defineConfig } from 'vitest/config';

/** End-to-end suite: the built extension in real Chromium and Firefox, one browser per file. */
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.ts'],
    globalSetup: ['tests/e2e/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 90_000,
    // Two files at a time, each with its own browser: most of a test is waiting for the page and
    // the extension's timers, so two share two cores well (6 min 46 s → about 4 min here).
    fileParallelism: true,
    maxWorkers: 2,
    retry: process.env.CI ? 1 : 0,
  },
});
