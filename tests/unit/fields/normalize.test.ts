import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { daysInMonth, hasInvisible, isBlank, isNonAsciiDigit, isRealDate, isSpace, scanDigits, stripInvisible } from '../../../rules/fields/normalize';

describe('normalize', () => {
  it('scans grouping, invisible marks and look-alike digits separately', () => {
    expect(scanDigits('3371 0112-0890.0001', '-.')).toEqual({ digits: '3371011208900001', nonAsciiDigits: 0, invisible: false, other: false });
    expect(scanDigits('3371-0112', '')).toMatchObject({ digits: '33710112', other: true });
    expect(scanDigits('\u200F33\u200B71\uFEFF')).toMatchObject({ digits: '3371', invisible: true, other: false });
    expect(scanDigits('３３٣٣')).toMatchObject({ digits: '', nonAsciiDigits: 4 });
    expect(scanDigits('12\u00A034\u3000')).toMatchObject({ digits: '1234', other: false });
  });

  it('classifies characters', () => {
    expect(isSpace('\u00A0')).toBe(true);
    expect(isSpace('\u200B')).toBe(false);
    expect(isSpace('\uFEFF')).toBe(false); // JavaScript calls BOM white space; it is invisible here
    expect(isNonAsciiDigit('７')).toBe(true);
    expect(isNonAsciiDigit('7')).toBe(false);
    expect(isNonAsciiDigit('a')).toBe(false);
    expect(hasInvisible('a\u202Eb')).toBe(true);
    expect(stripInvisible('a\u200Bb\u200Ec\u00ADd')).toBe('abcd');
    expect(isBlank(' \u00A0\u200B\t')).toBe(true);
    expect(isBlank(' x ')).toBe(false);
  });

  it('knows the calendar', () => {
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(daysInMonth(1900, 2)).toBe(28);
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2023, 2)).toBe(28);
    expect(daysInMonth(2023, 4)).toBe(30);
    expect(isRealDate(2023, 12, 31)).toBe(true);
    expect(isRealDate(2023, 13, 1)).toBe(false);
    expect(isRealDate(2023, 6, 0)).toBe(false);
  });

  it('agrees with Date on every day of every month', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2100 }), fc.integer({ min: 1, max: 12 }), (y, m) => {
        expect(daysInMonth(y, m)).toBe(new Date(Date.UTC(y, m, 0)).getUTCDate());
      }),
    );
  });

  it('never throws and never invents digits', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        const scan = scanDigits(s, '-.');
        expect(scan.digits).toBe(s.replace(/[^0-9]/g, ''));
        expect(stripInvisible(s).length).toBeLessThanOrEqual(s.length);
        expect(hasInvisible(stripInvisible(s))).toBe(false);
      }),
    );
  });
});
