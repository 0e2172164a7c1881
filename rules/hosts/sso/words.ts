/**
 * The Indonesian overlay words sso-siasn.bkn.go.id's pages use: rules/locales/id/overlay.ts in its content script
 * (rules/hosts.ts). The same objects as in the whole copy, picked by name so the bundle leaves out the rest.
 */
import { contacts } from '../../locales/id/contacts';
import { fieldNames, nip, otp } from '../../locales/id/fields';
import * as steps from '../../locales/id/guide';
import { ssoLogin } from '../../locales/id/pages';
import { ui } from '../../locales/id/ui';

export const overlay = {
  ui,
  fields: { nip, otp },
  fieldNames,
  pages: { 'sso-login': ssoLogin },
  statuses: {},
  guide: { 'masuk-sso': steps.masukSso },
  contacts,
};
