// WRITTEN by scripts/registry.mjs (npm run registry): do not edit; it follows the page rules' `hosts`.
/**
 * What the content script of sso-siasn.bkn.go.id carries: the page rules that name this host, the field checks
 * their screens name and their Indonesian words (the overlay loads
 * another language's from the background when the user switches).
 */
import { contacts } from '../locales/id/contacts';
import * as fieldWords from '../locales/id/fields';
import * as guideWords from '../locales/id/guide';
import * as pageWords from '../locales/id/pages';
import { uiCore, uiChecks } from '../locales/id/ui';
import { nip } from '../fields/nip';
import { otp } from '../fields/otp';
import { ssoLogin } from '../pages/sso-login';
import type { HostKit } from './kit';

export const sso = {
  name: 'sso',
  pages: [ssoLogin],
  fields: {
    nip,
    otp,
  },
  statusPage: false,
  words: {
    ui: { ...uiCore, ...uiChecks },
    contacts,
    fieldNames: fieldWords.fieldNames,
    statuses: {},
    pages: {
      'sso-login': pageWords.ssoLogin,
    },
    fields: {
      nip: fieldWords.nip,
      otp: fieldWords.otp,
    },
    guide: {
      'masuk-sso': guideWords.masukSso,
    },
  },
} as const satisfies HostKit;
