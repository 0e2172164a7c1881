/**
 * The portal hosts Pemandu TTE runs on (nothing runs elsewhere). Each has its own content script,
 * `entrypoints/<name>.content.ts`, whose manifest entry matches that host only and which carries
 * that host's kit (rules/hosts/<name>.ts, written from the page rules' `hosts`).
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

/** Every portal host's pattern. */
export const PORTAL_MATCHES = PORTAL_NAMES.flatMap(matchesOf);
