/**
 * The help code ("kode bantuan"): what a user copies for the helpdesk instead of a screenshot.
 * It carries only ids, reason codes and counts — never a field value, never page text — so it is
 * safe to paste into WhatsApp. Format 2, written in capitals and read case-insensitively (easy to
 * read aloud), segments joined by '-':
 *
 *   TTE2-<ext version>-<browser>-<page>-<step>-<status>-<findings>-<missing>-<agency>-<locale>-<validity>-<check>
 *
 * Every id is written as a short code from the tables below. THE TABLES ARE FROZEN: a code, once
 * shipped, means the same thing forever. New pages, steps, statuses, fields or reasons only ever
 * APPEND a new code; never change, reuse or renumber one (tests/unit/diagnostic.test.ts decodes
 * frozen literal codes). A step the tables do not know yet is written literally after a '.', with
 * '-' written as '.'; so is a status the tables do not know, but only when it has a portal code's
 * shape (`FROZEN_X` → `.FROZEN.X`, see isPortalCode): any other status is written as the
 * UNKNOWN_STATUS marker ('UK'), so a name after "Status:" never reaches the code.
 *
 * findings: `<field>:<E|W|O>:<reason>[:<KEY>=<value>,…]` joined by '+'. The reason is written
 *   without its field's prefix (`nik.length` on NK → `LENGTH`), or in full after a '.'.
 *   Params are the message's numbers (counts, limits: "NIK harus 16 digit — yang terisi 15") and
 *   agency data written as a token the decoder rebuilds from the same agency profile
 *   (AGENCY_TOKENS). Nothing else: a string param that is not agency data is dropped, so
 *   nothing derived from the characters of a value can get in.
 * missing: M (markers), S (step), T (status), F<field> joined by '+'; '0' = none.
 * validity: `<O|W|X><S|C>[N]<days>` (state, shown/computed end date, N = negative, days left).
 * check: two characters, see checkChars(). No other format was ever published: diagnosticDecode.ts
 * reads format 2 only.
 */
