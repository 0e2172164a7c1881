import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest(), preact()],
  // The unit tests read the overlay as tooling does (platform/build.ts): the e2e build's open shadow root.
  define: { 'import.meta.env.PEMANDU_E2E': 'true', 'import.meta.env.PEMANDU_BENCH': 'false' },
  test: {
    environment: 'happy-dom',
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    setupFiles: ['tests/unit/setup.ts'],
    mockReset: true,
    restoreMocks: true,
  },
});
