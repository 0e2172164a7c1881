import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateOtp } from '../../../rules/fields/otp';
import { anyInput, expectNoEcho, expectWellFormed } from './support';

describe('validateOtp', () => {
  it.each([
    ['', 'error', 'empty'],
    ['482913', 'ok', 'ok'],
    ['482 913', 'ok', 'ok'],
    [' 48 29 13 ', 'ok', 'ok'],
    ['482\u00A0913', 'ok', 'ok'],
    ['000000', 'ok', 'ok'],
    ['48291', 'error', 'length'],
    ['4829131', 'error', 'length'],
    ['482-913', 'error', 'notDigits'],
    ['48291a', 'error', 'notDigits'],
    ['４８２９１３', 'error', 'nonAsciiDigits'],
    ['482913\u200B', 'warn', 'invisible'],
  ] as const)('%j → %s %s', (value, verdict, reason) => {
    const f = validateOtp(value);
    expect(f).toMatchObject({ field: 'otp', verdict, reason });
    expectWellFormed(f);
  });

  it('counts the digits typed and follows a different policy length', () => {
    expect(validateOtp('48291').params).toEqual({ count: 5, expected: 6 });
    expect(validateOtp('48291', 5).reason).toBe('ok');
    expect(validateOtp('482913', 8).params).toEqual({ count: 6, expected: 8 });
  });

  it('rejects a huge paste before looking at it', () => {
    expect(validateOtp('1'.repeat(1_000_000))).toMatchObject({ reason: 'overLimit', params: { max: 256 } });
  });

  it('never throws, always well-formed, never echoes the input', () => {
    fc.assert(
      fc.property(anyInput, (s) => {
        const f = validateOtp(s);
        expectWellFormed(f);
        expectNoEcho(f, s);
        expect(f).not.toHaveProperty('suggestion');
      }),
      { numRuns: 500 },
    );
  });

  const digits = (min: number, max: number) => fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: min, maxLength: max });

  it('accepts any 6 digits, in one or two groups', () => {
    fc.assert(
      fc.property(digits(6, 6), fc.integer({ min: 0, max: 6 }), (code, at) => {
        expect(validateOtp(code).reason).toBe('ok');
        expect(validateOtp(`${code.slice(0, at)} ${code.slice(at)}`).reason).toBe('ok');
      }),
    );
  });

  it('reports the length, with the count, for any other number of digits', () => {
    fc.assert(
      fc.property(digits(1, 40).filter((d) => d.length !== 6), (code) => {
        expect(validateOtp(code)).toMatchObject({ verdict: 'error', reason: 'length', params: { count: code.length } });
      }),
    );
  });
});
