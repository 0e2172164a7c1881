/**
 * The portal hosts Pemandu TTE runs on (nothing runs elsewhere). Each has its own content script,
 * `entrypoints/<name>.content.ts`, whose manifest entry matches that host only and which carries only
 * that host's page rules, field checks and words (issue 11: what a portal page loads). How: in that
 * script's build, wxt.config.ts puts the host's own registry modules (`rules/hosts/<name>/`) in the
 * place of the whole registries (hostRegistries below); everything else (the extension pages, the
 * background, the unit tests) uses the whole ones. tests/unit/hosts.test.ts checks every host's
 * registry against the whole one, so a page added to rules/index.ts and not to its host fails there.
 */
export const PORTALS = {
  myasn: { host: 'myasn.bkn.go.id', statusPage: true },
  asndigital: { host: 'asndigital.bkn.go.id', statusPage: false },
  sso: { host: 'sso-siasn.bkn.go.id', statusPage: false },
  bsre: { host: 'bsre.bssn.go.id', statusPage: false },
} as const;

export type PortalName = keyof typeof PORTALS;
export const PORTAL_NAMES = Object.keys(PORTALS) as PortalName[];

/** The manifest match patterns of one host's content script. */
export function matchesOf(name: PortalName): string[] {
  return [`https://${PORTALS[name].host}/*`];
}

/** Every portal host's pattern (web-accessible resources, tests). */
export const PORTAL_MATCHES = PORTAL_NAMES.flatMap(matchesOf);

/**
 * For `name`'s content script: each whole registry (path from the project root) → the module that
 * takes its place, with the same exports. A host with no status page also gets no status
 * explanations and no status reader. (Imports inside the modules that take a place are not swapped.)
 */
export function hostRegistries(name: PortalName): Record<string, string> {
  const own = (file: string) => `rules/hosts/${name}/${file}`;
  return {
    'rules/index.ts': own('pages.ts'),
    'rules/fields/registry.ts': own('fields.ts'),
    'rules/locales/id/overlay.ts': own('words.ts'),
    ...(PORTALS[name].statusPage
      ? {}
      : { 'rules/statusExplanations.ts': 'rules/hosts/noStatuses.ts', 'rules/engine/readStatus.ts': 'rules/hosts/noStatusReader.ts' }),
  };
}
