import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isCountryCodeBox, phoneNational, validatePhone } from '../../../rules/fields/phone';
import { anyInput, expectNoEcho, expectWellFormed } from './support';

describe('validatePhone nomor-hp: table', () => {
  it.each([
    ['', 'error', 'empty'],
    ['081234567890', 'ok', 'ok'],
    ['0812-3456-7890', 'ok', 'ok'],
    ['0812 3456 7890', 'ok', 'ok'],
    ['0812.3456.7890', 'ok', 'ok'],
    ['6281234567890', 'ok', 'ok'],
    ['+6281234567890', 'ok', 'ok'],
    ['+62 812-3456-7890', 'ok', 'ok'],
    [' +62 (812) 3456 7890 ', 'ok', 'ok'],
    ['(+62) 812-3456-7890', 'ok', 'ok'],
    ['0812345678', 'ok', 'ok'], // 10 digits
    ['0812345678901', 'ok', 'ok'], // 13 digits
    ['081234567', 'error', 'tooShort'],
    ['08123456789012', 'error', 'tooLong'],
    ['0', 'error', 'tooShort'],
    ['08', 'error', 'tooShort'],
    ['+62 0812 3456 7890', 'error', 'extraZero'],
    ['62081234567890', 'error', 'extraZero'],
    ['812-3456-7890', 'error', 'prefix'],
    ['+1 415 555 0100', 'error', 'prefix'],
    ['0062 812 3456 7890', 'error', 'prefix'],
    ['(0293) 363695', 'error', 'notMobile'],
    ['0800-1-234567', 'error', 'notMobile'],
    ['0812-3456-7890 / 0813-1111-2222', 'error', 'chars'],
    ['0812 3456 789O', 'error', 'chars'],
    ['08+12345678', 'error', 'chars'],
    ['++6281234567890', 'error', 'chars'],
    ['０８１２３４５６７８９０', 'error', 'nonAsciiDigits'],
    ['0812\u200B34567890', 'warn', 'invisible'],
    ['\u202A+62 812-3456-7890\u202C', 'warn', 'invisible'],
    // 084x: no Indonesian operator uses it (the metadata says invalid). Allocations change: a warning.
    ['0841-2345-6789', 'warn', 'unknownPrefix'],
    ['+62 841 2345 6789', 'warn', 'unknownPrefix'],
    ['0841-234', 'error', 'tooShort'],
  ] as const)('%j → %s %s', (value, verdict, reason) => {
    const f = validatePhone(value, 'nomor-hp');
    expect(f).toMatchObject({ field: 'nomor-hp', verdict, reason });
    expectWellFormed(f);
  });

  it('gives counts with the leading 0 and the bounds', () => {
    expect(validatePhone('+62 812 345 67', 'nomor-hp').params).toEqual({ count: 9, min: 10 });
    expect(validatePhone('08123456789012', 'nomor-hp').params).toEqual({ count: 14, max: 13 });
  });

  it('never carries the number itself: no suggestion, no param with the digits', () => {
    for (const v of ['081234567890', '+62 812-3456-7890', '0841-2345-6789', '(0293) 363695']) {
      for (const kind of ['nomor-hp', 'nomor-telepon'] as const) {
        const f = validatePhone(v, kind);
        expect(Object.keys(f).sort()).toEqual(f.params ? ['field', 'params', 'reason', 'verdict'] : ['field', 'reason', 'verdict']);
        expect(JSON.stringify(f)).not.toMatch(/812|3456|363695/);
      }
    }
  });
});

describe('validatePhone nomor-telepon: table', () => {
  it.each([
    ['(0293) 363695', 'ok', 'okLandline'],
    ['0293-363695', 'ok', 'okLandline'],
    ['021 1234 5678', 'ok', 'okLandline'],
    ['+62 21 1234 5678', 'ok', 'okLandline'],
    ['0293 36369', 'ok', 'okLandline'], // 9 digits
    ['0812-3456-7890', 'ok', 'ok'],
    // Jakarta's 021-14xxx numbers are 8 digits long (valid in the metadata): never an error.
    ['021 14045', 'ok', 'okLandline'],
    ['0293 3636', 'error', 'tooShort'],
    ['0293 3636 9512 3', 'error', 'tooLong'],
    ['0112345678', 'error', 'prefix'],
    ['0800 1234 567', 'error', 'prefix'],
    // An area code no landline uses (020x), and a length 021-14… does not have: warnings only.
    ['0201 234567', 'warn', 'unknownAreaCode'],
    ['021 1404 56', 'warn', 'unusualLength'],
  ] as const)('%j → %s %s', (value, verdict, reason) => {
    const f = validatePhone(value, 'nomor-telepon');
    expect(f).toMatchObject({ field: 'nomor-telepon', verdict, reason });
    expectWellFormed(f);
  });

  it('uses the bounds of the area code', () => {
    expect(validatePhone('0293 3636', 'nomor-telepon').params).toEqual({ count: 8, min: 9 });
    expect(validatePhone('0293 3636 9512 3', 'nomor-telepon').params).toEqual({ count: 13, max: 12 });
    expect(validatePhone('021 123 45', 'nomor-telepon').params).toEqual({ count: 8, min: 10 });
  });

  it('reads the national form', () => {
    expect(phoneNational('+62 812-3456-7890')).toBe('081234567890');
    expect(phoneNational('+1 555')).toBeNull();
    expect(phoneNational('08x')).toBeNull();
  });
});

