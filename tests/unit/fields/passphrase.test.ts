import fc from 'fast-check';
import { FIELDS } from '../../../rules/fields/registry';
import { describe, expect, it } from 'vitest';
import { magelang } from '../../../rules/agencies/magelang';
import { evaluateScreen, type FieldValue } from '../../../rules/engine/evaluate';
import { passphraseRules, validatePassphrase } from '../../../rules/fields/passphrase';
import { validatePassphraseConfirmation } from '../../../rules/fields/passphrase-konfirmasi';
import type { FieldId } from '../../../rules/fields/types';
import { bsrePassphrase } from '../../../rules/pages/bsre-passphrase';
import type { PassphrasePolicy } from '../../../rules/fields/types';
import { anyInput, expectNoEcho, expectWellFormed, POLICY } from './support';

const ASCII_SYMBOLS = [...'!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~'];

describe('validatePassphrase: table', () => {
  it.each([
    ['', 'error', 'empty'],
    ['Ab1!', 'error', 'minLength'],
    ['Abcde1!', 'error', 'minLength'], // 7
    ['abcdefg1!', 'error', 'upper'],
    ['ABCDEFG1!', 'error', 'lower'],
    ['Abcdefgh!', 'error', 'digit'],
    ['Abcdefg12', 'error', 'symbol'],
    ['Abc def1!', 'error', 'noSpace'],
    ['Abcdef1!\t', 'error', 'noSpace'],
    ['Abc\u00A0def1!', 'error', 'noSpace'],
    ['Abcdef1!', 'ok', 'ok'], // exactly 8
    ['Magelang#2026', 'ok', 'ok'],
    ['Abcdefg1_', 'ok', 'ok'],
    ['Abcdefg1\u200B', 'error', 'symbol'], // an invisible character is no symbol
    ['Abcdef1!\u200B', 'warn', 'invisible'],
    ['Abcdef1!\u0007', 'warn', 'invisible'],
    ['Ábcdéf1!', 'warn', 'nonAscii'], // Á counts as upper-case
    ['ÀBCDÉF1!', 'error', 'lower'],
    ['Abcdefg1€', 'warn', 'nonAscii'], // € counts as a symbol
    ['Abcdefg1😀', 'warn', 'nonAscii'], // so does an emoji
    ['Abcdefg١!', 'warn', 'nonAscii'], // Arabic-Indic digit counts as a digit
    ['Ab字字字字1!', 'warn', 'nonAscii'], // caseless letters: length only
    ['A字字字字字1!', 'error', 'lower'],
    ['Ab😀😀1!', 'error', 'minLength'], // an emoji is one character, not two
  ] as const)('%j → %s %s', (value, verdict, reason) => {
    const f = validatePassphrase(value, POLICY);
    expect(f).toMatchObject({ field: 'passphrase', verdict, reason });
    expectWellFormed(f);
  });

  it('counts every printable ASCII punctuation mark as a symbol', () => {
    for (const s of ASCII_SYMBOLS) expect(validatePassphrase(`Abcdefg1${s}`, POLICY).reason).toBe('ok');
  });

  it('reports every rule state, and only the minimum as a param', () => {
    const f = validatePassphrase('abc', POLICY);
    expect(f.params).toEqual({ min: 8 });
    expect(f.rules).toEqual([
      { rule: 'minLength', met: false },
      { rule: 'upper', met: false },
      { rule: 'lower', met: true },
      { rule: 'digit', met: false },
      { rule: 'symbol', met: false },
      { rule: 'noSpace', met: true },
    ]);
    expect(validatePassphrase('Abcdefg1', POLICY).params).toBeUndefined();
  });

  it('follows the policy: rules not required are not listed', () => {
    const relaxed: PassphrasePolicy = { minLength: 12, requireUpper: false, requireLower: true, requireDigit: true, requireSymbol: false, allowSpaces: true };
    expect(passphraseRules('kuda lumping 7', relaxed).map((r) => r.rule)).toEqual(['minLength', 'lower', 'digit']);
    expect(validatePassphrase('kuda lumping 7', relaxed).reason).toBe('ok');
    expect(validatePassphrase('kuda 7', relaxed)).toMatchObject({ reason: 'minLength', params: { min: 12 } });
  });

  it('rejects a huge paste and keeps the rule work bounded', () => {
    const t0 = performance.now();
    const f = validatePassphrase('Aa1!'.repeat(250_000), POLICY);
    expect(performance.now() - t0).toBeLessThan(100);
    expect(f).toMatchObject({ reason: 'overLimit', params: { max: 256 } });
    expect(f.rules.every((r) => r.met)).toBe(true);
  });
});

/** Passphrases that meet the policy with ASCII only: one of each class plus printable filler. */
const validAsciiArb = fc
  .tuple(
    fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'),
    fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz'),
    fc.constantFrom(...'0123456789'),
    fc.constantFrom(...ASCII_SYMBOLS),
    fc.string({ unit: fc.integer({ min: 0x21, max: 0x7e }).map((c) => String.fromCharCode(c)), minLength: 4, maxLength: 40 }),
  )
  .chain(([u, l, d, s, rest]) => fc.shuffledSubarray([...u + l + d + s + rest], { minLength: rest.length + 4, maxLength: rest.length + 4 }).map((cs) => cs.join('')));

