/**
 * The help code's frozen tables and its check characters, shared by the encoder (encode.ts, in
 * the content script) and the decoder (decode.ts, helpdesk page). No zod here, so the content
 * script stays small.
 *
 * THE TABLES ARE FROZEN: a code, once shipped, means the same thing forever. New pages, steps,
 * statuses, fields or reasons only ever APPEND a new code; never change, reuse or renumber one
 * (tests/unit/helpCode.test.ts decodes frozen literal codes). A reason is written after its
 * field's letters ('tooShort' on HP → HP:E:TOOSHORT), so a reason keeps its code while it keeps
 * its name in its field's file.
 */
import type { AgencyProfile } from '../contacts';
import { UNKNOWN_STATUS } from '../engine/readStatus';
import { FIELDS } from '../fields';
import { allDomains, domainsOf, typeDomains, type FieldId, type Verdict } from '../fields/types';
import type { PageId } from '../ids';
import { LANGUAGES } from '../locales/languages';
import type { BrowserKind } from './schema';

export const FORMAT = 'TTE2';
/** Segments after the tag, the check included. */
export const SEGMENTS = 11;

// ---- Frozen code tables (append only) --------------------------------------------------------
const PAGE_CODES: Record<PageId, string> = {
  'sso-login': 'SL',
  'asndigital-layanan': 'AL',
  'myasn-dashboard': 'MD',
  'myasn-layanan': 'ML',
  'myasn-sertifikat': 'MS',
  'myasn-kontak-pribadi': 'MK',
  'bsre-aktivasi': 'BA',
  'bsre-passphrase': 'BP',
};
/** Step ids (they are unique enough across pages: the page says which page's step it is). */
const STEP_CODES: Record<string, string> = {
  form: 'FO',
  konfirmasi: 'KF',
  'email-aktif': 'EA',
  'data-diri': 'DD',
  'data-kedinasan': 'DK',
  'foto-diri': 'FD',
  berhasil: 'BH',
  'cek-profil': 'CP',
  'buat-passphrase': 'BU',
  masuk: 'MA',
  otp: 'OP',
};
/** Status codes in the help code (not the list of statuses: that is STATUS_CODES in rules/ids.ts). */
const STATUS_LETTERS: Record<string, string> = {
  NOT_REGISTERED: 'NR',
  NEW: 'NW',
  UNVERIFIED: 'UV',
  WAITING_FOR_VERIFICATION: 'WV',
  NO_CERTIFICATE: 'NC',
  ISSUE: 'IS',
  ACTIVE: 'AC',
  RENEW: 'RN',
  EXPIRED: 'EX',
  SUSPEND: 'SP',
  REVOKE: 'RV',
  DENIED: 'DN',
  /** UNKNOWN_STATUS: a status the page shows that is neither known nor shaped like a code. */
  [UNKNOWN_STATUS]: 'UK',
};
/** Each field's letters live in its file (rules/fields/<field>.ts, `code`), frozen like these tables. */
const FIELD_CODES = Object.fromEntries(Object.values(FIELDS).map((f) => [f.id, f.code])) as Record<FieldId, string>;
const VERDICT_CODES: Record<Verdict, string> = { error: 'E', warn: 'W', ok: 'O' };
const BROWSERS: Record<BrowserKind, string> = { chrome: 'C', firefox: 'F', 'firefox-android': 'A', other: 'X' };
const VALIDITY = { ok: 'O', expiring: 'W', expired: 'X' } as const;
const MISSING_CODES: Record<string, string> = { markers: 'M', step: 'S', status: 'T' };
/**
 * The names of the params findings carry, as the code writes them in capitals: the decoder gives
 * them their case back from here (a message may stop naming one, a code written earlier still
 * carries it). Append only.
 */
const PARAM_NAMES = ['count', 'min', 'max', 'minYear', 'maxYear', 'expected', 'type', 'domains', 'domain', 'missing', 'total'] as const;
/** Each language's letters: rules/locales/languages.ts, the one list of languages. */
const LOCALE_CODES = LANGUAGES;

/**
 * String params the decoder rebuilds from the agency profile: the agency's email domains (each
 * type's list, or all, as rules/fields/email-dinas.ts words them; then each listed domain, D1 …)
 * and the employee type. Append only.
 */
export function agencyTokens(agency: Pick<AgencyProfile, 'emailDomains' | 'moreEmailDomains'>): Record<string, string> {
  const each = [...new Set([...domainsOf(agency, 'pns'), ...domainsOf(agency, 'pppk')])];
  const tokens: Record<string, string> = { P: typeDomains(agency, 'pns'), K: typeDomains(agency, 'pppk'), A: allDomains(agency), PNS: 'PNS', PPPK: 'PPPK' };
  each.forEach((d, i) => (tokens[`D${i + 1}`] = d));
  return tokens;
}

export const CODE_TABLES = {
  PAGE_CODES,
  STEP_CODES,
  STATUS_CODES: STATUS_LETTERS,
  FIELD_CODES,
  VERDICT_CODES,
  BROWSERS,
  VALIDITY,
  MISSING_CODES,
  LOCALE_CODES,
  PARAM_NAMES,
} as const;

// ---- Check characters ------------------------------------------------------------------------
/** Every character a format-2 code can hold (lower case is read as upper case). */
export const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ-.+:=,';
const B36 = ALPHABET.slice(0, 36);
const PRIME = 1291; // prime, and < 36² so the check fits in two base-36 characters

/**
 * Two check characters: Σ wᵢ·vᵢ mod 1291 over the code before them (vᵢ = the character's index in
 * ALPHABET, 0…41; wᵢ = (i mod 1290) + 1, never 0 mod 1291). As 1291 is prime and larger than any
 * difference of two values, a single substituted character changes the sum by wᵢ·(v′−v) ≢ 0, and
 * two swapped neighbours by (wᵢ−wᵢ₊₁)·(a−b) ≢ 0 (wᵢ−wᵢ₊₁ is −1 or 1289): both are always caught,
 * at any length. Other errors slip through about once in 1291. Returns null for a character
 * outside ALPHABET.
 */
export function checkChars(text: string): string | null {
  const s = text.toUpperCase();
  let sum = 0;
  for (let i = 0; i < s.length; i++) {
    const v = ALPHABET.indexOf(s[i]!);
    if (v < 0) return null;
    sum = (sum + ((i % (PRIME - 1)) + 1) * v) % PRIME;
  }
  return B36[Math.floor(sum / 36)]! + B36[sum % 36]!;
}
