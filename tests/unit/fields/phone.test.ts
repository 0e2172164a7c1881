import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { phoneNational, validatePhone } from '../../../rules/fields/phone';
import { anyInput, expectNoEcho, expectWellFormed } from './support';

describe('validatePhone nomor-hp: table', () => {
  it.each([
    ['', 'error', 'phone.empty', undefined],
    ['081234567890', 'ok', 'phone.ok', '+6281234567890'],
    ['0812-3456-7890', 'ok', 'phone.ok', '+6281234567890'],
    ['0812 3456 7890', 'ok', 'phone.ok', '+6281234567890'],
    ['0812.3456.7890', 'ok', 'phone.ok', '+6281234567890'],
    ['6281234567890', 'ok', 'phone.ok', '+6281234567890'],
    ['+6281234567890', 'ok', 'phone.ok', '+6281234567890'],
    ['+62 812-3456-7890', 'ok', 'phone.ok', '+6281234567890'],
    [' +62 (812) 3456 7890 ', 'ok', 'phone.ok', '+6281234567890'],
    ['(+62) 812-3456-7890', 'ok', 'phone.ok', '+6281234567890'],
    ['0812345678', 'ok', 'phone.ok', '+62812345678'], // 10 digits
    ['0812345678901', 'ok', 'phone.ok', '+62812345678901'], // 13 digits
    ['081234567', 'error', 'phone.tooShort', undefined],
    ['08123456789012', 'error', 'phone.tooLong', undefined],
    ['0', 'error', 'phone.tooShort', undefined],
    ['08', 'error', 'phone.tooShort', undefined],
    ['+62 0812 3456 7890', 'error', 'phone.extraZero', undefined],
    ['62081234567890', 'error', 'phone.extraZero', undefined],
    ['812-3456-7890', 'error', 'phone.prefix', undefined],
    ['+1 415 555 0100', 'error', 'phone.prefix', undefined],
    ['0062 812 3456 7890', 'error', 'phone.prefix', undefined],
    ['(0293) 363695', 'error', 'phone.notMobile', undefined],
    ['0800-1-234567', 'error', 'phone.notMobile', undefined],
    ['0812-3456-7890 / 0813-1111-2222', 'error', 'phone.chars', undefined],
    ['0812 3456 789O', 'error', 'phone.chars', undefined],
    ['08+12345678', 'error', 'phone.chars', undefined],
    ['++6281234567890', 'error', 'phone.chars', undefined],
    ['０８１２３４５６７８９０', 'error', 'phone.nonAsciiDigits', undefined],
    ['0812\u200B34567890', 'warn', 'phone.invisible', '+6281234567890'],
    ['\u202A+62 812-3456-7890\u202C', 'warn', 'phone.invisible', '+6281234567890'],
  ] as const)('%j → %s %s', (value, verdict, reason, suggestion) => {
    const f = validatePhone(value, 'nomor-hp');
    expect(f).toMatchObject({ field: 'nomor-hp', verdict, reason });
    expect(f.suggestion).toBe(suggestion);
    expectWellFormed(f);
  });

  it('gives counts with the leading 0 and the bounds', () => {
    expect(validatePhone('+62 812 345 67', 'nomor-hp').params).toEqual({ count: 9, min: 10 });
    expect(validatePhone('08123456789012', 'nomor-hp').params).toEqual({ count: 14, max: 13 });
  });
});

