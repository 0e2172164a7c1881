/**
 * Indonesian phone numbers as typed in MyASN's Kontak Pribadi and BSrE's Data Diri:
 * `08…`, `628…`, `+628…`, grouped with spaces, dashes, dots or parentheses.
 *
 * Lengths are counted in the national form, with the leading 0 (what people see on their SIM card).
 * Mobiles are `08` followed by 1–9; `080x` (toll-free, premium) cannot receive WhatsApp. Landlines
 * are 0 + an area code starting 2–7 or 9 (021 Jakarta … 0293 Magelang … 0901 Timika).
 *
 * Which prefixes and lengths exist comes from the phone metadata of libphonenumber-js, as a small
 * generated table (rules/fields/phonePrefixes.ts). A shape that cannot be a number (too short, too
 * long for its prefix, a landline where a mobile is needed) is an error; a prefix or length the
 * metadata does not know is only a warning, because allocations change and the table may lag.
 *
 * Some portals show the country code in a box in front of the input ("+62 | 812…"). The page's
 * box is passed in as `prefix`: then the number is typed without its leading 0.
 */
import { findingsOf, type MakeFinding } from './define';
import { isAsciiDigit, isBlank, isInvisible, isNonAsciiDigit, isSpace, isTooLong, MAX_INPUT_LENGTH } from './normalize';
import { LANDLINE_PREFIX_TABLE, MOBILE_PREFIX_TABLE } from './phonePrefixes';
import type { Finding, FindingParams } from './types';

export type PhoneKind = 'nomor-hp' | 'nomor-telepon';

/** What both phone fields can be told; each field adds its own (nomor-hp.ts, nomor-telepon.ts). */
export const PHONE_REASONS = [
  'overLimit',
  'empty',
  'chars',
  'nonAsciiDigits',
  'prefix',
  'extraZero',
  'tooShort',
  'tooLong',
  'unknownPrefix',
  'unusualLength',
  'invisible',
  'ok',
  'boxZero',
  'boxCountry',
  'boxPrefix',
  'boxTooShort',
  'boxTooLong',
] as const;
/** Only a mobile number is asked for (WhatsApp). */
export const MOBILE_ONLY_REASONS = ['notMobile'] as const;
/** A landline is fine too. */
export const LANDLINE_REASONS = ['unknownAreaCode', 'okLandline'] as const;
type PhoneReason = (typeof PHONE_REASONS | typeof MOBILE_ONLY_REASONS | typeof LANDLINE_REASONS)[number];

/** What the page shows around the input (data, read by the content script; never typed text). */
export interface PhoneContext {
  /** Text of a box right in front of the input (an input-group addon), e.g. "+62". */
  prefix?: string;
}

const PHONE_SEPARATORS = '-.()';

type PrefixTable = Map<string, readonly number[]>;

/** "081:10-13 084:- 02114:8.10.11" → prefix → allowed national lengths (empty: no number). */
function parseTable(text: string): PrefixTable {
  const table: PrefixTable = new Map();
  for (const entry of text.split(' ')) {
    const [prefix, lengths] = entry.split(':') as [string, string];
    const range = /^(\d+)-(\d+)$/.exec(lengths);
    const list: number[] = [];
    if (range) for (let l = Number(range[1]); l <= Number(range[2]); l++) list.push(l);
    else if (lengths !== '-') list.push(...lengths.split('.').map(Number));
    table.set(prefix, list);
  }
  return table;
}

const MOBILE_TABLE = /* @__PURE__ */ parseTable(MOBILE_PREFIX_TABLE);
const LANDLINE_TABLE = /* @__PURE__ */ parseTable(LANDLINE_PREFIX_TABLE);

function bounds(table: PrefixTable): { min: number; max: number } {
  const all = [...table.values()].flat();
  return { min: Math.min(...all), max: Math.max(...all) };
}

/** Lengths any mobile / landline can have, over all prefixes (with the leading 0). */
export const MOBILE_LENGTH = /* @__PURE__ */ bounds(MOBILE_TABLE);
export const LANDLINE_LENGTH = /* @__PURE__ */ bounds(LANDLINE_TABLE);

/** The allowed lengths for a national number: the entry of the longest prefix that fits it. */
function lengthsFor(table: PrefixTable, national: string): readonly number[] {
  for (let i = national.length; i > 0; i--) {
    const hit = table.get(national.slice(0, i));
    if (hit) return hit;
  }
  return [];
}

interface PhoneScan {
  digits: string;
  plus: boolean;
  invisible: boolean;
  nonAsciiDigits: boolean;
  badChar: boolean;
}

function scanPhone(value: string): PhoneScan {
  const s: PhoneScan = { digits: '', plus: false, invisible: false, nonAsciiDigits: false, badChar: false };
  for (const ch of value) {
    if (isAsciiDigit(ch)) s.digits += ch;
    else if (isInvisible(ch)) s.invisible = true;
    else if (isSpace(ch) || PHONE_SEPARATORS.includes(ch)) continue;
    // One '+' before the first digit: "+62 …", "(+62) …".
    else if (ch === '+' && !s.plus && s.digits === '') s.plus = true;
    else if (isNonAsciiDigit(ch)) s.nonAsciiDigits = true;
    else s.badChar = true;
  }
  return s;
}

