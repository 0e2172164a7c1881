import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nikBirthDate, validateNik } from '../../../rules/fields/nik';
import { isProvinceCode } from '../../../rules/fields/provinces';
import { anyInput, expectNoEcho, expectWellFormed, grouped, nikFrom, nikPartsArb, validNikArb } from './support';

// Made-up numbers: Kota Magelang (33 71), born 12 Aug 1990 (man) / 52 = 12 + 40 (woman).
const MAN = '3371011208900001';
const WOMAN = '3371015208900002';

describe('validateNik: table', () => {
  it.each([
    ['', 'error', 'empty'],
    ['   \u200B ', 'error', 'empty'],
    [MAN, 'ok', 'ok'],
    [WOMAN, 'ok', 'ok'],
    // Read correctly, but the portal takes digits only (the tips say "tanpa spasi"): one answer, a warning.
    ['3371 0112 0890 0001', 'warn', 'grouped'],
    ['33.71.01.120890.0001', 'warn', 'grouped'],
    ['3371-0112-0890-0001', 'warn', 'grouped'],
    ['3371 0112 0890 000', 'error', 'length'],
    ['3371 0112 0890 0000', 'error', 'serial'],
    ['\u00A03371011208900001\u00A0', 'ok', 'ok'],
    ['337101120890000', 'error', 'length'],
    ['33710112089000011', 'error', 'length'],
    ['33710112O8900001', 'error', 'notDigits'],
    ['NIK: 3371011208900001', 'error', 'notDigits'],
    ['３３７１０１１２０８９０００01', 'error', 'nonAsciiDigits'],
    ['\u0663371011208900001', 'error', 'nonAsciiDigits'],
    ['3371\u200B011208900001', 'warn', 'invisible'],
    ['\u200F3371011208900001', 'warn', 'invisible'],
    ['2071011208900001', 'error', 'province'],
    ['0071011208900001', 'error', 'province'],
    ['9771011208900001', 'ok', 'ok'],
    ['9271011208900001', 'ok', 'ok'],
    ['3371013208900001', 'error', 'birthDate'], // day 32
    ['3371014008900001', 'error', 'birthDate'], // 40: neither a man's nor a woman's day
    ['3371014108900001', 'ok', 'ok'], // woman born on the 1st
    ['3371017108900001', 'ok', 'ok'], // woman born on the 31st
    ['3371017208900001', 'error', 'birthDate'], // 72 - 40 = 32
    ['3371010008900001', 'error', 'birthDate'], // day 00
    ['3371011200900001', 'error', 'birthDate'], // month 00
    ['3371011213900001', 'error', 'birthDate'], // month 13
    ['3371013104900001', 'error', 'birthDate'], // 31 April
    ['3371012902960001', 'ok', 'ok'], // 29 Feb 1996
    ['3371012902000001', 'ok', 'ok'], // 29 Feb 2000 (1900 was not a leap year, 2000 was)
    ['3371012902970001', 'error', 'birthDate'], // 29 Feb 1997 / 2097
    ['3371016902040001', 'ok', 'ok'], // woman, 29 Feb 2004
    ['3371011208900000', 'error', 'serial'],
  ] as const)('%j → %s %s', (value, verdict, reason) => {
    const f = validateNik(value);
    expect(f).toMatchObject({ field: 'nik', verdict, reason });
    expectWellFormed(f);
  });

  it('counts the digits typed in the length message', () => {
    expect(validateNik('337101120890000').params).toEqual({ count: 15 });
    expect(validateNik('3371 0112').params).toEqual({ count: 8 });
  });

  it('rejects a huge paste before looking at it', () => {
    const huge = '3'.repeat(1_000_000);
    const t0 = performance.now();
    expect(validateNik(huge)).toMatchObject({ reason: 'overLimit', params: { max: 256 } });
    expect(performance.now() - t0).toBeLessThan(50);
    expect(validateNik('3'.repeat(256)).reason).toBe('length');
  });

  it('knows the new Papua provinces and rejects unused codes', () => {
    for (const code of ['91', '92', '93', '94', '95', '96', '97', '11', '21', '65', '76', '82']) expect(isProvinceCode(code)).toBe(true);
    for (const code of ['10', '20', '22', '30', '37', '50', '54', '60', '70', '77', '80', '90', '98', '99', 'constructor']) expect(isProvinceCode(code)).toBe(false);
  });
});