describe('validatePhone nomor-telepon: table', () => {
  it.each([
    ['(0293) 363695', 'ok', 'phone.okLandline', '+62293363695'],
    ['0293-363695', 'ok', 'phone.okLandline', '+62293363695'],
    ['021 1234 5678', 'ok', 'phone.okLandline', '+622112345678'],
    ['+62 21 1234 5678', 'ok', 'phone.okLandline', '+622112345678'],
    ['0293 36369', 'ok', 'phone.okLandline', '+6229336369'], // 9 digits
    ['0812-3456-7890', 'ok', 'phone.ok', '+6281234567890'],
    ['0293 3636', 'error', 'phone.tooShort', undefined],
    ['0293 3636 9512 3', 'error', 'phone.tooLong', undefined],
    ['0112345678', 'error', 'phone.prefix', undefined],
    ['0800 1234 567', 'error', 'phone.prefix', undefined],
  ] as const)('%j → %s %s', (value, verdict, reason, suggestion) => {
    const f = validatePhone(value, 'nomor-telepon');
    expect(f).toMatchObject({ field: 'nomor-telepon', verdict, reason });
    expect(f.suggestion).toBe(suggestion);
    expectWellFormed(f);
  });

  it('uses the landline bounds for landlines', () => {
    expect(validatePhone('0293 3636', 'nomor-telepon').params).toEqual({ count: 8, min: 9 });
    expect(validatePhone('0293 3636 9512 3', 'nomor-telepon').params).toEqual({ count: 13, max: 12 });
  });

  it('reads the national form', () => {
    expect(phoneNational('+62 812-3456-7890')).toBe('081234567890');
    expect(phoneNational('+1 555')).toBeNull();
    expect(phoneNational('08x')).toBeNull();
  });
});

const digits = (min: number, max: number) => fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: min, maxLength: max });
/** National mobiles 08[1-9]… of 10–13 digits. */
const mobileArb = fc.tuple(fc.constantFrom(...'123456789'), digits(7, 10)).map(([a, rest]) => `08${a}${rest}`);
const landlineArb = fc.tuple(fc.constantFrom(...'2345679'), digits(7, 10)).map(([a, rest]) => `0${a}${rest}`);

describe('validatePhone: properties', () => {
  it('never throws, always well-formed, never echoes the input except as the suggestion', () => {
    fc.assert(
      fc.property(anyInput, fc.constantFrom('nomor-hp', 'nomor-telepon' as const), (s, kind) => {
        const f = validatePhone(s, kind);
        expectWellFormed(f);
        expect(f.field).toBe(kind);
        expectNoEcho(f, s, { allowSuggestion: true });
        if (f.verdict === 'error') expect(f.suggestion).toBeUndefined();
        else expect(f.suggestion).toMatch(/^\+62[1-9][0-9]{7,11}$/);
      }),
      { numRuns: 500 },
    );
  });

  it('accepts every mobile in all three spellings, with the same suggestion', () => {
    fc.assert(
      fc.property(mobileArb, fc.constantFrom('nomor-hp', 'nomor-telepon' as const), (national, kind) => {
        const want = '+62' + national.slice(1);
        for (const spelled of [national, '62' + national.slice(1), want, `+62 ${national.slice(1, 4)}-${national.slice(4)}`]) {
          expect(validatePhone(spelled, kind)).toMatchObject({ verdict: 'ok', reason: 'phone.ok', suggestion: want });
        }
      }),
    );
  });

  it('accepts landlines only as nomor-telepon', () => {
    fc.assert(
      fc.property(landlineArb, (national) => {
        expect(validatePhone(national, 'nomor-telepon').reason).toBe(national.length <= 12 ? 'phone.okLandline' : 'phone.tooLong');
        expect(validatePhone(national, 'nomor-hp').reason).toBe('phone.notMobile');
      }),
    );
  });

  it('reports length with count for mobiles cut short or padded', () => {
    fc.assert(
      fc.property(mobileArb, fc.integer({ min: 3, max: 9 }), fc.integer({ min: 14, max: 30 }), (national, short, long) => {
        expect(validatePhone(national.slice(0, short), 'nomor-hp')).toMatchObject({ reason: 'phone.tooShort', params: { count: short, min: 10 } });
        expect(validatePhone(national.padEnd(long, '7'), 'nomor-hp')).toMatchObject({ reason: 'phone.tooLong', params: { count: long, max: 13 } });
      }),
    );
  });

  it('rejects a huge paste before looking at it', () => {
    expect(validatePhone('0'.repeat(300_000), 'nomor-hp')).toMatchObject({ reason: 'phone.overLimit', params: { max: 256 } });
  });
});
