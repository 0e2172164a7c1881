/**
 * NIK (Nomor Induk Kependudukan, the 16-digit KTP number): `PP KK CC DDMMYY SSSS` — province,
 * regency, district of first registration, birth date (women: day + 40), serial from 0001.
 * There is no checksum, so only the structure can be checked.
 */
import { finding, isBlank, isGrouped, isRealDate, isTooLong, MAX_INPUT_LENGTH, scanDigits } from './normalize';
import { isProvinceCode } from './provinces';
import type { Finding, Verdict } from './types';

export const NIK_LENGTH = 16;
/** Grouping people use when copying a NIK: "3308 0112 3456 0001", "33.08.01…", "3308-01…". */
const NIK_SEPARATORS = '-.';

export interface NikBirthDate {
  /** Day of the month, 1–31 (the +40 for women already removed). */
  day: number;
  month: number;
  /** Two-digit year as written; the century is not part of a NIK. */
  yy: number;
  female: boolean;
}

/** The 16 ASCII digits of a NIK, or null when the value is not exactly that (ignoring grouping). */
export function nikDigits(value: string): string | null {
  if (isTooLong(value)) return null;
  const s = scanDigits(value, NIK_SEPARATORS);
  return !s.other && s.nonAsciiDigits === 0 && s.digits.length === NIK_LENGTH ? s.digits : null;
}

function birthFromDigits(d: string): NikBirthDate | null {
  const rawDay = Number(d.slice(6, 8));
  const month = Number(d.slice(8, 10));
  const yy = Number(d.slice(10, 12));
  const female = rawDay > 40;
  const day = female ? rawDay - 40 : rawDay;
  // The century is unknown: a date that exists in either 19YY or 20YY is accepted (29 Feb 00 exists in 2000).
  if (!isRealDate(1900 + yy, month, day) && !isRealDate(2000 + yy, month, day)) return null;
  return { day, month, yy, female };
}

/** Birth date encoded in a NIK, or null when the NIK is malformed or the date does not exist. */
export function nikBirthDate(value: string): NikBirthDate | null {
  const d = nikDigits(value);
  return d ? birthFromDigits(d) : null;
}

export function validateNik(value: string): Finding {
  const f = (verdict: Verdict, reason: string, params?: Record<string, number>) => finding('nik', verdict, reason, params);
  if (isTooLong(value)) return f('error', 'nik.overLimit', { max: MAX_INPUT_LENGTH });
  if (isBlank(value)) return f('error', 'nik.empty');
  const s = scanDigits(value, NIK_SEPARATORS);
  if (s.other) return f('error', 'nik.notDigits');
  if (s.nonAsciiDigits > 0) return f('error', 'nik.nonAsciiDigits');
  const d = s.digits;
  if (d.length !== NIK_LENGTH) return f('error', 'nik.length', { count: d.length });
  if (!isProvinceCode(d.slice(0, 2))) return f('error', 'nik.province');
  if (!birthFromDigits(d)) return f('error', 'nik.birthDate');
  if (d.endsWith('0000')) return f('error', 'nik.serial');
  if (s.invisible) return f('warn', 'nik.invisible');
  // Grouping is read correctly here, but the portal takes digits only (the guide: "tanpa spasi").
  if (isGrouped(value, NIK_SEPARATORS)) return f('warn', 'nik.grouped');
  return f('ok', 'nik.ok');
}
