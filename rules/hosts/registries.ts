/**
 * What each portal host's content script carries, derived from the rules themselves (issue 10: a page
 * or a field is written down once; issue 11: what a portal page loads). Build time (wxt.config.ts)
 * and the unit tests only: no content script imports this module.
 *
 * A host's content script gets the page rules whose `hosts` name it, the field checks their screens
 * name, the guide steps their screens (and, where a page reads a status, every status explanation)
 * name, and the default language's words for exactly those (hostContents). A host where no page
 * reads a status gets no status explanations, reader or card, one where no page checks a field
 * no field finder, finding or submit guard (STAND_INS). hostModules() writes, for one host, the source of each module its
 * build puts in the place of a whole registry; each piece is imported by its named export, the camelCase of its id (camelId: page `myasn-dashboard` →
 * `myasnDashboard` in rules/pages/myasn-dashboard.ts and rules/locales/id/pages.ts, field `nomor-hp`
 * → `nomorHp` in rules/fields/nomor-hp.ts and rules/locales/id/fields.ts, guide step `cek-status` →
 * `cekStatus` in rules/locales/id/guide.ts). tests/unit/naming.test.ts holds every page, field and
 * guide step to that convention; tests/unit/hosts.test.ts evaluates what is written here.
 */
import { FIELD_IDS, type FieldId } from '../fields/registry';
import { GUIDE_STEP_IDS, type GuideStepId } from '../guide';
import { PORTALS, type PortalName } from '../hosts';
import { pageRules } from '../index';
import { LOCALES } from '../locales/languages';
import type { OverlayCopy } from '../locales/types';
import type { PageRule } from '../schema';
import { statusExplanations, unknownStatusExplanation } from '../statuses';

/** What one portal host's pages use. */
export interface HostContents {
  /** Its page rules, in the registry's order (rules/index.ts). */
  pages: readonly PageRule[];
  /** The fields its pages' screens check, in the field registry's order. */
  fields: FieldId[];
  /** The guide steps its screens name and, with a status page, those every status explanation names; in the guide's order. */
  guideSteps: GuideStepId[];
  /** Whether one of its pages reads a certificate status (`status` in the page rule). */
  statusPage: boolean;
}

export function hostContents(name: PortalName): HostContents {
  const pages = pageRules.filter((r) => r.hosts.includes(PORTALS[name].host));
  const statusPage = pages.some((r) => r.status !== undefined);
  const screens = pages.flatMap((r) => [r, ...(r.steps ?? [])]);
  const fields = new Set<string>(screens.flatMap((s) => s.fields.map((f) => f.field)));
  const explanations = statusPage ? [...Object.values(statusExplanations), unknownStatusExplanation] : [];
  const steps = new Set<string>([...screens.map((s) => s.guideStep), ...explanations.flatMap((e) => e.progress.map((p) => p.step))]);
  return { pages, fields: FIELD_IDS.filter((f) => fields.has(f)), guideSteps: GUIDE_STEP_IDS.filter((s) => steps.has(s)), statusPage };
}

/** The named export of a page, field or guide step in its modules: `nomor-hp` → `nomorHp`. */
export const camelId = (id: string): string => id.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());

/** Which of a host's keys a part of the overlay's words keeps: all of it, or those of its pages, fields or guide steps. */
type Cut = 'whole' | 'pages' | 'fields' | 'guideSteps' | 'statuses';

/**
 * Each part of the overlay's words (rules/locales/<lang>/overlay.ts): the module of the language's
 * folder it is exported from, and what a host keeps of it. A part keyed by page, field or guide
 * step id is picked key by key; its words for one key are the export named camelId(key).
 */
const WORD_PARTS: { [P in keyof OverlayCopy]: { file: string; cut: Cut } } = {
  ui: { file: 'ui', cut: 'whole' },
  fields: { file: 'fields', cut: 'fields' },
  fieldNames: { file: 'fields', cut: 'whole' },
  pages: { file: 'pages', cut: 'pages' },
  statuses: { file: 'statuses', cut: 'statuses' },
  guide: { file: 'guide', cut: 'guideSteps' },
  contacts: { file: 'contacts', cut: 'whole' },
};

