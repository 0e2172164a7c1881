/**
 * The Indonesian overlay words asndigital.bkn.go.id's pages use: rules/locales/id/overlay.ts in its content script
 * (rules/hosts.ts). The same objects as in the whole copy, picked by name so the bundle leaves out the rest.
 */
import { contacts } from '../../locales/id/contacts';
import { fieldNames } from '../../locales/id/fields';
import * as steps from '../../locales/id/guide';
import { asndigitalLayanan } from '../../locales/id/pages';
import { ui } from '../../locales/id/ui';

export const overlay = {
  ui,
  fields: {},
  fieldNames,
  pages: { 'asndigital-layanan': asndigitalLayanan },
  statuses: {},
  guide: { 'buka-myasn': steps.bukaMyasn },
  contacts,
};
