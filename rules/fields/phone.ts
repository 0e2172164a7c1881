/**
 * Indonesian phone numbers as typed in MyASN's Kontak Pribadi and BSrE's Data Diri:
 * `08…`, `628…`, `+628…`, grouped with spaces, dashes, dots or parentheses.
 *
 * Lengths are counted in the national form, with the leading 0 (what people see on their SIM card):
 * mobiles 10–13 digits, landlines 9–12 ("(0293) 363695" is 10). Mobiles are `08` followed by 1–9;
 * `080x` (toll-free, premium) cannot receive WhatsApp. Landlines are 0 + an area code starting 2–7
 * or 9 (021 Jakarta … 0293 Magelang … 0901 Timika).
 *
 * The suggestion is always the compact international form "+6281234567890": unambiguous, what
 * WhatsApp and click-to-chat links use, and free of the grouping styles people disagree on.
 */
import { finding, isAsciiDigit, isBlank, isInvisible, isNonAsciiDigit, isSpace, isTooLong, MAX_INPUT_LENGTH } from './normalize';
import type { Finding, FindingParams, Verdict } from './types';

export type PhoneKind = 'nomor-hp' | 'nomor-telepon';

export const MOBILE_LENGTH = { min: 10, max: 13 } as const;
export const LANDLINE_LENGTH = { min: 9, max: 12 } as const;
const PHONE_SEPARATORS = '-.()';

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

/** The national form (leading 0) of a well-formed Indonesian number, or null. */
export function phoneNational(value: string): string | null {
  if (isTooLong(value)) return null;
  const s = scanPhone(value);
  if (s.badChar || s.nonAsciiDigits) return null;
  return toNational(s);
}

export function validatePhone(value: string, kind: PhoneKind): Finding {
  const f = (verdict: Verdict, reason: string, params?: FindingParams) => finding(kind, verdict, reason, params);
  if (isTooLong(value)) return f('error', 'phone.overLimit', { max: MAX_INPUT_LENGTH });
  if (isBlank(value)) return f('error', 'phone.empty');
  const s = scanPhone(value);
  if (s.badChar) return f('error', 'phone.chars');
  if (s.nonAsciiDigits) return f('error', 'phone.nonAsciiDigits');
  const national = toNational(s);
  if (national === null) return f('error', 'phone.prefix');
  if (national.startsWith('00') && (s.plus || s.digits.startsWith('62'))) return f('error', 'phone.extraZero');

  // Too few digits to tell a mobile from a landline yet (the user is probably still typing).
  if (national.length < 3) {
    const min = kind === 'nomor-hp' ? MOBILE_LENGTH.min : LANDLINE_LENGTH.min;
    return f('error', 'phone.tooShort', { count: national.length, min });
  }
  const mobile = isMobileNational(national);
  if (!mobile) {
    if (kind === 'nomor-hp') return f('error', national.startsWith('08') || isLandlineNational(national) ? 'phone.notMobile' : 'phone.prefix');
    if (!isLandlineNational(national)) return f('error', 'phone.prefix');
  }
  const { min, max } = mobile ? MOBILE_LENGTH : LANDLINE_LENGTH;
  if (national.length < min) return f('error', 'phone.tooShort', { count: national.length, min });
  if (national.length > max) return f('error', 'phone.tooLong', { count: national.length, max });

  const suggestion = '+62' + national.slice(1);
  const verdict: Verdict = s.invisible ? 'warn' : 'ok';
  const reason = s.invisible ? 'phone.invisible' : mobile ? 'phone.ok' : 'phone.okLandline';
  return { ...f(verdict, reason), suggestion };
}
