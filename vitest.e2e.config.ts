import { defineConfig } from 'vitest/config';

/** End-to-end suite: the built extension in real Chromium and Firefox, one browser per file. */
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.ts'],
    globalSetup: ['tests/e2e/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 90_000,
    fileParallelism: false,
    retry: process.env.CI ? 1 : 0,
  },
});