describe('validatePhone behind a +62 box in front of the input', () => {
  const box = { prefix: '+62' };
  it.each([
    ['81234567890', 'nomor-hp', 'ok', 'ok'],
    ['812-3456-7890', 'nomor-hp', 'ok', 'ok'],
    ['812 3456 7890', 'nomor-telepon', 'ok', 'ok'],
    ['293 363695', 'nomor-telepon', 'ok', 'okLandline'],
    // A leading 0 or a repeated 62 is probably still the right number: a warning, never an error.
    ['081234567890', 'nomor-hp', 'warn', 'boxZero'],
    ['0812-3456-7890', 'nomor-telepon', 'warn', 'boxZero'],
    ['6281234567890', 'nomor-hp', 'warn', 'boxCountry'],
    ['+62 812 3456 7890', 'nomor-hp', 'warn', 'boxCountry'],
    // 0622… is a real area code (Pematang Siantar): after the box, 622… is that landline.
    ['622 123456', 'nomor-telepon', 'ok', 'okLandline'],
    ['841 2345 6789', 'nomor-hp', 'warn', 'unknownPrefix'],
    ['8123', 'nomor-hp', 'error', 'boxTooShort'],
    ['8123456789012', 'nomor-hp', 'error', 'boxTooLong'],
    ['0812', 'nomor-hp', 'error', 'tooShort'],
    ['123456789', 'nomor-telepon', 'error', 'boxPrefix'],
    ['+1 415 555 0100', 'nomor-hp', 'error', 'boxPrefix'],
    ['293 363695', 'nomor-hp', 'error', 'notMobile'],
  ] as const)('%j (%s) → %s %s', (value, kind, verdict, reason) => {
    const f = validatePhone(value, kind, box);
    expect(f).toMatchObject({ field: kind, verdict, reason });
    expectWellFormed(f);
  });

  it('counts the digits typed after the box', () => {
    expect(validatePhone('8123', 'nomor-hp', box).params).toEqual({ count: 4, min: 9 });
    expect(validatePhone('8123456789012', 'nomor-hp', box).params).toEqual({ count: 13, max: 12 });
  });

  it('knows a country-code box in its usual spellings, and nothing else', () => {
    for (const p of ['+62', '62', '(+62)', ' +62 ', '🇮🇩 +62', 'ID +62', '+ 62']) expect(isCountryCodeBox(p), p).toBe(true);
    for (const p of [undefined, '', '+6', '+620', '+1', 'Rp', '@', '+62 (Indonesia) pilih negara lain']) expect(isCountryCodeBox(p), String(p)).toBe(false);
  });

  it('another box (not a country code) changes nothing', () => {
    expect(validatePhone('81234567890', 'nomor-hp', { prefix: 'Rp' })).toMatchObject({ verdict: 'error', reason: 'prefix' });
    expect(validatePhone('081234567890', 'nomor-hp', { prefix: '#' })).toMatchObject({ verdict: 'ok', reason: 'ok' });
  });
});

const digits = (min: number, max: number) => fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: min, maxLength: max });
/** National mobiles 08[1-35-9]… of 10–13 digits (084 is not used by any operator). */
const mobileArb = fc.tuple(fc.constantFrom(...'12356789'), digits(7, 10)).map(([a, rest]) => `08${a}${rest}`);
/** Magelang landlines: 0293 and 6–8 digits. */
const landlineArb = digits(5, 8).map((rest) => `0293${rest}`);

describe('validatePhone: properties', () => {
  it('never throws, always well-formed, never echoes the input', () => {
    fc.assert(
      fc.property(anyInput, fc.constantFrom('nomor-hp', 'nomor-telepon' as const), fc.constantFrom(undefined, '+62', 'Rp'), (s, kind, prefix) => {
        const f = validatePhone(s, kind, { prefix });
        expectWellFormed(f);
        expect(f.field).toBe(kind);
        expectNoEcho(f, s);
        expect(f).not.toHaveProperty('suggestion');
      }),
      { numRuns: 500 },
    );
  });

  it('accepts every mobile in all its spellings, and behind a +62 box without the 0', () => {
    fc.assert(
      fc.property(mobileArb, fc.constantFrom('nomor-hp', 'nomor-telepon' as const), (national, kind) => {
        const nsn = national.slice(1);
        for (const spelled of [national, '62' + nsn, '+62' + nsn, `+62 ${nsn.slice(0, 3)}-${nsn.slice(3)}`]) {
          expect(validatePhone(spelled, kind)).toMatchObject({ verdict: 'ok', reason: 'ok' });
        }
        expect(validatePhone(nsn, kind, { prefix: '+62' })).toMatchObject({ verdict: 'ok', reason: 'ok' });
        expect(validatePhone(national, kind, { prefix: '+62' })).toMatchObject({ verdict: 'warn', reason: 'boxZero' });
      }),
    );
  });

  it('accepts landlines only as nomor-telepon', () => {
    fc.assert(
      fc.property(landlineArb, (national) => {
        expect(validatePhone(national, 'nomor-telepon').reason).toBe('okLandline');
        expect(validatePhone(national, 'nomor-hp').reason).toBe('notMobile');
      }),
    );
  });

  it('reports length with count for mobiles cut short or padded', () => {
    fc.assert(
      fc.property(mobileArb, fc.integer({ min: 3, max: 9 }), fc.integer({ min: 14, max: 30 }), (national, short, long) => {
        expect(validatePhone(national.slice(0, short), 'nomor-hp')).toMatchObject({ reason: 'tooShort', params: { count: short, min: 10 } });
        expect(validatePhone(national.padEnd(long, '7'), 'nomor-hp')).toMatchObject({ reason: 'tooLong', params: { count: long, max: 13 } });
      }),
    );
  });

  it('rejects a huge paste before looking at it', () => {
    expect(validatePhone('0'.repeat(300_000), 'nomor-hp')).toMatchObject({ reason: 'overLimit', params: { max: 256 } });
  });
});
