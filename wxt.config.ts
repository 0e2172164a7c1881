import { defineConfig } from 'wxt';
import type { Plugin } from 'vite';
import preact from '@preact/preset-vite';
import { copy, LOCALES } from './rules/locales';
import { latin1Only } from './scripts/latin1.mjs';

// The replica portal pages the helpdesk page shows live in public/replicas and
// public/replica-assets and ship as they are; nothing under tests/ is read by the build.

export const GECKO_ID = 'pemandu-tte@pemandu-tte.id';

/**
 * Build flags, read from the environment of the build (never a module swapped in):
 * - PEMANDU_E2E=1: the build tests and tooling drive. Its overlay keeps an open shadow root and the
 *   data-* attributes of README's test contract; the zips never are this build.
 * - PEMANDU_BENCH=1: the benchmark's build, whose content script leaves User Timing marks.
 * - PEMANDU_OUT_DIR: where the build goes (the e2e suite builds what ships beside its own build).
 */
const E2E = process.env.PEMANDU_E2E === '1';
const BENCH = process.env.PEMANDU_BENCH === '1';

/**
 * What extension pages may load: their own scripts and frames (the helpdesk page frames the replica
 * portal pages the extension ships), nothing from the network, no plugins, no form posts.
 */
const PAGE_CSP = "script-src 'self'; object-src 'none'; base-uri 'none'; connect-src 'none'; form-action 'none'; frame-src 'self'";

/** Content scripts in Latin-1 only (scripts/latin1.mjs). A build asked for source maps is left as it is: the escapes would shift the map's columns. */
const latin1Source: Plugin = {
  name: 'pemandu:latin1-source',
  enforce: 'post',
  generateBundle(_options, bundle) {
    for (const chunk of Object.values(bundle)) if (chunk.type === 'chunk' && !chunk.map) chunk.code = latin1Only(chunk.code);
  },
};

export default defineConfig({
  ...(process.env.PEMANDU_OUT_DIR ? { outDir: process.env.PEMANDU_OUT_DIR } : {}),
  // Every name is imported explicitly (from 'wxt/...'), so it can be traced with grep.
  imports: false,
  // No module swaps `wxt/browser`: it is the browser's own promise-based API (`browser` in Firefox,
  // `chrome` in Chrome MV3), all the portal pages' content script needs (storage, runtime
  // messages); the extension pages and the background import webextension-polyfill by name.
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    short_name: 'Pemandu TTE',
    description: '__MSG_extDescription__',
    default_locale: 'id',
    permissions: ['storage'],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              // 140: first version with gecko.data_collection_permissions (the current ESR).
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
          content_security_policy: PAGE_CSP,
        }
      : {
          // 111: the build's JS target (Vite's baseline-widely-available) and MV3 features used.
          minimum_chrome_version: '111',
          // Lets an agency's IT set the agency profile by policy (docs/deploy/).
          storage: { managed_schema: 'managed_schema.json' },
          content_security_policy: { extension_pages: PAGE_CSP },
        }),
  }),
  vite: () => ({
    plugins: [preact()],
    // As strings, as Vitest hands env values over (platform/build.ts compares them so).
    define: { 'import.meta.env.PEMANDU_E2E': JSON.stringify(String(E2E)), 'import.meta.env.PEMANDU_BENCH': JSON.stringify(String(BENCH)) },
  }),
  hooks: {
    // What ships is never the build tests drive (open shadow root, data-* contract).
    'zip:start': () => {
      if (E2E) throw new Error('PEMANDU_E2E=1 is set: the zips are never the e2e build. Unset it to zip.');
    },
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.every((e) => e.type === 'content-script')) return;
      config.plugins = [...(config.plugins ?? []), latin1Source];
    },
    'build:publicAssets': (_wxt, files) => {
      // The browser's list of extensions, in each language: from rules/locales/<lang>/store.ts.
      for (const l of LOCALES) {
        const messages = Object.fromEntries(Object.entries(copy[l].store).map(([key, message]) => [key, { message }]));
        files.push({ relativeDest: `_locales/${l}/messages.json`, contents: JSON.stringify(messages, null, 2) });
      }
    },
  },
  // AMO reviewers rebuild from the sources zip: leave out generated pictures and results.
  zip: { excludeSources: ['demo-screenshots/**', 'tests/e2e/screenshots/**', 'bench/results/**', 'docs/**/*.png'] },
});
