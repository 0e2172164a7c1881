/** The field checks of sso-siasn.bkn.go.id's pages: rules/fields/registry.ts in its content script (rules/hosts.ts). */
import { nip } from '../../fields/nip';
import { otp } from '../../fields/otp';

export const FIELDS = {
  nip,
  otp,
} as const;

export const FIELD_IDS = Object.keys(FIELDS);
