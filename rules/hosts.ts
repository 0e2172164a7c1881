/**
 * The portal hosts Pemandu TTE runs on (nothing runs elsewhere). Each has its own content script,
 * `entrypoints/<name>.content.ts`, whose manifest entry matches that host only and which carries only
 * that host's page rules, field checks and words (issue 11: what a portal page loads). Nothing about
 * a host's pages is written here: which pages, fields, guide steps and words its script carries is
 * derived from the page rules (their `hosts`) by rules/hosts/registries.ts, whose modules that
 * script's build puts in the place of the whole registries (wxt.config.ts).
 */
export const PORTALS = {
  myasn: { host: 'myasn.bkn.go.id' },
  asndigital: { host: 'asndigital.bkn.go.id' },
  sso: { host: 'sso-siasn.bkn.go.id' },
  bsre: { host: 'bsre.bssn.go.id' },
} as const;

export type PortalName = keyof typeof PORTALS;
export const PORTAL_NAMES = Object.keys(PORTALS) as PortalName[];

/** The manifest match patterns of one host's content script. */
export function matchesOf(name: PortalName): string[] {
  return [`https://${PORTALS[name].host}/*`];
}

/** Every portal host's pattern (web-accessible resources, tests). */
export const PORTAL_MATCHES = PORTAL_NAMES.flatMap(matchesOf);
