/**
 * Parity of the copy (rules/locales/<lang>/): every language has exactly the keys of the Indonesian
 * copy, no empty string, and the same `{placeholders}` in each sentence. Each language folder is
 * importable on its own (no language imports another at run time), so a bundle can carry only one.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { byLocale, copy, format, isLocale, LOCALES, messages, nextLocale, t } from '../../rules/locales';

const DIR = join(__dirname, '../../rules/locales');

/** Every leaf of a copy tree as [dotted path, value]. */
function leaves(tree: unknown, path = ''): [string, unknown][] {
  if (typeof tree !== 'object' || tree === null) return [[path, tree]];
  return Object.entries(tree).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k));
}
const placeholders = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort().join(' ');

describe('copy parity between languages', () => {
  const base = new Map(leaves(copy.id));

  it('has the copy of every part (the walk is not empty)', () => {
    expect(LOCALES).toEqual(expect.arrayContaining(['id', 'en']));
    for (const part of ['ui', 'fields', 'fieldNames', 'pages', 'statuses', 'guide', 'contacts', 'helpdesk', 'extPages', 'agencyPage', 'store']) {
      expect([...base.keys()].some((k) => k.startsWith(`${part}.`)), part).toBe(true);
    }
    expect(base.size).toBeGreaterThan(200);
  });

  it.each(LOCALES.map((l) => [l]))('%s has exactly the keys of the Indonesian copy', (locale) => {
    expect(leaves(copy[locale]).map(([k]) => k).sort()).toEqual([...base.keys()].sort());
  });

  it.each(LOCALES.map((l) => [l]))('%s: every leaf is a non-empty string', (locale) => {
    const bad = leaves(copy[locale]).filter(([, v]) => typeof v !== 'string' || v.trim() === '').map(([k]) => k);
    expect(bad).toEqual([]);
  });

  it.each(LOCALES.filter((l) => l !== 'id').map((l) => [l]))('%s uses the same {placeholders} as Indonesian in every sentence', (locale) => {
    const differ = leaves(copy[locale])
      .filter(([k, v]) => placeholders(String(v)) !== placeholders(String(base.get(k))))
      .map(([k, v]) => `${k}: ${placeholders(String(v))} ≠ ${placeholders(String(base.get(k)))}`);
    expect(differ).toEqual([]);
  });

  it('the parity walk notices a missing key and a changed placeholder (it can fail)', () => {
    const { ui: _ui, ...withoutUi } = copy.en;
    expect(leaves(withoutUi).length).toBeLessThan(base.size);
    expect(placeholders('Langkah {n} dari {total}')).not.toBe(placeholders('Step {n} of {count}'));
  });

  it('t and messages read the UI strings of the language asked for', () => {
    expect(t('id', 'progress', { n: 4, total: 10 })).toBe('Langkah 4 dari 10');
    expect(t('en', 'progress', { n: 4, total: 10 })).toBe('Step 4 of 10');
    expect(messages.en).toBe(copy.en.ui);
    expect(format('{a} {b}', { a: 1 })).toBe('1 {b}');
  });

  it('every language is one entry of the copy: the list, the check of a stored choice, the switch and the views follow it', () => {
    expect(LOCALES[0]).toBe('id');
    expect(LOCALES.every(isLocale)).toBe(true);
    for (const v of ['xx', 'ID', '', null, undefined, 1]) expect(isLocale(v), String(v)).toBe(false);
    // The switch goes round the list, in its order, and comes back.
    expect(LOCALES.map(nextLocale)).toEqual([...LOCALES.slice(1), 'id']);
    expect(Object.keys(byLocale('helpdesk'))).toEqual(LOCALES);
    expect(byLocale('extPages').en).toBe(copy.en.extPages);
  });
});

describe("the browser's list of extensions (rules/locales/<lang>/store.ts, written to _locales by the build)", () => {
  it.each(LOCALES.map((l) => [l]))('%s: a name of at most 75 characters and a description of at most 132, as Chrome allows', (locale) => {
    const { extName, extDescription } = copy[locale].store;
    expect(extName).toBe('Pemandu TTE');
    expect(extDescription.length).toBeGreaterThan(40);
    expect(extDescription.length).toBeLessThanOrEqual(132);
  });
});

describe('each language folder stands alone', () => {
  const folders = readdirSync(DIR, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);

  it('there is a folder per language and nothing else', () => {
    expect(folders.sort()).toEqual([...LOCALES].sort());
  });

  it.each(LOCALES.map((l) => [l]))('%s imports at run time only its own files (other modules for types only)', (locale) => {
    const bad: string[] = [];
    for (const file of readdirSync(join(DIR, locale))) {
      const src = readFileSync(join(DIR, locale, file), 'utf8');
      for (const m of src.matchAll(/^import\s+(type\s+)?[^;]*?from\s+'([^']+)'/gms)) {
        if (!m[1] && !m[2]!.startsWith('./')) bad.push(`${file}: ${m[2]}`);
      }
    }
    expect(bad).toEqual([]);
  });
});
