/**
 * The closed vocabularies (page, contact and status ids) as plain constants. Kept apart from
 * rules/schema.ts so the content script can use them without bundling zod.
 */
/** Every checked field: the keys of the field registry (rules/fields/index.ts), one file each. */
export { FIELD_IDS, type FieldId } from './fields/registry';

export const PAGE_IDS = [
  'sso-login',
  // Not in the original contract list: the ASN Digital home between SSO and MyASN (guide E.2–3).
  'asndigital-layanan',
  'myasn-dashboard',
  'myasn-layanan',
  'myasn-sertifikat',
  'myasn-kontak-pribadi',
  'bsre-aktivasi',
  'bsre-passphrase',
] as const;
export type PageId = (typeof PAGE_IDS)[number];

/** Help desks an agency profile names; rules refer to them by id. */
export const CONTACT_IDS = ['email-dinas', 'persandian', 'helpdesk-bkn', 'bsre', 'kepegawaian'] as const;
export type ContactId = (typeof CONTACT_IDS)[number];

/** The national desks (rules/contacts.ts), worded in rules/locales/<lang>/contacts.ts rather than in a profile. */
export const NATIONAL_DESK_IDS = ['helpdesk-bkn', 'bsre'] as const;

/** Every certificate status the portals are known to show (what each means: rules/statuses.ts). The only list of them. */
export const STATUS_CODES = [
  'NOT_REGISTERED',
  'NEW',
  'UNVERIFIED',
  'WAITING_FOR_VERIFICATION',
  'NO_CERTIFICATE',
  'ISSUE',
  'ACTIVE',
  'RENEW',
  'EXPIRED',
  'SUSPEND',
  'REVOKE',
  'DENIED',
] as const;
export type StatusCode = (typeof STATUS_CODES)[number];

export function isStatusCode(code: string): code is StatusCode {
  return (STATUS_CODES as readonly string[]).includes(code);
}
