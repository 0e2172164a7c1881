/**
 * The naming convention each portal host's generated registries rely on (rules/hosts/registries.ts):
 * a page, field or guide step is exported under the camelCase of its id (camelId) from its own file
 * and from the default language's words, so a wrongly named export fails here, not in a build.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIELD_IDS, FIELDS } from '../../rules/fields/registry';
import { GUIDE_STEP_IDS } from '../../rules/guide';
import { camelId } from '../../rules/hosts/registries';
import { pageRules } from '../../rules/index';
import { LOCALES } from '../../rules/locales/languages';
import { overlay } from '../../rules/locales/id/overlay';

const ROOT = join(__dirname, '../..');
const load = (path: string) => import(/* @vite-ignore */ join(ROOT, path)) as Promise<Record<string, unknown>>;
const WORDS = `rules/locales/${LOCALES[0]}`;

describe('camelId', () => {
  it('turns an id into the name it is exported under', () => {
    expect(camelId('myasn-dashboard')).toBe('myasnDashboard');
    expect(camelId('nomor-hp')).toBe('nomorHp');
    expect(camelId('passphrase-konfirmasi')).toBe('passphraseKonfirmasi');
    expect(camelId('cek-status')).toBe('cekStatus');
    expect(camelId('nik')).toBe('nik');
  });
});

describe('every page, field and guide step is exported under camelId of its id', () => {
  it('the words are those of the default language', () => {
    expect(LOCALES[0]).toBe('id');
  });

  it.each(pageRules.map((r) => [r.id, r] as const))('page %s: rules/pages/<id>.ts and the words of its page', async (id, rule) => {
    const file = `rules/pages/${id}.ts`;
    expect(existsSync(join(ROOT, file)), file).toBe(true);
    expect((await load(file))[camelId(id)], `${camelId(id)} in ${file}`).toBe(rule);
    expect((await load(`${WORDS}/pages.ts`))[camelId(id)], `${camelId(id)} in ${WORDS}/pages.ts`).toBe(overlay.pages[id]);
  });

  it.each(FIELD_IDS.map((f) => [f]))('field %s: rules/fields/<id>.ts and the words of its reasons', async (id) => {
    const file = `rules/fields/${id}.ts`;
    expect((await load(file))[camelId(id)], `${camelId(id)} in ${file}`).toBe(FIELDS[id]);
    expect((await load(`${WORDS}/fields.ts`))[camelId(id)], `${camelId(id)} in ${WORDS}/fields.ts`).toBe(overlay.fields[id]);
  });

  it.each(GUIDE_STEP_IDS.map((s) => [s]))('guide step %s: its words', async (id) => {
    expect((await load(`${WORDS}/guide.ts`))[camelId(id)], `${camelId(id)} in ${WORDS}/guide.ts`).toBe(overlay.guide[id]);
  });

  it('the words of every page, field and guide step are there (the lists above are not empty)', () => {
    expect(Object.keys(overlay.pages).sort()).toEqual(pageRules.map((r) => r.id).sort());
    expect(Object.keys(overlay.fields).sort()).toEqual([...FIELD_IDS].sort());
    expect(Object.keys(overlay.guide).sort()).toEqual([...GUIDE_STEP_IDS].sort());
  });
});
