/**
 * The words as a civil servant reads them: a number a sentence states (years of validity, digits of
 * a NIK, characters of a passphrase) comes from the rule data through a placeholder, never a
 * literal; filled in for the generic profile, no sentence nests parentheses or repeats itself; a
 * field's message stays short enough to read beside the field.
 */
import { describe, expect, it } from 'vitest';
import { agencyById } from '../../rules/agencies';
import { agencyTipParams } from '../../rules/contacts';
import { copy, format, LOCALES, type Locale } from '../../rules/locales';

/** Every string under `o`, with its path. */
function strings(o: unknown, path = ''): [string, string][] {
  if (typeof o === 'string') return [[path, o]];
  if (!o || typeof o !== 'object') return [];
  return Object.entries(o).flatMap(([k, v]) => strings(v, path ? `${path}.${k}` : k));
}

/** The overlay's words and the guide page's preparation lines: what a user reads about the guide and their fields. */
const read = (l: Locale): [string, string][] => [
  ...(['ui', 'fields', 'pages', 'statuses', 'guide', 'contacts'] as const).flatMap((part) => strings(copy[l][part], part)),
  ...strings({ prepAccount: copy[l].extPages.prepAccount, prepEmail: copy[l].extPages.prepEmail, prepOther: copy[l].extPages.prepOther }, 'extPages'),
];

/** What findings and the panel put in besides the agency's words (counts, a date, a button). */
const SAMPLE = { domains: 'go.id', domain: 'go.id', expected: 'go.id', type: 'PNS', count: 15, min: 10, max: 13, minYear: 2019, maxYear: 2027, missing: 1, total: 2, date: '14 Januari 2028', days: 400, code: 'ACTIVE', n: 4, button: 'Simpan', name: 'Pemerintah Kota Contoh' };
const generic = (l: Locale) => ({ ...SAMPLE, ...agencyTipParams(agencyById('umum'), l) });

/** A number with a unit: "16 digit", "2 tahun", "8 karakter", "6-digit", "2 years". */
const QUANTITY = /\b\d+[\s-]*(?:digit|angka|karakter|huruf|tahun|bulan|minggu|hari|jam|menit|detik|digits?|characters?|letters?|years?|months?|weeks?|days?|hours?|minutes?|seconds?)\b/i;

const words = (s: string) => s.toLowerCase().match(/\p{L}+/gu) ?? [];
/** Three words in a row that appear twice in `filled` but not in `template`: a repetition the placeholders brought in. */
function repeatedByFilling(template: string, filled: string): string | null {
  const trigrams = (s: string) => {
    const w = words(s);
    const seen = new Map<string, number>();
    for (let i = 0; i + 2 < w.length; i++) seen.set(w.slice(i, i + 3).join(' '), (seen.get(w.slice(i, i + 3).join(' ')) ?? 0) + 1);
    return seen;
  };
  const before = trigrams(template.replace(/\{\w+\}/g, ' | '));
  for (const [t, n] of trigrams(filled)) if (n > 1 && (before.get(t) ?? 0) < 2) return t;
  return null;
}

describe.each(LOCALES.map((l) => [l]))('%s', (l) => {
  it('no sentence states a quantity as a literal: it comes from the rule data ({validityYears}, {nikLength} …)', () => {
    const literal = read(l).filter(([, t]) => QUANTITY.test(t.replace(/\{\w+\}/g, '')));
    expect(literal).toEqual([]);
  });

  it('filled in for the generic profile: no nested parentheses, no repetition the placeholders bring in', () => {
    const bad = read(l).flatMap(([path, t]) => {
      const shown = format(t, generic(l));
      const nested = /\([^()]*\(/.test(shown);
      const repeated = repeatedByFilling(t, shown);
      return nested || repeated ? [[path, shown, nested ? 'nested parentheses' : `"${repeated}" twice`]] : [];
    });
    expect(bad).toEqual([]);
  });

  it('every field message, filled in, is at most 160 characters', () => {
    const long = strings(copy[l].fields, 'fields')
      .map(([path, t]) => [path, format(t, generic(l)).length] as const)
      .filter(([, n]) => n > 160);
    expect(long).toEqual([]);
  });
});

describe('the checks can fail', () => {
  it('catch a literal quantity, nested parentheses and a repetition the placeholders bring in', () => {
    expect(QUANTITY.test('berlaku 2 tahun')).toBe(true);
    expect(QUANTITY.test('a 16-digit NIK')).toBe(true);
    expect(QUANTITY.test('digit ke-13')).toBe(false);
    const t = 'Hubungi verifikator di instansi Anda ({tteDesk}).';
    const shown = format(t, generic('id'));
    expect(/\([^()]*\(/.test(format('(jika belum, hubungi {personnelOffice})', generic('id'))) || repeatedByFilling(t, shown)).toBeTruthy();
  });
});