function keysOf(c: HostContents, cut: Cut): readonly string[] | 'whole' {
  if (cut === 'whole') return 'whole';
  if (cut === 'statuses') return c.statusPage ? 'whole' : [];
  return cut === 'pages' ? c.pages.map((r) => r.id) : c[cut];
}

/**
 * `words` (one language's overlay words) cut to what `name`'s pages use: the parts that host takes
 * whole are `words`' own objects, each other part holds only the host's keys. wxt.config.ts writes
 * it for each language other than the default to copy/<name>/<lang>.json (rules/locales/overlay.ts, languageFile).
 */
export function hostWordsIn(name: PortalName, words: OverlayCopy): Record<keyof OverlayCopy, object> {
  const c = hostContents(name);
  const parts = Object.entries(WORD_PARTS).map(([part, { cut }]) => {
    const all = words[part as keyof OverlayCopy] as Readonly<Record<string, object>>;
    const keys = keysOf(c, cut);
    return [part, keys === 'whole' ? all : Object.fromEntries(keys.map((k) => [k, all[k]!]))];
  });
  return Object.fromEntries(parts) as Record<keyof OverlayCopy, object>;
}

/** One generated module's imports: named exports of project files, each under a local name of its own. */
function importList(root: string) {
  const byFile = new Map<string, Map<string, string>>();
  return {
    /** The local name of `name` exported by `file` (a path from the project root). */
    use(file: string, name: string, local = name): string {
      const names = byFile.get(file) ?? new Map<string, string>();
      byFile.set(file, names.set(name, local));
      return local;
    },
    lines: () =>
      [...byFile].map(([file, names]) => {
        const list = [...names].map(([name, local]) => (name === local ? name : `${name} as ${local}`)).join(', ');
        return `import { ${list} } from ${JSON.stringify(`${root}/${file}`)};`;
      }),
  };
}

const object = (entries: readonly (readonly [string, string])[]) =>
  entries.length ? `{ ${entries.map(([k, v]) => `${JSON.stringify(k)}: ${v}`).join(', ')} }` : '{}';
const header = (name: PortalName, whole: string) =>
  `// Generated by rules/hosts/registries.ts for ${PORTALS[name].host}: in the place of ${whole} in its content script.`;

/** rules/index.ts: the host's page rules, each from its file, and the same lookup the whole registry uses. */
function pagesModule(name: PortalName, c: HostContents, root: string): string {
  const imports = importList(root);
  // The lookup first: each page rule's object then comes right before the list, where the minifier puts it in.
  const lookup = imports.use('rules/lookup.ts', 'lookupById');
  const list = c.pages.map((r) => imports.use(`rules/pages/${r.id}.ts`, camelId(r.id)));
  return [
    header(name, 'rules/index.ts'),
    ...imports.lines(),
    `export const pageRules = [${list.join(', ')}];`,
    `export const ruleById = /* @__PURE__ */ ${lookup}(pageRules);`,
  ].join('\n');
}

/** rules/fields/registry.ts: the field checks the host's screens name, each from its file. */
function fieldsModule(name: PortalName, c: HostContents, root: string): string {
  const imports = importList(root);
  const entries = c.fields.map((f) => [f, imports.use(`rules/fields/${f}.ts`, camelId(f))] as const);
  return [
    header(name, 'rules/fields/registry.ts'),
    ...imports.lines(),
    `export const FIELDS = ${object(entries)};`,
    'export const FIELD_IDS = Object.keys(FIELDS);',
  ].join('\n');
}

/** rules/locales/<default>/overlay.ts: the default language's words for the host's pages, fields and guide steps. */
function wordsModule(name: PortalName, c: HostContents, root: string, whole: string, folder: string): string {
  const imports = importList(root);
  const parts = Object.entries(WORD_PARTS).map(([part, { file, cut }]) => {
    const path = `${folder}/${file}.ts`;
    const keys = keysOf(c, cut);
    if (keys === 'whole') return [part, imports.use(path, part, `${file}_${part}`)] as const;
    return [part, object(keys.map((k) => [k, imports.use(path, camelId(k), `${file}_${camelId(k)}`)] as const))] as const;
  });
  return [header(name, whole), ...imports.lines(), `export const overlay = ${object(parts)};`].join('\n');
}

