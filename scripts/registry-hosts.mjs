// Each portal host's kit, rules/hosts/<name>.ts (see registry.mjs): the page rules that name the
// host, the field checks their screens name, whether one reads a certificate status, and the default
// language's words for exactly those (the UI words too: the checks' part where a page checks a
// field, the certificate's part where one reads a status). Its content script (entrypoints/<name>.content.ts) imports it,
// so a host's script carries what its pages use and nothing is kept per host by hand.
import { join } from 'node:path';
import { createServer } from 'vite';

const HEADER = '// WRITTEN by scripts/registry.mjs (npm run registry): do not edit; it follows the page rules\' `hosts`.\n';
const camelId = (id) => id.replace(/-([a-z0-9])/g, (_, c) => c.toUpperCase());
const key = (id) => (/^[a-z_$][\w$]*$/i.test(id) ? id : `'${id}'`);
const LANGUAGE = 'id';

/** The rules as facts (scripts/registry-read.ts), loaded as TypeScript through Vite's module runner. */
export async function readFacts(root, items) {
  const server = await createServer({ root, configFile: false, logLevel: 'error', appType: 'custom', server: { middlewareMode: true, hmr: false, ws: false } });
  try {
    const module = await server.ssrLoadModule(join(root, 'scripts/registry-read.ts'));
    const files = (dir, list) => list.map(([id, name]) => [join(root, dir, `${id}.ts`), name]);
    const load = (path) => server.ssrLoadModule(path);
    return await module.readRules(load, join(root, 'rules/hosts/portals.ts'), join(root, 'rules/ids.ts'), files('rules/pages', items.pages), files('rules/statuses', items.statuses), files('rules/fields', items.fields));
  } finally {
    await server.close();
  }
}

function kitSource(name, host, facts, fieldOrder) {
  const at = (id) => facts.guideSteps.indexOf(id);
  const pages = facts.pages.filter((p) => p.hosts.includes(host)).sort((a, b) => at(a.guideSteps[0]) - at(b.guideSteps[0]) || (a.id < b.id ? -1 : 1));
  const statusPage = pages.some((p) => p.status);
  const fields = fieldOrder.filter((f) => pages.some((p) => p.fields.includes(f)));
  const steps = new Set([...pages.flatMap((p) => p.guideSteps), ...(statusPage ? facts.statusSteps : [])]);
  const guide = facts.guideSteps.filter((s) => steps.has(s));
  // The panel's own words: every panel's, the checks' where a page checks a field, the certificate's where one reads a status.
  const uiParts = ['uiCore', ...(fields.length ? ['uiChecks'] : []), ...(statusPage ? ['uiCertificate'] : [])];
  const entries = (ids, value) => ids.map((id) => `      ${key(id)}: ${value(id)},`).join('\n');
  return `${HEADER}/**
 * What the content script of ${host} carries: the page rules that name this host, the field checks
 * their screens name${statusPage ? ', the certificate statuses one of them reads' : ''} and their Indonesian words (the overlay loads
 * another language's from the background when the user switches).
 */
${[
  `import { contacts } from '../locales/${LANGUAGE}/contacts';`,
  `import * as fieldWords from '../locales/${LANGUAGE}/fields';`,
  `import * as guideWords from '../locales/${LANGUAGE}/guide';`,
  `import * as pageWords from '../locales/${LANGUAGE}/pages';`,
  ...(statusPage ? [`import { statuses } from '../locales/${LANGUAGE}/statuses';`] : []),
  `import { ${uiParts.join(', ')} } from '../locales/${LANGUAGE}/ui';`,
  ...fields.map((f) => `import { ${camelId(f)} } from '../fields/${f}';`),
  ...pages.map((p) => `import { ${camelId(p.id)} } from '../pages/${p.id}';`),
].join('\n')}
import type { HostKit } from './kit';

export const ${name} = {
  name: '${name}',
  pages: [${pages.map((p) => camelId(p.id)).join(', ')}],
  fields: {${fields.length ? `\n${fields.map((f) => `    ${key(f) === camelId(f) ? key(f) : `${key(f)}: ${camelId(f)}`},`).join('\n')}\n  ` : ''}},
  statusPage: ${statusPage},
  words: {
    ui: { ${['uiCore', ...(fields.length ? ['uiChecks'] : []), ...(statusPage ? ['uiCertificate'] : [])].map((p) => `...${p}`).join(', ')} },
    contacts,
    fieldNames: fieldWords.fieldNames,
    statuses${statusPage ? '' : ': {}'},
    pages: {
${entries(pages.map((p) => p.id), (id) => `pageWords.${camelId(id)}`)}
    },
    fields: {${fields.length ? `\n${entries(fields, (id) => `fieldWords.${camelId(id)}`)}\n    ` : ''}},
    guide: {
${entries(guide, (id) => `guideWords.${camelId(id)}`)}
    },
  },
} as const satisfies HostKit;
`;
}

/** rules/hosts/<name>.ts for every portal host, from the listed page, status and field files. */
export function hostKitFiles(facts, items) {
  const fieldOrder = items.fields.map(([id]) => id);
  return Object.fromEntries(Object.entries(facts.portals).map(([name, { host }]) => [`rules/hosts/${name}.ts`, kitSource(name, host, facts, fieldOrder)]));
}