import { agencyById } from '../agencies';
import type { AgencyProfile } from '../contacts';
import type { FieldId, FindingParams, Verdict } from '../fields/types';
import type { PageId } from '../ids';
import { isPortalCode, UNKNOWN_STATUS } from './readStatus';

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
};
const STATUS_CODES_V2: Record<string, string> = {
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
const FIELD_CODES: Record<FieldId, string> = {
  nik: 'NK',
  nip: 'NP',
  'nomor-hp': 'HP',
  'nomor-telepon': 'TL',
  'email-dinas': 'ED',
  'email-pribadi': 'EP',
  otp: 'OT',
  passphrase: 'PP',
  'passphrase-konfirmasi': 'PK',
  persetujuan: 'ST',
};
/** The reason-code prefix of each field's messages (rules/fields/messages.ts), left out of the code. */
const REASON_PREFIX: Record<FieldId, string> = {
  nik: 'nik',
  nip: 'nip',
  'nomor-hp': 'phone',
  'nomor-telepon': 'phone',
  'email-dinas': 'emailDinas',
  'email-pribadi': 'emailPribadi',
  otp: 'otp',
  passphrase: 'passphrase',
  'passphrase-konfirmasi': 'passphraseConfirm',
  persetujuan: 'consent',
};
const VERDICT_CODES: Record<Verdict, string> = { error: 'E', warn: 'W', ok: 'O' };
const BROWSERS = { chrome: 'C', firefox: 'F', 'firefox-android': 'A', other: 'X' } as const;
export type BrowserKind = keyof typeof BROWSERS;
const VALIDITY = { ok: 'O', expiring: 'W', expired: 'X' } as const;
const MISSING_CODES: Record<string, string> = { markers: 'M', step: 'S', status: 'T' };
const LOCALE_CODES = { id: 'ID', en: 'EN' } as const;

/**
 * String params the decoder rebuilds from the agency profile: the agency's email domains (one
 * or both, as rules/fields/email.ts words them) and the employee type. Append only.
 */
export function agencyTokens(agency: Pick<AgencyProfile, 'emailDomains'>): Record<string, string> {
  const { pns, pppk } = agency.emailDomains;
  return { P: pns, K: pppk, A: pns === pppk ? pns : `${pns} (PNS), ${pppk} (PPPK)`, PNS: 'PNS', PPPK: 'PPPK' };
}

export const CODE_TABLES = {
  PAGE_CODES,
  STEP_CODES,
  STATUS_CODES: STATUS_CODES_V2,
  FIELD_CODES,
  REASON_PREFIX,
  VERDICT_CODES,
  BROWSERS,
  VALIDITY,
  MISSING_CODES,
  LOCALE_CODES,
} as const;

/** What a help code says; exactly what the helpdesk page needs to reproduce the user's overlay. */
export interface Diagnostic {
  extVersion: string;
  browser: BrowserKind;
  page: PageId | null;
  step: string | null;
  status: string | null;
  findings: Array<{ field: FieldId; verdict: Verdict; reason: string; params?: FindingParams }>;
  /** 'markers', 'step', 'status', 'field:<id>' */
  missing: string[];
  agency: string;
  locale: 'id' | 'en';
  validity: { state: 'ok' | 'expiring' | 'expired'; source: 'shown' | 'computed'; daysLeft: number } | null;
}

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

// ---- Encoding --------------------------------------------------------------------------------
const list = (items: string[]) => (items.length ? items.join('+') : '0');
const literal = (id: string) => '.' + id.toUpperCase().replace(/[-_]/g, '.').replace(/[^A-Z0-9.]/g, '');
/** Keeps only characters of the code's alphabet that cannot split it (no separators). */
const clean = (s: string) => s.toUpperCase().replace(/[^A-Z0-9.]/g, '');

function encodeParams(params: FindingParams | undefined, tokens: Record<string, string>): string {
  const out: string[] = [];
  for (const [key, value] of Object.entries(params ?? {})) {
    if (!/^[A-Za-z]{1,20}$/.test(key)) continue;
    let written: string | undefined;
    // Numbers: counts and limits. Strings: only agency data, as a token.
    if (typeof value === 'number') written = Number.isSafeInteger(value) && value >= 0 ? String(value) : undefined;
    else written = Object.keys(tokens).find((t) => tokens[t] === value);
    if (written !== undefined) out.push(`${key.toUpperCase()}=${written}`);
  }
  return out.length ? ':' + out.join(',') : '';
}

function encodeReason(field: FieldId, reason: string): string {
  const prefix = `${REASON_PREFIX[field]}.`;
  return reason.startsWith(prefix) ? clean(reason.slice(prefix.length)) : '.' + clean(reason);
}

/** A known status by its code, a code-shaped unknown one literally, anything else as the marker. */
function encodeStatus(status: string): string {
  if (Object.hasOwn(STATUS_CODES_V2, status)) return STATUS_CODES_V2[status]!;
  return isPortalCode(status) ? literal(status) : STATUS_CODES_V2[UNKNOWN_STATUS]!;
}

export function encodeDiagnostic(d: Diagnostic): string {
  const tokens = agencyTokens(agencyById(d.agency));
  const v = d.validity;
  const days = v ? Math.min(9999, Math.abs(Math.round(v.daysLeft))) : 0;
  const body = [
    FORMAT,
    d.extVersion.replace(/[^0-9.]/g, ''),
    BROWSERS[d.browser],
    d.page ? PAGE_CODES[d.page] : '0',
    d.step ? (STEP_CODES[d.step] ?? literal(d.step)) : '0',
    d.status ? encodeStatus(d.status) : '0',
    list(d.findings.map((f) => `${FIELD_CODES[f.field]}:${VERDICT_CODES[f.verdict]}:${encodeReason(f.field, f.reason)}${encodeParams(f.params, tokens)}`)),
    list(
      d.missing
        .map((m) => (m.startsWith('field:') ? FIELD_CODES[m.slice(6) as FieldId] && `F${FIELD_CODES[m.slice(6) as FieldId]}` : MISSING_CODES[m]))
        .filter((m): m is string => !!m),
    ),
    clean(d.agency),
    LOCALE_CODES[d.locale],
    v ? `${VALIDITY[v.state]}${v.source === 'shown' ? 'S' : 'C'}${v.daysLeft < 0 && days > 0 ? 'N' : ''}${days}` : '0',
  ].join('-');
  return `${body}-${checkChars(body)}`;
}

export function detectBrowser(userAgent: string): BrowserKind {
  if (/Firefox\//.test(userAgent)) return /Android/.test(userAgent) ? 'firefox-android' : 'firefox';
  if (/Chrome\//.test(userAgent)) return 'chrome';
  return 'other';
}
