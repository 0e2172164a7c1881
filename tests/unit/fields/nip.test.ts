import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nipBirthDate, nipKind, validateNip } from '../../../rules/fields/nip';
import { anyInput, expectNoEcho, expectWellFormed, grouped, TODAY, validPnsNipArb, validPppkNipArb } from './support';

const PNS = '198507152010011002'; // born 15 Jul 1985, TMT CPNS Jan 2010, man, serial 002
const PPPK = '200012312024211001'; // born 31 Dec 2000, PPPK 2024, 1st contract, man, serial 001
const check = (v: string) => validateNip(v, { today: TODAY });

describe('validateNip: table', () => {
  it.each([
    ['', 'error', 'empty'],
    [PNS, 'ok', 'ok.pns'],
    [PPPK, 'ok', 'ok.pppk'],
    // Read correctly, but the portal takes digits only (the SSO tip says "tanpa spasi"): a warning.
    ['19850715 201001 1 002', 'warn', 'grouped'],
    ['20001231 2024 2 1 1 001', 'warn', 'grouped'],
    ['19850715.201001.1.002', 'warn', 'grouped'],
    ['19850715 201001 1 000', 'warn', 'serial'],
    ['198507152010121002', 'ok', 'ok.pns'], // TMT December
    ['196002292000012001', 'ok', 'ok.pns'], // born 29 Feb 1960, woman
    ['19850715201001100', 'error', 'length'],
    ['1985071520100110021', 'error', 'length'],
    ['1985O7152010011002', 'error', 'notDigits'],
    ['１９８５07152010011002', 'error', 'nonAsciiDigits'],
    ['198507152010011002\u200B', 'warn', 'invisible'],
    ['198502302010011002', 'error', 'birthDate'], // 30 Feb
    ['198513152010011002', 'error', 'birthDate'], // month 13
    // Beyond the layout the facts give, plausibility is only ever a warning.
    ['193907152010011002', 'warn', 'birthYear'], // before 1940
    ['201507152010011002', 'warn', 'birthYear'], // a child
    ['198507152010311002', 'error', 'typeDigit'], // digit 13 = 3
    ['198507152010911002', 'error', 'typeDigit'],
    ['198507152010001002', 'error', 'tmt'], // month 00
    ['198507152010131002', 'error', 'tmt'], // month 13
    ['198507152028011002', 'warn', 'tmt'], // TMT in 2028, beyond next year
    ['198507152027011002', 'ok', 'ok.pns'], // next year is fine (numbers are issued ahead)
    ['198507152002071002', 'warn', 'tmtAge'], // 16 years old
    ['198507152002081002', 'ok', 'ok.pns'], // 17 (from 15 Jul 2002, TMT 1 Aug 2002)
    ['195001022011011002', 'ok', 'ok.pns'], // one day short of 61 on the TMT
    ['195001012011011002', 'warn', 'tmtAge'], // 61 on the TMT day
    ['200012312018211001', 'warn', 'pppkAppointment'], // before 2019
    ['200012312028211001', 'warn', 'pppkAppointment'], // after next year
    ['200012312019211001', 'ok', 'ok.pppk'],
    ['195401012020211001', 'warn', 'pppkAge'], // 66
    ['195501012020211001', 'ok', 'ok.pppk'], // 65
    ['200801012024211001', 'warn', 'pppkAge'], // 16
    ['200012312024201001', 'error', 'pppkContracts'],
    ['200012312024291001', 'ok', 'ok.pppk'], // 9th contract
    ['200012312024213001', 'error', 'gender'],
    ['198507152010010002', 'error', 'gender'],
    ['198507152010012002', 'ok', 'ok.pns'],
    ['198507152010011000', 'warn', 'serial'],
    ['200012312024212000', 'warn', 'serial'],
  ] as const)('%j → %s %s', (value, verdict, reason) => {
    const f = check(value);
    expect(f).toMatchObject({ field: 'nip', verdict, reason });
    expectWellFormed(f);
  });

  it('gives the PPPK year range and age bounds as params', () => {
    expect(check('200012312018211001').params).toEqual({ minYear: 2019, maxYear: 2027 });
    expect(check('195401012020211001').params).toEqual({ min: 17, max: 65 });
    expect(check('198507152002071002').params).toEqual({ min: 17, max: 60 });
    expect(check('1985').params).toEqual({ count: 4 });
  });

  it('moves the future limit with the date it is given', () => {
    expect(validateNip('198507152030011002', { today: new Date(2029, 5, 1) }).reason).toBe('ok.pns');
    expect(validateNip('198507152030011002', { today: new Date(2026, 5, 1) }).reason).toBe('tmt');
    expect(validateNip(PNS, { today: new Date(Number.NaN) }).reason).toBe('ok.pns');
    expect(validateNip(PNS).reason).toBe('ok.pns');
  });

  it('rejects a huge paste before looking at it', () => {
    expect(check('1'.repeat(100_000))).toMatchObject({ reason: 'overLimit', params: { max: 256 } });
  });
});

