// The two registries that are lists of files, written from the files themselves (issue 10: adding a
// field check is one file, adding a language is one folder):
//   rules/fields/registry.ts     every rules/fields/<id>.ts that exports `<camelId> = defineField(…)`
//   rules/locales/languages.ts   every folder rules/locales/<lang>/ (Indonesian, the default, first);
//                                a language's help-code letters are its folder name in capitals
//   rules/locales/all.ts         each language folder's whole copy (`export const <lang>` in its index.ts)
// The written files are committed, so an editor and `tsc` see them on a fresh clone; they are
// rewritten (only when they change) by wxt.config.ts and vitest.config.ts on load, by `npm test` and
// by `npm run typecheck`. tests/unit/registries.test.ts runs this on a scratch tree.
//   node scripts/registries.mjs           write them
//   node scripts/registries.mjs --check   exit 1 if a written file is out of date
import { existsSync, readdirSync, readFileSync, realpathSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const DEFAULT_LANGUAGE = 'id';
const HEADER = '// WRITTEN by scripts/registries.mjs from the files beside it: do not edit, add or remove those files instead.\n';
const FIELD_EXPORT = /^export const (\w+) = defineField\(/m;
/** Anything else that looks like a field check's export (a type annotation, generics, a line break): refused, never skipped. */
const FIELD_LIKE = /^export const \w+\b[^=\n]*=\s*defineField\b/m;
const camel = (id) => id.replace(/-(\w)/g, (_, c) => c.toUpperCase());

/** The field files of `dir`: [id, export name], sorted by id. */
export function fieldFiles(dir) {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))
    .flatMap((f) => {
      const source = readFileSync(join(dir, f), 'utf8');
      const found = FIELD_EXPORT.exec(source);
      if (!found && FIELD_LIKE.test(source)) throw new Error(`rules/fields/${f}: write the field check's export as \`export const <camelId> = defineField({\` on one line, so it is listed`);
      if (!found) return [];
      const id = f.slice(0, -3);
      if (found[1] !== camel(id)) throw new Error(`rules/fields/${f}: a field file exports its check as ${camel(id)} (found ${found[1]})`);
      return [[id, found[1]]];
    })
    .sort(([a], [b]) => (a < b ? -1 : 1));
}

/** A language's letters in help codes: its folder name in capitals, without the underscore (pt_BR → PTBR; the code's alphabet has none). */
// Distinct for distinct folder names of the shape languageFolders accepts (2-3 letters, or those and a 2-letter region).
export const helpCodeLetters = (folder) => folder.replace('_', '').toUpperCase();

/** The language folders of `dir`, the default first, then by name. */
export function languageFolders(dir) {
  const folders = readdirSync(dir).filter((f) => statSync(join(dir, f)).isDirectory() && existsSync(join(dir, f, 'index.ts')));
  for (const f of folders) {
    if (!/^[a-z]{2,3}(_[A-Z]{2})?$/.test(f)) throw new Error(`rules/locales/${f}: a language folder is named by its browser locale code (id, en, ms, pt_BR)`);
    if (!new RegExp(`^export const ${f}\\b`, 'm').test(readFileSync(join(dir, f, 'index.ts'), 'utf8')))
      throw new Error(`rules/locales/${f}/index.ts: a language folder exports its whole copy as \`export const ${f}\``);
  }
  if (!folders.includes(DEFAULT_LANGUAGE)) throw new Error(`rules/locales/: the default language's folder ${DEFAULT_LANGUAGE}/ is missing`);
  return [DEFAULT_LANGUAGE, ...folders.filter((f) => f !== DEFAULT_LANGUAGE).sort()];
}

/** What each written file should hold, by path relative to `root`. */
export function registries(root) {
  const fields = fieldFiles(join(root, 'rules/fields'));
  const langs = languageFolders(join(root, 'rules/locales'));
  const key = (id) => (/^\w+$/.test(id) ? id : `'${id}'`);
  return {
    'rules/fields/registry.ts': `${HEADER}/**
 * The field registry: every checked field is one file, rules/fields/<id>.ts, exporting its check as
 * \`<camelId> = defineField({ … })\`. The keys are the field ids (FieldId, FIELD_IDS): there is no
 * other list of them.
 */
${fields.map(([id, name]) => `import { ${name} } from './${id}';`).join('\n')}

export const FIELDS = {
${fields.map(([id, name]) => `  ${id === name ? id : `${key(id)}: ${name}`},`).join('\n')}
} as const;

export type FieldId = keyof typeof FIELDS;

/** Every field id, in the registry's order. */
export const FIELD_IDS = Object.keys(FIELDS) as [FieldId, ...FieldId[]];
`,
    'rules/locales/languages.ts': `${HEADER}/**
 * The one list of languages: each key is a folder rules/locales/<lang>/ (the whole copy of that
 * language), each value the letters that stand for it in help codes, its folder name in capitals
 * without the underscore (FROZEN once shipped, as the folder name is: codes already given to a helpdesk must keep
 * decoding). Indonesian, the default, first. Agency profiles name their desks in Indonesian and
 * English; a new language shows a profile's Indonesian names until profiles carry its words.
 */
export const LANGUAGES = { ${langs.map((l) => `${l}: '${helpCodeLetters(l)}'`).join(', ')} } as const;

export type Locale = keyof typeof LANGUAGES;
/** Every language, Indonesian (the default) first. */
export const LOCALES = Object.keys(LANGUAGES) as [Locale, ...Locale[]];
`,
    'rules/locales/all.ts': `${HEADER}/** Every language's whole copy (the overlay's words and the extension pages'), Indonesian first. */
import type { Locale } from './languages';
import type { Copy } from './types';
${langs.map((l) => `import { ${l} } from './${l}';`).join('\n')}

export const languages = { ${langs.join(', ')} } satisfies Record<Locale, Copy>;
`,
  };
}

/** The registries under `root` whose file differs from what the files beside them say, with what they should hold. */
function outOfDate(root) {
  return Object.entries(registries(root)).filter(([path, text]) => !existsSync(join(root, path)) || readFileSync(join(root, path), 'utf8') !== text);
}

/** Writes the registries under `root` that changed; returns their paths. */
export function writeRegistries(root) {
  const stale = outOfDate(root);
  for (const [path, text] of stale) writeFileSync(join(root, path), text);
  return stale.map(([path]) => path);
}

/** The registries under `root` whose file differs from what the files beside them say. */
export function staleRegistries(root) {
  return outOfDate(root).map(([path]) => path);
}

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

// Run as a command (also through a symlinked path), not imported.
if (process.argv[1] && realpathSync(resolve(process.argv[1])) === realpathSync(fileURLToPath(import.meta.url))) {
  if (process.argv.includes('--check')) {
    const stale = staleRegistries(ROOT);
    if (stale.length) {
      console.error(`out of date: ${stale.join(', ')} (run node scripts/registries.mjs)`);
      process.exit(1);
    }
  } else {
    for (const path of writeRegistries(ROOT)) console.log(`wrote ${path}`);
  }
}
