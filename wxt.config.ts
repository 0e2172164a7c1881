import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { PORTAL_MATCHES } from './rules/hosts';
import { copy, LOCALES } from './rules/locales';
import { overlay as defaultOverlay } from './rules/locales/id/overlay';
import { languageFile } from './rules/locales/overlay';

// The replica portal pages the helpdesk page shows live in public/replicas and
// public/replica-assets and ship as they are; nothing under tests/ is read by the build.

export const GECKO_ID = 'pemandu-tte@pemandu-tte.id';

/**
 * The content script carries only the default language's overlay words (rules/locales/overlay.ts);
 * each other language's are a file of the extension it reads the first time that language is used
 * (issue 11: what a portal page loads). Readable by the portal hosts only, and in Chrome only
 * through a URL that changes every session (use_dynamic_url), so a page cannot probe for it.
 */
const OTHER_LOCALES = LOCALES.slice(1);
const overlayWords = (locale: (typeof LOCALES)[number]) =>
  JSON.stringify(Object.fromEntries(Object.keys(defaultOverlay).map((part) => [part, copy[locale][part as keyof typeof defaultOverlay]])));

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
    web_accessible_resources: [{ resources: OTHER_LOCALES.map(languageFile), matches: PORTAL_MATCHES, use_dynamic_url: true }],
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
  hooks: {
    'build:publicAssets': (_wxt, files) => {
      for (const l of OTHER_LOCALES) files.push({ relativeDest: languageFile(l), contents: overlayWords(l) });
    },
  },
  // AMO reviewers rebuild from the sources zip: leave out generated pictures and results.
  zip: { excludeSources: ['demo-screenshots/**', 'tests/e2e/screenshots/**', 'bench/results/**', 'docs/**/*.png'] },
});
