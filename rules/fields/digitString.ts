/**
 * The opening every digit-string field (NIK, NIP, OTP) shares, in one order: over the length limit
 * → blank → anything but digits and the field's separators → digits from another keyboard → the
 * wrong number of digits. Each field then checks its own structure on the digits.
 */
import { isBlank, isTooLong, MAX_INPUT_LENGTH, scanDigits, type DigitScan } from './normalize';
import type { FindingParams } from './types';

export const DIGIT_STRING_REASONS = ['overLimit', 'empty', 'notDigits', 'nonAsciiDigits', 'length'] as const;
export type DigitStringReason = (typeof DIGIT_STRING_REASONS)[number];

export type DigitStringOpening = { ok: true; scan: DigitScan } | { ok: false; reason: DigitStringReason; params?: FindingParams };

/** `separators`: punctuation tolerated besides spaces ('-.' for NIK / NIP). */
export function openDigitString(value: string, length: number, separators = ''): DigitStringOpening {
  if (isTooLong(value)) return { ok: false, reason: 'overLimit', params: { max: MAX_INPUT_LENGTH } };
  if (isBlank(value)) return { ok: false, reason: 'empty' };
  const scan = scanDigits(value, separators);
  if (scan.other) return { ok: false, reason: 'notDigits' };
  if (scan.nonAsciiDigits > 0) return { ok: false, reason: 'nonAsciiDigits' };
  if (scan.digits.length !== length) return { ok: false, reason: 'length', params: { count: scan.digits.length } };
  return { ok: true, scan };
}

/** The digits of a value that is exactly `length` ASCII digits (grouping ignored), else null. */
export function exactDigits(value: string, length: number, separators = ''): string | null {
  const o = openDigitString(value, length, separators);
  return o.ok ? o.scan.digits : null;
}
