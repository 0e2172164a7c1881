import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nikBirthDate } from '../../../rules/fields/nik';
import { checkNikNipBirthDate, nipBirthDate } from '../../../rules/fields/nip';
import { anyInput, expectNoEcho, expectWellFormed, validNikArb, validPnsNipArb, validPppkNipArb } from './support';

const NIK_MAN_150785 = '3371011507850003';
const NIK_WOMAN_150785 = '3371015507850004';
const NIP_MAN_150785 = '198507152010011002';
const NIP_WOMAN_150785 = '198507152010012002';

describe('checkNikNipBirthDate', () => {
  it('is null when birth date and sex agree', () => {
    expect(checkNikNipBirthDate(NIK_MAN_150785, NIP_MAN_150785)).toBeNull();
    expect(checkNikNipBirthDate(NIK_WOMAN_150785, NIP_WOMAN_150785)).toBeNull();
    expect(checkNikNipBirthDate('3371 0115 0785 0003', '19850715 201001 1 002')).toBeNull();
  });

  it('warns on the NIP when the dates differ (day, month or two-digit year)', () => {
    for (const nik of ['3371011607850003', '3371011508850003', '3371011507860003', '3371015607850004']) {
      const f = checkNikNipBirthDate(nik, NIP_MAN_150785);
      expect(f).toEqual({ field: 'nip', verdict: 'warn', reason: 'birthDateMismatch' });
      expectWellFormed(f!);
    }
  });

  it('compares only the two-digit year, as the NIK has no century', () => {
    expect(checkNikNipBirthDate('3371011507850003', '188507152010011002')).toBeNull(); // 1885 is no valid NIP anyway
  });

  it('warns when the sex differs but the date agrees', () => {
    expect(checkNikNipBirthDate(NIK_WOMAN_150785, NIP_MAN_150785)?.reason).toBe('genderMismatch');
    expect(checkNikNipBirthDate(NIK_MAN_150785, NIP_WOMAN_150785)?.reason).toBe('genderMismatch');
  });

  it('is null when either number does not parse', () => {
    expect(checkNikNipBirthDate('', NIP_MAN_150785)).toBeNull();
    expect(checkNikNipBirthDate(NIK_MAN_150785, '1985')).toBeNull();
    expect(checkNikNipBirthDate('3371013207850003', NIP_MAN_150785)).toBeNull();
  });

  it('never throws and only ever warns, without params', () => {
    fc.assert(
      fc.property(fc.oneof(anyInput, validNikArb), fc.oneof(anyInput, validPnsNipArb, validPppkNipArb), (nik, nip) => {
        const f = checkNikNipBirthDate(nik, nip);
        if (f) {
          expect(f.verdict).toBe('warn');
          expect(f.params).toBeUndefined();
          expectWellFormed(f);
          expectNoEcho(f, nik);
          expectNoEcho(f, nip);
        }
      }),
    );
  });

  it('agrees with the two birth-date readers on generated numbers', () => {
    fc.assert(
      fc.property(validNikArb, fc.oneof(validPnsNipArb, validPppkNipArb), (nik, nip) => {
        const a = nikBirthDate(nik)!;
        const b = nipBirthDate(nip)!;
        const same = a.day === b.day && a.month === b.month && a.yy === b.year % 100;
        const f = checkNikNipBirthDate(nik, nip);
        if (!same) expect(f?.reason).toBe('birthDateMismatch');
        else expect(f === null || f.reason === 'genderMismatch').toBe(true);
      }),
    );
  });
});
