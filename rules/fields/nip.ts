/**
 * NIP (PNS) `YYYYMMDD YYYYMM G NNN` and NI PPPK `YYYYMMDD YYYY 2 F G NNN`, typed in the same field.
 * Digit 13 tells them apart: 0/1 starts a PNS's TMT month, 2 marks a PPPK. Reading every number
 * as a PNS NIP would reject every PPPK employee, so the kind is decided first.
 *
 * Plausibility bounds are deliberately wide ("~"): the check must catch typos, never a real number.
 * - birth year ≥ 1940; TMT/appointment not later than next year (numbers are issued ahead);
 * - PNS: age at TMT CPNS 17–60 years (counted in whole months, TMT = 1st of its month);
 * - PPPK: appointment year ≥ 2019 (first PPPK intake) and age 17–65 counted in years, because a
 *   PPPK may be appointed up to a year before a retirement age of 65 and only the year is known.
 */
import { finding, isBlank, isGrouped, isRealDate, isTooLong, MAX_INPUT_LENGTH, scanDigits } from './normalize';
import type { EmployeeType, Finding, Verdict } from './types';

export const NIP_LENGTH = 18;
const NIP_SEPARATORS = '-.';
export const NIP_MIN_BIRTH_YEAR = 1940;
export const PPPK_FIRST_YEAR = 2019;
export const NIP_MIN_AGE = 17;
export const PNS_MAX_AGE = 60;
export const PPPK_MAX_AGE = 65;

export interface NipBirthDate {
  year: number;
  month: number;
  day: number;
}

/** The 18 ASCII digits of a NIP, or null when the value is not exactly that (ignoring grouping). */
export function nipDigits(value: string): string | null {
  if (isTooLong(value)) return null;
  const s = scanDigits(value, NIP_SEPARATORS);
  return !s.other && s.nonAsciiDigits === 0 && s.digits.length === NIP_LENGTH ? s.digits : null;
}

function kindFromDigits(d: string): EmployeeType | null {
  const c = d[12];
  return c === '0' || c === '1' ? 'pns' : c === '2' ? 'pppk' : null;
}

/**
 * PNS or PPPK from digit 13 of an 18-digit number. Lenient on purpose (the rest of the number is
 * not judged): it only picks which email subdomain to expect, even while other digits are wrong.
 */
export function nipKind(value: string): EmployeeType | null {
  const d = nipDigits(value);
  return d ? kindFromDigits(d) : null;
}

function birthFromDigits(d: string): NipBirthDate | null {
  const year = Number(d.slice(0, 4));
  const month = Number(d.slice(4, 6));
  const day = Number(d.slice(6, 8));
  return isRealDate(year, month, day) ? { year, month, day } : null;
}

/** Birth date in digits 1–8 of a NIP / NI PPPK, or null when malformed or not a real date. */
export function nipBirthDate(value: string): NipBirthDate | null {
  const d = nipDigits(value);
  return d ? birthFromDigits(d) : null;
}

export function validateNip(value: string, opts?: { today?: Date }): Finding {
  const f = (verdict: Verdict, reason: string, params?: Record<string, number>) => finding('nip', verdict, reason, params);
  if (isTooLong(value)) return f('error', 'nip.overLimit', { max: MAX_INPUT_LENGTH });
  if (isBlank(value)) return f('error', 'nip.empty');
  const s = scanDigits(value, NIP_SEPARATORS);
  if (s.other) return f('error', 'nip.notDigits');
  if (s.nonAsciiDigits > 0) return f('error', 'nip.nonAsciiDigits');
  const d = s.digits;
  if (d.length !== NIP_LENGTH) return f('error', 'nip.length', { count: d.length });

  const todayYear = thisYear(opts?.today);
  const latestYear = todayYear + 1;
  const birth = birthFromDigits(d);
  if (!birth || birth.year < NIP_MIN_BIRTH_YEAR || birth.year > todayYear - NIP_MIN_AGE) {
    return f('error', 'nip.birthDate');
  }
  const kind = kindFromDigits(d);
  if (!kind) return f('error', 'nip.typeDigit');

  const year = Number(d.slice(8, 12));
  if (kind === 'pns') {
    const month = Number(d.slice(12, 14));
    if (month < 1 || month > 12 || year > latestYear) return f('error', 'nip.tmt');
    const ageMonths = (year - birth.year) * 12 + (month - birth.month) - (birth.day > 1 ? 1 : 0);
    if (ageMonths < NIP_MIN_AGE * 12 || ageMonths >= (PNS_MAX_AGE + 1) * 12) {
      return f('error', 'nip.tmtAge', { min: NIP_MIN_AGE, max: PNS_MAX_AGE });
    }
  } else {
    if (year < PPPK_FIRST_YEAR || year > latestYear) {
      return f('error', 'nip.pppkAppointment', { minYear: PPPK_FIRST_YEAR, maxYear: latestYear });
    }
    const age = year - birth.year;
    if (age < NIP_MIN_AGE || age > PPPK_MAX_AGE) return f('error', 'nip.pppkAge', { min: NIP_MIN_AGE, max: PPPK_MAX_AGE });
    if (d[13] === '0') return f('error', 'nip.pppkContracts');
  }
  if (d[14] !== '1' && d[14] !== '2') return f('error', 'nip.gender');
  if (d.endsWith('000')) return f('error', 'nip.serial');
  if (s.invisible) return f('warn', 'nip.invisible');
  // Grouping is read correctly here, but the portal takes digits only (the guide: "tanpa spasi").
  if (isGrouped(value, NIP_SEPARATORS)) return f('warn', 'nip.grouped');
  return kind === 'pns' ? f('ok', 'nip.ok.pns') : f('ok', 'nip.ok.pppk');
}

function thisYear(today: Date | undefined): number {
  const y = (today ?? new Date()).getFullYear();
  // An invalid Date must not make every number fail; fall back to the clock.
  return Number.isFinite(y) ? y : new Date().getFullYear();
}
