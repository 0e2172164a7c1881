/**
 * Checks across fields. NIK and NIP both encode the birth date (and, indirectly, the sex), so a
 * difference means one of the two was typed wrong — or the personnel data differs from the
 * population register, which BSrE's data check will trip over later. Either way it is a 'warn':
 * the user should look, but the numbers may well be right.
 */
import { nikBirthDate } from './nik';
import { nipBirthDate, nipDigits } from './nip';
import type { Finding } from './types';

/**
 * A 'warn' on the NIP when NIK and NIP both parse and disagree on the birth date (day, month and
 * two-digit year) or, failing that, on the sex (NIK day + 40 vs NIP digit 15); otherwise null.
 */
export function checkNikNipBirthDate(nik: string, nip: string): Finding | null {
  const a = nikBirthDate(nik);
  const b = nipBirthDate(nip);
  if (!a || !b) return null;
  if (a.day !== b.day || a.month !== b.month || a.yy !== b.year % 100) {
    return { field: 'nip', verdict: 'warn', reason: 'nip.birthDateMismatch' };
  }
  const gender = nipDigits(nip)?.[14];
  if ((gender === '1' && a.female) || (gender === '2' && !a.female)) {
    return { field: 'nip', verdict: 'warn', reason: 'nip.genderMismatch' };
  }
  return null;
}
