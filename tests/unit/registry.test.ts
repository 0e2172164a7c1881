/**
 * The one way to register a page, field, status, agency or language (scripts/registry.mjs): a file
 * plus its examples and words, listed in written files that nothing but `npm run registry` writes.
 * Run on a scratch tree as a contributor would change it, and on the project itself.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listedFiles, ROOT, staleFiles } from '../../scripts/registry.mjs';
import { LANGUAGES, LOCALES } from '../../rules/locales/languages';

let root: string;
const put = (path: string, text: string) => {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
};
const listed = (path: string) => (listedFiles(root) as Record<string, string>)[path]!;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'pemandu-registry-'));
  put('rules/fields/define.ts', 'export const defineField = (def) => def;\n');
  put('rules/fields/nik.ts', "import { defineField } from './define';\nexport const nik = defineField({ id: 'nik' });\n");
  put('rules/fields/nik.examples.ts', 'export const nikExamples = [];\n');
  put('rules/fields/phone.ts', 'export function normalizePhone(v) {\n  return v;\n}\n');
  put('rules/pages/sso-login.ts', "export const ssoLogin = definePage({ id: 'sso-login' });\n");
  put('rules/pages/sso-login.examples.ts', 'export const ssoLoginExamples = {};\n');
  put('rules/statuses/active.ts', "export const active = defineStatus({ id: 'active' });\n");
  put('rules/statuses/active.examples.ts', 'export const activeExamples = [];\n');
  put('rules/agencies/umum.ts', "export const umum = defineAgency({ id: 'umum' });\n");
  put('rules/agencies/umum.examples.ts', 'export const umumExamples = {};\n');
  put('rules/locales/id/index.ts', 'export const id = {};\n');
  put('rules/locales/en/index.ts', 'export const en = {};\n');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('scripts/registry.mjs', () => {
  it('lists every item file of a kind, and only those, with their examples and ids', () => {
    expect(listed('rules/fields/registry.ts')).toContain("import { nik } from './nik';");
    expect(listed('rules/fields/registry.ts')).not.toMatch(/phone'|define'/);
    expect(listed('rules/fields/examples.ts')).toContain("import { nikExamples } from './nik.examples';");
    expect(listed('rules/fields/ids.ts')).toContain("export const FIELD_IDS = ['nik'] as const;");
    expect(listed('rules/pages/registry.ts')).toContain("'sso-login': ssoLogin,");
    expect(listed('rules/pages/ids.ts')).toContain("export const PAGE_IDS = ['sso-login'] as const;");
    expect(listed('rules/statuses/registry.ts')).toContain('export const STATUSES = {\n  active,\n} as const;');
    expect(listed('rules/agencies/examples.ts')).toContain('umum: umumExamples,');
  });

  it('a new page, field, status or agency is one new file beside its examples', () => {
    put('rules/fields/kode-pos.ts', "export const kodePos = defineField({ id: 'kode-pos' });\n");
    put('rules/fields/kode-pos.examples.ts', 'export const kodePosExamples = [];\n');
    expect(listed('rules/fields/registry.ts')).toContain("'kode-pos': kodePos,");
    expect(listed('rules/fields/ids.ts')).toContain("['kode-pos', 'nik']");
  });

  it('a new language is one new folder: listed after Indonesian, its help-code letters its name in capitals', () => {
    put('rules/locales/ms/index.ts', 'export const ms = {};\n');
    put('rules/locales/notes/README.md', 'not a language: no index.ts\n');
    expect(listed('rules/locales/languages.ts')).toContain("export const LANGUAGES = { id: 'ID', en: 'EN', ms: 'MS' } as const;");
    expect(listed('rules/locales/all.ts')).toContain('export const languages = { id, en, ms } satisfies Record<Locale, Copy>;');
    put('rules/locales/pt_BR/index.ts', 'export const pt_BR = {};\n');
    expect(listed('rules/locales/languages.ts')).toContain("pt_BR: 'PTBR'");
  });

  it('says what is wrong with a file it cannot list', () => {
    put('rules/fields/kode-pos.ts', 'export const kodePos: FieldDef = defineField({});\n');
    expect(() => listedFiles(root)).toThrow(/kode-pos.ts: write the field check as/);
    put('rules/fields/kode-pos.ts', 'export const postcode = defineField({});\n');
    expect(() => listedFiles(root)).toThrow(/kode-pos.ts: a field check file exports it as kodePos/);
    put('rules/fields/kode-pos.ts', 'export const kodePos = defineField({});\n');
    expect(() => listedFiles(root)).toThrow(/kode-pos.examples.ts: every field check has its examples beside it, exported as kodePosExamples/);
    rmSync(join(root, 'rules/fields/kode-pos.ts'));
    put('rules/statuses/new.ts', 'export const new = defineStatus({});\n');
    expect(() => listedFiles(root)).toThrow(/new.ts: "new" is a reserved word/);
    rmSync(join(root, 'rules/statuses/new.ts'));
    put('rules/locales/ptbr/index.ts', 'export const ptbr = {};\n');
    expect(() => listedFiles(root)).toThrow(/ptbr: a language folder is named by its browser locale code/);
    rmSync(join(root, 'rules/locales/ptbr'), { recursive: true });
    rmSync(join(root, 'rules/locales/id'), { recursive: true });
    expect(() => listedFiles(root)).toThrow(/default language's folder id\/ is missing/);
  });

  it("the project's written files are what its files say (nothing else writes them), and the help-code letters stay frozen", async () => {
    expect((await staleFiles(ROOT)).map(([path]: [string, string]) => path)).toEqual([]);
    expect(LANGUAGES).toMatchObject({ id: 'ID', en: 'EN' });
    expect(LOCALES[0]).toBe('id');
    for (const config of ['wxt.config.ts', 'vitest.config.ts', 'vitest.e2e.config.ts']) expect(readFileSync(join(ROOT, config), 'utf8'), config).not.toMatch(/registry/);
  });
});
