/**
 * NIK (Nomor Induk Kependudukan, the 16-digit KTP number): `PP KK CC DDMMYY SSSS` — province,
 * regency, district of first registration, birth date (women: day + 40), serial from 0001.
 * There is no checksum, so only the structure can be checked.
 */
import { defineField, findingsOf, joinReasons } from './define';
import { DIGIT_STRING_REASONS, exactDigits, openDigitString } from './digitString';
import { isGrouped, isRealDate } from './normalize';
import { isProvinceCode } from './provinces';
import type { Finding } from './types';
import { policy } from '../policy';

export const NIK_LENGTH = policy.nikLength;
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
  return exactDigits(value, NIK_LENGTH, NIK_SEPARATORS);
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

export const NIK_REASONS = /* @__PURE__ */ joinReasons(DIGIT_STRING_REASONS, ['province', 'birthDate', 'serial', 'invisible', 'grouped', 'ok']);
const f = findingsOf('nik');

export function validateNik(value: string): Finding {
  const o = openDigitString(value, NIK_LENGTH, NIK_SEPARATORS);
  if (!o.ok) return f('error', o.reason, o.params);
  const d = o.scan.digits;
  if (!isProvinceCode(d.slice(0, 2))) return f('error', 'province');
  if (!birthFromDigits(d)) return f('error', 'birthDate');
  if (d.endsWith('0000')) return f('error', 'serial');
  if (o.scan.invisible) return f('warn', 'invisible');
  // Grouping is read correctly here, but the portal takes digits only (the guide: "tanpa spasi").
  if (isGrouped(value, NIK_SEPARATORS)) return f('warn', 'grouped');
  return f('ok', 'ok');
}

export const nik = defineField({
  id: 'nik',
  code: 'NK',
  reasons: NIK_REASONS,
  validate: (value) => validateNik(value),
});
