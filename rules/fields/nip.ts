/**
 * NIP (PNS) `YYYYMMDD YYYYMM G NNN` and NI PPPK `YYYYMMDD YYYY 2 F G NNN`, typed in the same field.
 * Digit 13 tells them apart: 0/1 starts a PNS's TMT month, 2 marks a PPPK. Reading every number
 * as a PNS NIP would reject every PPPK employee, so the kind is decided first.
 *
 * The layout the facts give (a real birth date, digit 13, the TMT month, the contracts digit, the
 * gender digit) is certain: against it, an error. Plausibility beyond it is only ever a warning
 * (no source gives it), with deliberately wide bounds: it must catch typos, never hold a real number.
 * - birth year ≥ 1940; TMT/appointment not later than next year (numbers are issued ahead);
 * - PNS: age at TMT CPNS 17–60 years (counted in whole months, TMT = 1st of its month);
 * - PPPK: appointment year ≥ 2019 (first PPPK intake) and age 17–65 counted in years, because a
 *   PPPK may be appointed up to a year before a retirement age of 65 and only the year is known;
 * - a serial of 000.
 */
import { defineField, findingsOf, joinReasons } from './define';
import { DIGIT_STRING_REASONS, exactDigits, openDigitString } from './digitString';
import { nikBirthDate } from './nik';
import { isGrouped, isRealDate } from './normalize';
import type { EmployeeType, Finding } from './types';
import { policy } from '../policy';

export const NIP_LENGTH = policy.nipLength;
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
  return exactDigits(value, NIP_LENGTH, NIP_SEPARATORS);
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

export const NIP_REASONS = /* @__PURE__ */ joinReasons(DIGIT_STRING_REASONS, [
  'birthDate',
  'birthYear',
  'typeDigit',
  'tmt',
  'tmtAge',
  'pppkAppointment',
  'pppkAge',
  'pppkContracts',
  'gender',
  'serial',
  'invisible',
  'grouped',
  'ok.pns',
  'ok.pppk',
  // Across fields: see checkNikNipBirthDate.
  'birthDateMismatch',
  'genderMismatch',
  // An address in a box whose label says it takes one too (the SSO with login by email allowed).
  'email',
]);
const f = findingsOf('nip');

export function validateNip(value: string, opts?: { today?: Date }): Finding {
  const o = openDigitString(value, NIP_LENGTH, NIP_SEPARATORS);
  if (!o.ok) return f('error', o.reason, o.params);
  const s = o.scan;
  const d = s.digits;

  // What the facts give as the layout is certain: a number against it is an error.
  const birth = birthFromDigits(d);
  if (!birth) return f('error', 'birthDate');
  const kind = kindFromDigits(d);
  if (!kind) return f('error', 'typeDigit');
  const year = Number(d.slice(8, 12));
  const month = Number(d.slice(12, 14));
  if (kind === 'pns' && (month < 1 || month > 12)) return f('error', 'tmt');
  if (kind === 'pppk' && d[13] === '0') return f('error', 'pppkContracts');
  if (d[14] !== '1' && d[14] !== '2') return f('error', 'gender');

  // Plausibility the facts do not give (wide bounds, to catch typos): only ever a warning.
  const todayYear = thisYear(opts?.today);
  const latestYear = todayYear + 1;
  if (birth.year < NIP_MIN_BIRTH_YEAR || birth.year > todayYear - NIP_MIN_AGE) return f('warn', 'birthYear');
  if (kind === 'pns') {
    if (year > latestYear) return f('warn', 'tmt');
    const ageMonths = (year - birth.year) * 12 + (month - birth.month) - (birth.day > 1 ? 1 : 0);
    if (ageMonths < NIP_MIN_AGE * 12 || ageMonths >= (PNS_MAX_AGE + 1) * 12) return f('warn', 'tmtAge', { min: NIP_MIN_AGE, max: PNS_MAX_AGE });
  } else {
    if (year < PPPK_FIRST_YEAR || year > latestYear) return f('warn', 'pppkAppointment', { minYear: PPPK_FIRST_YEAR, maxYear: latestYear });
    const age = year - birth.year;
    if (age < NIP_MIN_AGE || age > PPPK_MAX_AGE) return f('warn', 'pppkAge', { min: NIP_MIN_AGE, max: PPPK_MAX_AGE });
  }
  if (d.endsWith('000')) return f('warn', 'serial');
  if (s.invisible) return f('warn', 'invisible');
  // Grouping is read correctly here, but the portal takes digits only (the guide: "tanpa spasi").
  if (isGrouped(value, NIP_SEPARATORS)) return f('warn', 'grouped');
  return kind === 'pns' ? f('ok', 'ok.pns') : f('ok', 'ok.pppk');
}

function thisYear(today: Date | undefined): number {
  const y = (today ?? new Date()).getFullYear();
  // An invalid Date must not make every number fail; fall back to the clock.
  return Number.isFinite(y) ? y : new Date().getFullYear();
}

/**
 * Across fields: NIK and NIP both encode the birth date (and, indirectly, the sex), so a difference
 * means one of the two was typed wrong, or the personnel data differs from the population register,
 * which BSrE's data check will trip over later. Either way a 'warn' on the NIP: the user should
 * look, but the numbers may well be right. When both parse and disagree on the birth date (day,
 * month and two-digit year) or, failing that, on the sex (NIK day + 40 vs NIP digit 15); else null.
 */
export function checkNikNipBirthDate(nik: string, nip: string): Finding | null {
  const a = nikBirthDate(nik);
  const b = nipBirthDate(nip);
  if (!a || !b) return null;
  if (a.day !== b.day || a.month !== b.month || a.yy !== b.year % 100) return f('warn', 'birthDateMismatch');
  const gender = nipDigits(nip)?.[14];
  if ((gender === '1' && a.female) || (gender === '2' && !a.female)) return f('warn', 'genderMismatch');
  return null;
}

/**
 * The activation wizard's "NIP / NRP" box also takes a POLRI member's NRP (8 digits) when
 * "ASN dan POLRI" is chosen. Its structure is not known beyond its length, so an 8-digit value in
 * a field whose rule names NRP is not judged at all: no NIP error, nothing held back at submit.
 */
const NRP_RE = /^\s*\d{8}\s*$/;

export const nip = defineField({
  id: 'nip',
  code: 'NP',
  reasons: NIP_REASONS,
  validate(value, check): Finding {
    // The portal takes an address there, so it is not wrong; the guide asks for the NIP (E.1).
    if (check.orEmail && value.includes('@')) return f('warn', 'email');
    const found = validateNip(value);
    if (found.verdict === 'error') return found;
    const nik = check.textOf('nik') || check.earlierNik;
    return (nik && checkNikNipBirthDate(nik, value)) || found;
  },
  notJudged: (value, { rule }) => NRP_RE.test(value) && [...rule.labels, ...(rule.names ?? [])].some((l) => /\bnrp\b/i.test(l)),
});
