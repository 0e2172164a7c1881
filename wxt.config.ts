import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// The replica portal pages the helpdesk page shows live in public/replicas and
// public/replica-assets and ship as they are; nothing under tests/ is read by the build.

export const GECKO_ID = 'pemandu-tte@pemandu-tte.id';

export default defineConfig({
  // Every name is imported explicitly (from 'wxt/...'), so it can be traced with grep.
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
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
        }
      : {
          // 111: the build's JS target (Vite's baseline-widely-available) and MV3 features used.
          minimum_chrome_version: '111',
          // Lets an agency's IT set the agency profile by policy (docs/deploy/).
          storage: { managed_schema: 'managed_schema.json' },
        }),
  }),
  vite: () => ({ plugins: [preact()] }),
  // AMO reviewers rebuild from the sources zip: leave out generated pictures and results.
  zip: { excludeSources: ['demo-screenshots/**', 'tests/e2e/screenshots/**', 'bench/results/**', 'docs/**/*.png'] },
});