describe('validatePassphrase: properties', () => {
  it('never throws, always well-formed, never echoes the passphrase', () => {
    fc.assert(
      fc.property(anyInput, (s) => {
        const f = validatePassphrase(s, POLICY);
        expectWellFormed(f);
        expectNoEcho(f, s);
        expect(f).not.toHaveProperty('suggestion');
        for (const r of f.rules) expect(Object.keys(r).sort()).toEqual(['met', 'rule']);
      }),
      { numRuns: 500 },
    );
  });

  it('reports the first unmet rule, and is ok only when every rule is met', () => {
    fc.assert(
      fc.property(anyInput, (s) => {
        const f = validatePassphrase(s, POLICY);
        const firstUnmet = f.rules.find((r) => !r.met);
        if (f.verdict !== 'error') expect(firstUnmet).toBeUndefined();
        if (firstUnmet && s !== '' && s.length <= 256) expect(f.reason).toBe(firstUnmet.rule);
      }),
      { numRuns: 500 },
    );
  });

  it('accepts every ASCII passphrase with all four classes, and rejects it without digits', () => {
    fc.assert(
      fc.property(validAsciiArb, (p) => {
        expect(validatePassphrase(p, POLICY).reason).toBe('ok');
        expect(validatePassphrase(p.replace(/[0-9]/g, ''), POLICY).rules.find((r) => r.rule === 'digit')?.met).toBe(false);
        expect(validatePassphrase(p + ' ', POLICY).reason).toBe('noSpace');
      }),
    );
  });
});

describe('validatePassphraseConfirmation', () => {
  it.each([
    ['Magelang#2026', '', 'error', 'empty'],
    ['Magelang#2026', 'Magelang#2026', 'ok', 'ok'],
    ['Magelang#2026', 'Magelang#', 'warn', 'partial'],
    ['Magelang#2026', 'magelang#2026', 'error', 'mismatch'],
    ['Magelang#2026', 'Magelang#2026 ', 'error', 'mismatch'],
    ['Magelang#2026', 'Magelang#2027', 'error', 'mismatch'],
    ['', 'Magelang#2026', 'error', 'mismatch'],
    ['Café#2026', 'Cafe\u0301#2026', 'error', 'mismatch'], // composed vs decomposed é
  ] as const)('%j / %j → %s %s', (p, c, verdict, reason) => {
    const f = validatePassphraseConfirmation(p, c);
    expect(f).toEqual({ field: 'passphrase-konfirmasi', verdict, reason });
    expectWellFormed(f);
  });

  it('never throws, never carries params, ok exactly when equal', () => {
    fc.assert(
      fc.property(anyInput, anyInput, (p, c) => {
        const f = validatePassphraseConfirmation(p, c);
        expectWellFormed(f);
        expect(f.params).toBeUndefined();
        expect(f).not.toHaveProperty('suggestion');
        expect(f.verdict === 'ok').toBe(c !== '' && c === p);
        expect(validatePassphraseConfirmation(p, p).verdict).toBe(p === '' ? 'error' : 'ok');
      }),
    );
  });

  it('calls a strict beginning partial and anything longer a mismatch', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 2 }), fc.string({ minLength: 1 }), (p, extra) => {
        expect(validatePassphraseConfirmation(p, p.slice(0, p.length - 1)).reason).toBe(p.length > 1 ? 'partial' : 'empty');
        expect(validatePassphraseConfirmation(p, p + extra).reason).toBe('mismatch');
      }),
    );
  });

  it.each([
    ['Qz9#Kelinci', 'Qz9#', 'error', 'partial'],
    ['Qz9#Kelinci', 'Qz9#Kelinc', 'error', 'partial'],
    ['Qz9#Kelinci', 'Qz9#Kelinci', 'ok', 'ok'],
    ['Qz9#Kelinci', 'Qz9#Kelinci!', 'error', 'mismatch'],
    ['Qz9#Kelinci', '', 'error', 'empty'],
  ] as const)('at submit, %j / %j → %s %s', (p, c, verdict, reason) => {
    expect(validatePassphraseConfirmation(p, c, 'submit')).toEqual({ field: 'passphrase-konfirmasi', verdict, reason });
  });

  it('keeps the gentle warn for a beginning while typing', () => {
    expect(validatePassphraseConfirmation('Qz9#Kelinci', 'Qz9#', 'typing').verdict).toBe('warn');
    expect(validatePassphraseConfirmation('Qz9#Kelinci', 'Qz9#').verdict).toBe('warn');
  });

  it('at submit, is ok exactly when equal and an error otherwise', () => {
    fc.assert(
      fc.property(anyInput, anyInput, (p, c) => {
        const f = validatePassphraseConfirmation(p, c, 'submit');
        expectWellFormed(f);
        expect(f.verdict).toBe(c !== '' && c === p ? 'ok' : 'error');
        expect(validatePassphraseConfirmation(p, p.slice(0, Math.max(1, p.length - 1)), 'submit').verdict).toBe(p.length === 1 ? 'ok' : 'error');
      }),
    );
  });

  it('the submit guard (evaluateScreen in submit mode) holds back a half-typed confirmation', () => {
    const fields = bsrePassphrase.steps!.find((s) => s.id === 'buat-passphrase')!.fields;
    const values = new Map<FieldId, FieldValue>([
      ['passphrase', { kind: 'text', value: 'Qz9#Kelinci' }],
      ['passphrase-konfirmasi', { kind: 'text', value: 'Qz9#' }],
    ]);
    const confirm = (mode: 'typing' | 'submit') => evaluateScreen(fields, values, { agency: magelang, mode }, FIELDS).find((f) => f.field === 'passphrase-konfirmasi');
    expect(confirm('typing')).toMatchObject({ verdict: 'warn', reason: 'partial' });
    expect(confirm('submit')).toMatchObject({ verdict: 'error', reason: 'partial' });
  });
});
