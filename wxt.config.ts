import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

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
              strict_min_version: '128.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : { minimum_chrome_version: '111' }),
  }),
  vite: () => ({ plugins: [preact()] }),
});
