/**
 * The closed vocabularies (page, contact and status ids) as plain constants. Kept apart from
 * rules/schema.ts so the content script can use them without bundling zod.
 */
/** Every checked field and every page: one file each (rules/fields/, rules/pages/), listed by scripts/registry.mjs. */
export { FIELD_IDS, type FieldId } from './fields/ids';
export { PAGE_IDS, type PageId } from './pages/ids';

/** Every step of the whole guide, in the guide's order (rules/guide.ts describes each). */
export const GUIDE_STEP_IDS = [
  'persiapan',
  'masuk-sso',
  'buka-myasn',
  'cek-status',
  'kontak-pribadi',
  'aktivasi-email',
  'registrasi',
  'aktivasi-akun',
  'passphrase',
  'terbit',
] as const;
export type GuideStepId = (typeof GUIDE_STEP_IDS)[number];

/** Help desks an agency profile names; rules refer to them by id. */
export const CONTACT_IDS = ['email-dinas', 'persandian', 'helpdesk-bkn', 'bsre', 'kepegawaian'] as const;
export type ContactId = (typeof CONTACT_IDS)[number];

/** The national desks (rules/contacts.ts), worded in rules/locales/<lang>/contacts.ts rather than in a profile. */
export const NATIONAL_DESK_IDS = ['helpdesk-bkn', 'bsre'] as const;

/** Every certificate status the portals are known to show (what each means: rules/statuses/, each file naming its codes). The only list of them. */
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
