// The one way things are registered. Pages, fields, statuses and agencies are each one file in their
// folder, `<id>.ts` exporting `<camelId> = define<Kind>({ … })`, with its examples beside it
// (`<id>.examples.ts` exporting `<camelId>Examples`) and its words in each language's folder; a
// language is one folder rules/locales/<lang>/. This script lists them in written files:
//   rules/<kind>/registry.ts   every file of the kind, by id (what the extension imports)
//   rules/<kind>/examples.ts   every file's examples, by id (tests and the demo only)
//   rules/<kind>/ids.ts        the ids as a type (pages and fields: other data is typed by them)
//   rules/locales/languages.ts, rules/locales/all.ts   the language folders
//   rules/hosts/<name>.ts      what each portal host's content script carries (registry-hosts.mjs)
// The written files are committed; nothing writes them but this script, and
// tests/unit/registry.test.ts fails while one is stale.
//   npm run registry                 write the files that changed
//   npm run registry -- --check      exit 1 if one is stale
import { existsSync, readdirSync, readFileSync, realpathSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { hostKitFiles, readFacts } from './registry-hosts.mjs';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const DEFAULT_LANGUAGE = 'id';
export const HEADER = '// WRITTEN by scripts/registry.mjs (npm run registry): do not edit; change the files it lists.\n';

const KINDS = [
  { dir: 'rules/pages', define: 'definePage', map: 'PAGES', examples: 'PAGE_EXAMPLES', ids: ['PAGE_IDS', 'PageId'], what: 'page rule' },
  { dir: 'rules/fields', define: 'defineField', map: 'FIELDS', examples: 'FIELD_EXAMPLES', ids: ['FIELD_IDS', 'FieldId'], what: 'field check' },
  { dir: 'rules/statuses', define: 'defineStatus', map: 'STATUSES', examples: 'STATUS_EXAMPLES', what: 'status explanation' },
  { dir: 'rules/agencies', define: 'defineAgency', map: 'AGENCIES', examples: 'AGENCY_EXAMPLES', what: 'agency profile' },
];

const RESERVED = new Set('break case catch class const continue debugger default delete do else enum export extends false finally for function if import in instanceof new null return super switch this throw true try typeof var void while with yield let static implements interface package private protected public await'.split(' '));
export const camelId = (id) => id.replace(/-([a-z0-9])/g, (_, c) => c.toUpperCase());
const key = (id) => (/^[a-z_$][\w$]*$/i.test(id) ? id : `'${id}'`);

/** The items of one kind's folder: [id, export name], sorted by id. Refuses what looks like an item but is not written as one. */
export function itemsOf(root, kind) {
  const dir = join(root, kind.dir);
  const exported = new RegExp(`^export const ([\\w$]+) = ${kind.define}\\(`, 'm');
  const looksLike = new RegExp(`^export const [\\w$]+\\b[^=\\n]*=\\s*(/\\*.*?\\*/\\s*)?${kind.define}\\b`, 'm');
  return readdirSync(dir)
    .filter((f) => /^[a-z0-9]+(-[a-z0-9]+)*\.ts$/.test(f) && !['registry.ts', 'examples.ts', 'ids.ts'].includes(f))
    .flatMap((f) => {
      const source = readFileSync(join(dir, f), 'utf8');
      const found = exported.exec(source);
      if (!found && looksLike.test(source)) throw new Error(`${kind.dir}/${f}: write the ${kind.what} as \`export const <camelId> = ${kind.define}({\`, so it is listed`);
      if (!found) return [];
      const id = f.slice(0, -3);
      const name = camelId(id);
      if (RESERVED.has(name)) throw new Error(`${kind.dir}/${f}: "${name}" is a reserved word in JavaScript; choose another id`);
      if (found[1] !== name) throw new Error(`${kind.dir}/${f}: a ${kind.what} file exports it as ${name} (found ${found[1]})`);
      const examples = join(dir, `${id}.examples.ts`);
      if (!existsSync(examples) || !new RegExp(`^export const ${name}Examples\\b`, 'm').test(readFileSync(examples, 'utf8')))
        throw new Error(`${kind.dir}/${id}.examples.ts: every ${kind.what} has its examples beside it, exported as ${name}Examples`);
      return [[id, name]];
    })
    .sort(([a], [b]) => (a < b ? -1 : 1));
}

function kindFiles(kind, items, facts) {
  const files = {
    [`${kind.dir}/registry.ts`]: `${HEADER}/** Every ${kind.what}, by id: one file each in this folder. */
${items.map(([id, name]) => `import { ${name} } from './${id}';`).join('\n')}

export const ${kind.map} = {
${items.map(([id, name]) => `  ${id === name ? id : `${key(id)}: ${name}`},`).join('\n')}
} as const;
`,
    [`${kind.dir}/examples.ts`]: `${HEADER}/** Every ${kind.what}'s examples, by id (tests and the demo; nothing the extension is built from imports them). */
${items.map(([id, name]) => `import { ${name}Examples } from './${id}.examples';`).join('\n')}

export const ${kind.examples} = {
${items.map(([id, name]) => `  ${key(id)}: ${name}Examples,`).join('\n')}
} as const;
`,
  };
  if (kind.ids) {
    const [list, type] = kind.ids;
    files[`${kind.dir}/ids.ts`] = `${HEADER}/** Every ${kind.what}'s id: the names of the files in this folder. */
export const ${list} = [${items.map(([id]) => `'${id}'`).join(', ')}] as const;
export type ${type} = (typeof ${list})[number];
${kind.map === 'FIELDS' ? reasonTypes(items, facts) : ''}`;
  }
  return files;
}

/** Each field check's reasons as a type (the `reasons` its file lists), so a finding's reason is typed by its field. */
function reasonTypes(items, facts) {
  const union = (id) => [...new Set(facts.fieldReasons[id] ?? [])].map((r) => `'${r}'`).join(' | ') || 'never';
  return `
/** Each field check's reasons (its file's \`reasons\`), by field id. */
export interface FieldReasons {
${items.map(([id]) => `  ${key(id)}: ${union(id)};`).join('\n')}
}
`;
}

/** A language's letters in help codes: its folder name in capitals, without the underscore (pt_BR → PTBR). */
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

function languageFiles(root) {
  const langs = languageFolders(join(root, 'rules/locales'));
  return {
    'rules/locales/languages.ts': `${HEADER}/**
 * The one list of languages: each key is a folder rules/locales/<lang>/ (the whole copy of that
 * language), each value the letters that stand for it in help codes, its folder name in capitals
 * without the underscore (FROZEN once shipped, as the folder name is: codes already given to a
 * helpdesk must keep decoding). Indonesian, the default, first.
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

const itemsUnder = (root) => Object.fromEntries(KINDS.map((k) => [k.dir.split('/')[1], itemsOf(root, k)]));

/**
 * The files that list files (registries, examples, ids, languages), as they should read: from the
 * folders alone, with the field reasons (`facts`, read from the rules) where given.
 */
export function listedFiles(root = ROOT, facts = { fieldReasons: {} }) {
  const items = itemsUnder(root);
  return Object.assign({}, ...KINDS.map((k) => kindFiles(k, items[k.dir.split('/')[1]], facts)), languageFiles(root));
}

/** Every written file under `root` as it should read, by path from `root`. */
export async function registryFiles(root = ROOT) {
  const items = itemsUnder(root);
  const facts = await readFacts(root, items);
  return { ...listedFiles(root, facts), ...hostKitFiles(facts, items) };
}

/** The written files under `root` that differ from what they should read, with what that is. */
export async function staleFiles(root = ROOT) {
  const files = await registryFiles(root);
  return Object.entries(files).filter(([path, text]) => !existsSync(join(root, path)) || readFileSync(join(root, path), 'utf8') !== text);
}

// Run as a command (also through a symlinked path), not imported.
if (process.argv[1] && realpathSync(resolve(process.argv[1])) === realpathSync(fileURLToPath(import.meta.url))) {
  const check = process.argv.includes('--check');
  // Written files are read back (the rules import the ids): write until nothing changes.
  let stale = await staleFiles();
  if (!check) for (let round = 0; stale.length && round < 3; round++) {
    for (const [path, text] of stale) {
      writeFileSync(join(ROOT, path), text);
      console.log(`wrote ${path}`);
    }
    stale = await staleFiles();
  }
  if (stale.length) {
    console.error(`stale: ${stale.map(([p]) => p).join(', ')} (run npm run registry)`);
    process.exit(1);
  }
}