describe('nikBirthDate', () => {
  it('reads day, month, two-digit year and sex', () => {
    expect(nikBirthDate(MAN)).toEqual({ day: 12, month: 8, yy: 90, female: false });
    expect(nikBirthDate(WOMAN)).toEqual({ day: 12, month: 8, yy: 90, female: true });
    expect(nikBirthDate('3371 0152 0890 0002')).toEqual({ day: 12, month: 8, yy: 90, female: true });
  });
  it('is null for malformed numbers and impossible dates', () => {
    for (const v of ['', '33710112089000', '3371013208900001', 'abc', '３３７１０１１２０８９０００01']) expect(nikBirthDate(v)).toBeNull();
  });
});

describe('validateNik: properties', () => {
  it('never throws, always well-formed, never echoes the input', () => {
    fc.assert(
      fc.property(anyInput, (s) => {
        const f = validateNik(s);
        expectWellFormed(f);
        expectNoEcho(f, s);
        expect(f).not.toHaveProperty('suggestion');
      }),
      { numRuns: 500 },
    );
  });

  it('accepts every NIK built from valid parts; grouped, it is a warning that the portal takes digits only', () => {
    fc.assert(
      fc.property(validNikArb, fc.constantFrom(' ', '-', '.', '\u00A0'), (nik, sep) => {
        expect(validateNik(nik)).toMatchObject({ verdict: 'ok', reason: 'ok' });
        expect(validateNik(` ${nik}\u00A0`)).toMatchObject({ verdict: 'ok', reason: 'ok' });
        expect(validateNik(grouped(nik, sep))).toMatchObject({ verdict: 'warn', reason: 'grouped' });
      }),
    );
  });

  it('round-trips the birth date of a generated NIK', () => {
    fc.assert(
      fc.property(nikPartsArb, (p) => {
        expect(nikBirthDate(nikFrom(p))).toEqual({ day: p.day, month: p.month, yy: p.yy, female: p.female });
      }),
    );
  });

  it('reports the length, with the count, when digits are removed or added', () => {
    fc.assert(
      fc.property(validNikArb, fc.integer({ min: 0, max: 15 }), fc.string({ unit: fc.constantFrom(...'0123456789'), maxLength: 20 }), (nik, cut, extra) => {
        const shorter = nik.slice(0, cut);
        if (shorter.length > 0) expect(validateNik(shorter)).toMatchObject({ reason: 'length', params: { count: cut } });
        if (extra.length > 0) expect(validateNik(nik + extra)).toMatchObject({ reason: 'length', params: { count: 16 + extra.length } });
      }),
    );
  });

  it('flags a look-alike digit anywhere as nonAsciiDigits', () => {
    fc.assert(
      fc.property(validNikArb, fc.integer({ min: 0, max: 15 }), fc.constantFrom(0xff10, 0x0660, 0x06f0, 0x0966), (nik, i, zero) => {
        const odd = String.fromCodePoint(zero + Number(nik[i]));
        expect(validateNik(nik.slice(0, i) + odd + nik.slice(i + 1)).reason).toBe('nonAsciiDigits');
      }),
    );
  });

  it('turns an otherwise valid NIK with an invisible character into a warn', () => {
    fc.assert(
      fc.property(validNikArb, fc.integer({ min: 0, max: 16 }), fc.constantFrom('\u200B', '\u200E', '\u200F', '\u2060', '\uFEFF', '\u00AD'), (nik, i, mark) => {
        expect(validateNik(nik.slice(0, i) + mark + nik.slice(i))).toMatchObject({ verdict: 'warn', reason: 'invisible' });
      }),
    );
  });
});
