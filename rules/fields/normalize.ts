/**
 * Character-level groundwork shared by the validators.
 *
 * Policy (decided once here so every field behaves the same):
 * - Spaces of any kind (incl. NBSP, thin and ideographic spaces) and the field's own separators
 *   (e.g. '-' and '.' in a NIK) are tolerated: people copy numbers grouped for readability.
 * - Invisible characters (zero-width, bidi/RTL marks, BOM, soft hyphen) are dropped before
 *   checking, but reported: they come from copy-paste, the user cannot see them and the portal
 *   may reject the value because of them. A value that is otherwise right gets a 'warn'.
 * - Non-ASCII decimal digits (full-width ０-９, Arabic-Indic ٠-٩, Devanagari …) are NOT converted:
 *   the extension never changes what the user typed and the portal expects 0–9, so they are an
 *   error with a specific reason ('<field>.nonAsciiDigits') telling the user to retype.
 * - Values longer than MAX_INPUT_LENGTH are rejected before any other work, so no check ever
 *   costs more than a few hundred steps whatever is pasted.
 */
import type { FieldId, Finding, FindingOf, FindingParams, ReasonOf, Verdict } from './types';

export const MAX_INPUT_LENGTH = 256;

/** Zero-width characters, bidi controls and marks, BOM, soft hyphen, Mongolian vowel separator. */
const INVISIBLE_RE = /[\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF]/;
const INVISIBLE_ALL_RE = /[\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF]/g;
const SPACE_RE = /\s/;
const NON_ASCII_DIGIT_RE = /\p{Nd}/u;

export function isInvisible(ch: string): boolean {
  return INVISIBLE_RE.test(ch);
}

/** Any Unicode space: ' ', tab, NBSP, U+2000–U+200A, U+3000 … (not the zero-width ones). */
export function isSpace(ch: string): boolean {
  return SPACE_RE.test(ch) && !INVISIBLE_RE.test(ch);
}

export function isAsciiDigit(ch: string): boolean {
  return ch.length === 1 && ch >= '0' && ch <= '9';
}

/** A decimal digit from another script or the full-width block: looks like a digit, is not 0–9. */
export function isNonAsciiDigit(ch: string): boolean {
  return !isAsciiDigit(ch) && NON_ASCII_DIGIT_RE.test(ch);
}

export function hasInvisible(value: string): boolean {
  return INVISIBLE_RE.test(value);
}

export function stripInvisible(value: string): string {
  return value.replace(INVISIBLE_ALL_RE, '');
}


export interface DigitScan {
  /** ASCII digits in order. */
  digits: string;
  /** Non-ASCII decimal digits seen (full-width, Arabic-Indic …). */
  nonAsciiDigits: number;
  /** Invisible characters were present (and ignored). */
  invisible: boolean;
  /** Something that is neither a digit, a space, an allowed separator nor invisible. */
  other: boolean;
}

/**
 * Reads a number typed with optional grouping. `separators` lists the punctuation tolerated
 * besides spaces (e.g. '-.' for NIK/NIP). Linear; callers cap the length first.
 */
export function scanDigits(value: string, separators = ''): DigitScan {
  const scan: DigitScan = { digits: '', nonAsciiDigits: 0, invisible: false, other: false };
  for (const ch of value) {
    if (isAsciiDigit(ch)) scan.digits += ch;
    else if (isInvisible(ch)) scan.invisible = true;
    else if (isSpace(ch) || separators.includes(ch)) continue;
    else if (isNonAsciiDigit(ch)) scan.nonAsciiDigits++;
    else scan.other = true;
  }
  return scan;
}

/**
 * True when the digits are grouped by spaces or the field's separators ("3308 0112…", "33.08.01…").
 * Spaces before and after the whole number do not count: portals trim those.
 */
export function isGrouped(value: string, separators = ''): boolean {
  for (const ch of stripInvisible(value).trim()) if (isSpace(ch) || separators.includes(ch)) return true;
  return false;
}

/** True when nothing visible was typed (only spaces and invisible characters). */
export function isBlank(value: string): boolean {
  for (const ch of value) if (!isSpace(ch) && !isInvisible(ch)) return false;
  return true;
}

export function isTooLong(value: string): boolean {
  return value.length > MAX_INPUT_LENGTH;
}

/** Builds a Finding without `params: undefined` keys, so findings compare and serialise cleanly. */
export function finding<F extends FieldId>(field: F, verdict: Verdict, reason: ReasonOf<F>, params?: FindingParams): Finding {
  return (params ? { field, verdict, reason, params } : { field, verdict, reason }) as FindingOf<F> as Finding;
}

/** Days in a month of the proleptic Gregorian calendar (month 1–12). */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

export function isRealDate(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}