/**
 * Modules a host may not need the work of: these of their exports then come from a stand-in under
 * rules/hosts/ that does nothing (what the real one does on that host), every other export stays the
 * real one (an explicit export shadows the same name of `export *`, so the bundler leaves the real one out).
 */
export const STAND_INS = {
  /** Without a status page: detect() reads a status only for a page rule with `status`, so none is ever explained or drawn. */
  'rules/engine/readStatus.ts': { from: 'rules/hosts/noStatus.ts', names: ['readStatus', 'readValidity', 'statusValues'] },
  'rules/engine/emailBsre.ts': { from: 'rules/hosts/noStatus.ts', names: ['readEmailBsre'] },
  'rules/statuses.ts': { from: 'rules/hosts/noStatus.ts', names: ['explainStatus', 'explainStatusWithValidity', 'nextSteps', 'statusStep'] },
  'components/StatusCard.tsx': { from: 'rules/hosts/noStatus.ts', names: ['StatusCard', 'statusCardCss'] },
  /** Without a checked field: no field element, no finding and never a problem, so the guard never holds a click nor shows a notice. */
  'platform/content/guard.ts': { from: 'rules/hosts/noField.ts', names: ['SubmitGuard'] },
  'platform/content/guardCheck.ts': { from: 'rules/hosts/noField.ts', names: ['guardUnusable'] },
  'rules/engine/evaluate.ts': { from: 'rules/hosts/noField.ts', names: ['evaluateScreen', 'nipKind'] },
  'rules/engine/employee.ts': { from: 'rules/hosts/noField.ts', names: ['employeeTypeFromText', 'nipFromText', 'employeeValues'] },
  'platform/content/fieldElements.ts': { from: 'rules/hosts/noField.ts', names: ['FieldElements'] },
  'components/Findings.tsx': { from: 'rules/hosts/noField.ts', names: ['Findings', 'findingsCss'] },
  'components/GuardSection.tsx': { from: 'rules/hosts/noField.ts', names: ['GuardSection', 'guardSectionCss'] },
  'components/findingText.ts': { from: 'rules/hosts/noField.ts', names: ['findingText', 'fieldName'] },
} as const;

function standInModule(name: PortalName, root: string, whole: keyof typeof STAND_INS): string {
  const { from, names } = STAND_INS[whole];
  return [
    header(name, whole),
    `export * from ${JSON.stringify(`${root}/${whole}`)};`,
    `export { ${names.join(', ')} } from ${JSON.stringify(`${root}/${from}`)};`,
  ].join('\n');
}

/** For `name`'s content script: every module that takes one of its stand-ins from `from`. */
function standInsFrom(name: PortalName, root: string, from: string): Record<string, string> {
  const wholes = (Object.keys(STAND_INS) as (keyof typeof STAND_INS)[]).filter((w) => STAND_INS[w].from === from);
  return Object.fromEntries(wholes.map((whole) => [whole, standInModule(name, root, whole)]));
}

/**
 * For `name`'s content script: each whole registry (path from the project root) → the source of the
 * module that takes its place, with the same exports. Imports in it are absolute paths under `root`
 * (the project's folder), so nothing in it is taken for a whole registry again. Everything else
 * (the extension pages, the background, the unit tests) uses the whole registries.
 */
export function hostModules(name: PortalName, root: string): Record<string, string> {
  const c = hostContents(name);
  const at = root.replace(/\\/g, '/').replace(/\/$/, '');
  const folder = `rules/locales/${LOCALES[0]}`;
  const words = `${folder}/overlay.ts`;
  return {
    'rules/index.ts': pagesModule(name, c, at),
    'rules/fields/registry.ts': fieldsModule(name, c, at),
    [words]: wordsModule(name, c, at, words, folder),
    ...(c.statusPage
      ? {}
      : {
          'rules/statusExplanations.ts': `${header(name, 'rules/statusExplanations.ts')}\nexport const statusExplanations = {};`,
          ...standInsFrom(name, at, 'rules/hosts/noStatus.ts'),
        }),
    ...(c.fields.length > 0 ? {} : standInsFrom(name, at, 'rules/hosts/noField.ts')),
  };
}