describe('nipKind and nipBirthDate', () => {
  it('tells PNS from PPPK by digit 13, even when other digits are wrong', () => {
    expect(nipKind(PNS)).toBe('pns');
    expect(nipKind(PPPK)).toBe('pppk');
    expect(nipKind('198507152010121002')).toBe('pns');
    expect(nipKind('000000000000200000')).toBe('pppk');
    expect(nipKind('198507152010311002')).toBeNull();
    expect(nipKind('1985071520100110')).toBeNull();
    expect(nipKind('')).toBeNull();
  });
  it('reads the birth date', () => {
    expect(nipBirthDate(PNS)).toEqual({ year: 1985, month: 7, day: 15 });
    expect(nipBirthDate('2000 1231 2024 2 1 1 001')).toEqual({ year: 2000, month: 12, day: 31 });
    expect(nipBirthDate('198502302010011002')).toBeNull();
    expect(nipBirthDate('x')).toBeNull();
  });
});

describe('validateNip: properties', () => {
  it('never throws, always well-formed, never echoes the input', () => {
    fc.assert(
      fc.property(anyInput, (s) => {
        const f = check(s);
        expectWellFormed(f);
        expectNoEcho(f, s);
        expect(f).not.toHaveProperty('suggestion');
      }),
      { numRuns: 500 },
    );
  });

  it('accepts every PNS NIP built from plausible parts, and calls it PNS', () => {
    fc.assert(
      fc.property(validPnsNipArb, fc.constantFrom(' ', '-', '.'), (nip, sep) => {
        expect(check(nip)).toMatchObject({ verdict: 'ok', reason: 'ok.pns' });
        expect(check(grouped(nip, sep, 6))).toMatchObject({ verdict: 'warn', reason: 'grouped' });
        expect(nipKind(nip)).toBe('pns');
      }),
    );
  });

  it('accepts every NI PPPK built from plausible parts, and calls it PPPK', () => {
    fc.assert(
      fc.property(validPppkNipArb, (nip) => {
        expect(check(nip)).toMatchObject({ verdict: 'ok', reason: 'ok.pppk' });
        expect(nipKind(nip)).toBe('pppk');
      }),
    );
  });

  it('reports the length, with the count, when digits are removed or added', () => {
    fc.assert(
      fc.property(fc.oneof(validPnsNipArb, validPppkNipArb), fc.integer({ min: 1, max: 17 }), fc.integer({ min: 1, max: 30 }), (nip, cut, extra) => {
        expect(check(nip.slice(0, cut))).toMatchObject({ reason: 'length', params: { count: cut } });
        expect(check(nip + '7'.repeat(extra))).toMatchObject({ reason: 'length', params: { count: 18 + extra } });
      }),
    );
  });

  it('rejects a serial of 000 and a gender digit other than 1/2 on any valid number', () => {
    fc.assert(
      fc.property(fc.oneof(validPnsNipArb, validPppkNipArb), fc.constantFrom('0', '3', '4', '5', '6', '7', '8', '9'), (nip, g) => {
        expect(check(nip.slice(0, 15) + '000').reason).toBe('serial');
        expect(check(nip.slice(0, 14) + g + nip.slice(15)).reason).toBe('gender');
      }),
    );
  });
});
