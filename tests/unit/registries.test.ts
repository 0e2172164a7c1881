/**
 * Adding a field check is one file, adding a language one folder (issue 10): scripts/registries.mjs
 * writes the field registry and the language list from the files. Run here on a scratch tree, as a
 * contributor adding a field or a language would change it.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { registries, ROOT, staleRegistries, writeRegistries } from '../../scripts/registries.mjs';
import { FIELD_IDS } from '../../rules/fields/registry';
import { LANGUAGES, LOCALES } from '../../rules/locales/languages';

let root: string;
const put = (path: string, text: string) => {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
};
const read = (path: string) => readFileSync(join(root, path), 'utf8');

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'pemandu-registries-'));
  put('rules/fields/define.ts', 'export function defineField(def) {\n  return def;\n}\n');
  put('rules/fields/nik.ts', "import { defineField } from './define';\nexport const nik = defineField({ id: 'nik' });\n");
  put('rules/fields/nomor-hp.ts', "export const nomorHp = defineField({ id: 'nomor-hp' });\n");
  put('rules/fields/phone.ts', 'export function normalizePhone(v) {\n  return v;\n}\n');
  put('rules/locales/id/index.ts', 'export const id = {};\n');
  put('rules/locales/en/index.ts', 'export const en = {};\n');
  put('rules/locales/types.ts', 'export type Copy = object;\n');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('scripts/registries.mjs', () => {
  it('registers every field file, and only field files', () => {
    writeRegistries(root);
    const registry = read('rules/fields/registry.ts');
    expect(registry).toContain("import { nik } from './nik';");
    expect(registry).toContain("'nomor-hp': nomorHp,");
    expect(registry).not.toMatch(/phone'|define'/);
  });

  it('a new field is one new file', () => {
    writeRegistries(root);
    expect(staleRegistries(root)).toEqual([]);
    put('rules/fields/kode-pos.ts', "export const kodePos = defineField({ id: 'kode-pos' });\n");
    expect(staleRegistries(root)).toEqual(['rules/fields/registry.ts']);
    expect(writeRegistries(root)).toEqual(['rules/fields/registry.ts']);
    expect(read('rules/fields/registry.ts')).toContain("'kode-pos': kodePos,");
    expect(writeRegistries(root)).toEqual([]);
  });

  it('a new language is one new folder: listed after Indonesian, its help-code letters its name in capitals', () => {
    put('rules/locales/ms/index.ts', 'export const ms = {};\n');
    put('rules/locales/notes/README.md', 'not a language: no index.ts\n');
    writeRegistries(root);
    expect(read('rules/locales/languages.ts')).toContain("export const LANGUAGES = { id: 'ID', en: 'EN', ms: 'MS' } as const;");
    expect(read('rules/locales/all.ts')).toContain("import { ms } from './ms';");
    expect(read('rules/locales/all.ts')).toContain('export const languages = { id, en, ms } satisfies Record<Locale, Copy>;');
  });

  it("gives a language with a region the folder name's letters without the underscore (the help code's alphabet has none)", () => {
    put('rules/locales/pt_BR/index.ts', 'export const pt_BR = {};\n');
    writeRegistries(root);
    expect(read('rules/locales/languages.ts')).toContain("pt_BR: 'PTBR'");
    put('rules/locales/ptbr/index.ts', 'export const ptbr = {};\n');
    expect(() => registries(root)).toThrow(/ptbr: a language folder is named by its browser locale code/);
  });

  it('says what is wrong with a file it cannot list', () => {
    put('rules/fields/kode-pos.ts', 'export const kodePos: FieldDef = defineField({});\n');
    expect(() => registries(root)).toThrow(/kode-pos.ts: write the field check's export/);
    put('rules/fields/kode-pos.ts', 'export const postcode = defineField({});\n');
    expect(() => registries(root)).toThrow(/kode-pos.ts: a field file exports its check as kodePos/);
    rmSync(join(root, 'rules/fields/kode-pos.ts'));
    put('rules/locales/ms/index.ts', 'export const javanese = {};\n');
    expect(() => registries(root)).toThrow(/ms\/index.ts: .*export const ms/);
    rmSync(join(root, 'rules/locales/ms'), { recursive: true });
    rmSync(join(root, 'rules/locales/id'), { recursive: true });
    expect(() => registries(root)).toThrow(/default language's folder id\/ is missing/);
  });

  it("the project's written registries are the ones its files say, and the help-code letters stay frozen", () => {
    expect(staleRegistries(ROOT)).toEqual([]);
    expect(LANGUAGES).toMatchObject({ id: 'ID', en: 'EN' });
    expect(LOCALES[0]).toBe('id');
    expect(FIELD_IDS).toEqual(expect.arrayContaining(['email-dinas', 'email-pribadi', 'nik', 'nip', 'nomor-hp', 'nomor-telepon', 'otp', 'passphrase', 'passphrase-konfirmasi', 'persetujuan']));
  });
});