/** "+62…" / "62…" / "0…" → the national form with leading 0; null when it is not an Indonesian number. */
function toNational(s: PhoneScan): string | null {
  if (s.plus) return s.digits.startsWith('62') ? '0' + s.digits.slice(2) : null;
  if (s.digits.startsWith('62')) return '0' + s.digits.slice(2);
  return s.digits.startsWith('0') ? s.digits : null;
}

export function isMobileNational(national: string): boolean {
  return /^08[1-9]/.test(national);
}

function isLandlineNational(national: string): boolean {
  return /^0[2-79]/.test(national);
}

/** A box that holds the country code: "+62", "62", "(+62)", "🇮🇩 +62", "ID +62". */
export function isCountryCodeBox(prefix: string | undefined): boolean {
  if (!prefix || prefix.length > 16) return false;
  const code = prefix.replace(/[^0-9+]/g, '');
  return code === '+62' || code === '62';
}

/** The national form (leading 0) of a well-formed Indonesian number, or null. */
export function phoneNational(value: string): string | null {
  if (isTooLong(value)) return null;
  const s = scanPhone(value);
  if (s.badChar || s.nonAsciiDigits) return null;
  return toNational(s);
}

type Make = MakeFinding<PhoneReason>;

export function validatePhone(value: string, kind: PhoneKind, context: PhoneContext = {}): Finding {
  const f: Make = findingsOf(kind);
  if (isTooLong(value)) return f('error', 'overLimit', { max: MAX_INPUT_LENGTH });
  if (isBlank(value)) return f('error', 'empty');
  const s = scanPhone(value);
  if (s.badChar) return f('error', 'chars');
  if (s.nonAsciiDigits) return f('error', 'nonAsciiDigits');
  if (isCountryCodeBox(context.prefix)) return afterCountryBox(s, kind, f);
  const national = toNational(s);
  if (national === null) return f('error', 'prefix');
  if (national.startsWith('00') && (s.plus || s.digits.startsWith('62'))) return f('error', 'extraZero');
  return judgeNational(national, kind, s.invisible, f);
}

/** Judges a number in its national form (leading 0). */
function judgeNational(national: string, kind: PhoneKind, invisible: boolean, f: Make): Finding {
  // Too few digits to tell a mobile from a landline yet (the user is probably still typing).
  if (national.length < 3) {
    const min = kind === 'nomor-hp' ? MOBILE_LENGTH.min : LANDLINE_LENGTH.min;
    return f('error', 'tooShort', { count: national.length, min });
  }
  const mobile = isMobileNational(national);
  if (!mobile) {
    if (kind === 'nomor-hp') return f('error', national.startsWith('08') || isLandlineNational(national) ? 'notMobile' : 'prefix');
    if (!isLandlineNational(national)) return f('error', 'prefix');
  }
  const known = lengthsFor(mobile ? MOBILE_TABLE : LANDLINE_TABLE, national);
  // A known prefix's own lengths bound it; an unknown one gets the widest bounds of its kind.
  const { min, max } = known.length ? { min: known[0]!, max: known[known.length - 1]! } : mobile ? MOBILE_LENGTH : LANDLINE_LENGTH;
  if (national.length < min) return f('error', 'tooShort', { count: national.length, min });
  if (national.length > max) return f('error', 'tooLong', { count: national.length, max });
  if (known.length === 0) return f('warn', mobile ? 'unknownPrefix' : 'unknownAreaCode');
  if (!known.includes(national.length)) return f('warn', 'unusualLength');
  if (invisible) return f('warn', 'invisible');
  return f('ok', mobile ? 'ok' : 'okLandline');
}

/** The same mistakes counted after the +62 box. */
const BOX_REASONS: Partial<Record<string, PhoneReason>> = { tooShort: 'boxTooShort', tooLong: 'boxTooLong', prefix: 'boxPrefix' };

/**
 * The page shows +62 in front of the input, so "81234567890" there is the whole number. A leading 0
 * or a repeated 62 may still reach the right number (portals often strip them), so those are only
 * warnings once the number itself is right; lengths are counted as typed, after the box.
 */
function afterCountryBox(s: PhoneScan, kind: PhoneKind, f: Make): Finding {
  if (s.plus || s.digits.startsWith('0')) {
    const national = toNational(s);
    if (national === null || national.startsWith('00')) return f('error', 'boxPrefix');
    const r = judgeNational(national, kind, s.invisible, f);
    return r.verdict === 'error' ? r : f('warn', s.plus ? 'boxCountry' : 'boxZero');
  }
  const r = judgeNational('0' + s.digits, kind, s.invisible, f);
  if (r.verdict !== 'error') return r;
  // "62 812…" after the box: the country code typed again (not an area code 062x that fits).
  if (s.digits.startsWith('62') && judgeNational('0' + s.digits.slice(2), kind, s.invisible, f).verdict !== 'error') {
    return f('warn', 'boxCountry');
  }
  const boxReason = BOX_REASONS[r.reason as keyof typeof BOX_REASONS];
  if (!boxReason) return r;
  const params: FindingParams = {};
  for (const [k, v] of Object.entries(r.params ?? {})) params[k] = typeof v === 'number' ? v - 1 : v;
  return f('error', boxReason, r.params ? params : undefined);
}
