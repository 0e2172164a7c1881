import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest(), preact()],
  // The unit tests read the overlay as tooling does (platform/build.ts): the e2e build's open shadow root.
  define: { 'import.meta.env.PEMANDU_E2E': 'true', 'import.meta.env.PEMANDU_BENCH': 'false' },
  test: {
    // Node by default; a file that needs a DOM says so in its first line (`// @vitest-environment happy-dom`).
    environment: 'node',
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    // Most of the suite's time is starting files, not running tests: threads start faster than
    // processes, and every core takes files (vitest leaves one idle by default).
    pool: 'threads',
    maxWorkers: availableParallelism(),
    setupFiles: ['tests/unit/setup.ts'],
    mockReset: true,
    restoreMocks: true,
  },
});
