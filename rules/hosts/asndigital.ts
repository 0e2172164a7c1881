// WRITTEN by scripts/registry.mjs (npm run registry): do not edit; it follows the page rules' `hosts`.
/**
 * What the content script of asndigital.bkn.go.id carries: the page rules that name this host, the field checks
 * their screens name and their Indonesian words (the overlay loads
 * another language's from the background when the user switches).
 */
import { contacts } from '../locales/id/contacts';
import * as fieldWords from '../locales/id/fields';
import * as guideWords from '../locales/id/guide';
import * as pageWords from '../locales/id/pages';
import { uiCore } from '../locales/id/ui';
import { asndigitalLayanan } from '../pages/asndigital-layanan';
import type { HostKit } from './kit';

export const asndigital = {
  name: 'asndigital',
  pages: [asndigitalLayanan],
  fields: {},
  statusPage: false,
  words: {
    ui: { ...uiCore },
    contacts,
    fieldNames: fieldWords.fieldNames,
    statuses: {},
    pages: {
      'asndigital-layanan': pageWords.asndigitalLayanan,
    },
    fields: {},
    guide: {
      'buka-myasn': guideWords.bukaMyasn,
    },
  },
} as const satisfies HostKit;
