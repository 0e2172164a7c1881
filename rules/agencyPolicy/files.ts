/**
 * The policy files an agency's IT pushes to its PCs, built from an agency profile (the
 * `agencyProfile` managed-storage value, rules/agencyPolicy/) on the Profil instansi page.
 * Pure text: nothing is sent anywhere; the page offers them to copy or download.
 *
 * Where each browser reads extension policy (managed storage):
 * - Chrome / Edge JSON (Linux): `3rdparty.extensions.<id>` beside `ExtensionInstallForcelist`.
 * - Windows registry: `…\Policies\Google\Chrome\3rdparty\extensions\<id>\policy` (Edge:
 *   `…\Policies\Microsoft\Edge\3rdparty\extensions\<id>\policy`); an object-valued policy is one
 *   string value holding JSON (Chromium's "complex policies on Windows").
 * - macOS: a configuration profile whose payload type is the extension's own preference domain,
 *   `com.google.Chrome.extensions.<id>` / `com.microsoft.Edge.extensions.<id>` (no `3rdparty`).
 * - Firefox: `policies.json` with `3rdparty.Extensions.<gecko id>`.
 */
export interface DeployTargets {
  /** Chrome Web Store id (32 letters a–p) of the published extension, or of a self-hosted .crx. */
  chromeId: string;
  chromeUpdateUrl: string;
  /** Edge Add-ons id; Edge can also install the Chrome Web Store build (then the same id as Chrome). */
  edgeId: string;
  edgeUpdateUrl: string;
  geckoId: string;
  /** https:// address of the signed .xpi (AMO or the agency's own server). */
  xpiUrl: string;
}

/** The add-on id in Firefox (wxt.config.ts GECKO_ID; a unit test keeps them equal). */
export const GECKO_ID = 'pemandu-tte@pemandu-tte.id';
export const CHROME_STORE_UPDATE_URL = 'https://clients2.google.com/service/update2/crx';
export const EDGE_STORE_UPDATE_URL = 'https://edge.microsoft.com/extensionwebstorebase/v1/crx';

type Json = string | number | boolean | null | Json[] | { [k: string]: Json };
/** The managed-storage values: a whole profile (the policy's `agencyProfile`) or a built-in id. */
export type Managed = { agencyProfile: object } | { agencyId: string };

const pretty = (v: unknown) => JSON.stringify(v, null, 2) + '\n';

/** Chrome or Edge policy as JSON (Linux: /etc/opt/chrome/policies/managed/, /etc/opt/edge/policies/managed/). */
export function chromiumPolicyJson(managed: Managed, id: string, updateUrl: string): string {
  return pretty({ ExtensionInstallForcelist: [`${id};${updateUrl}`], '3rdparty': { extensions: { [id]: managed } } });
}

/** JSON with every non-ASCII character escaped, so the .reg file is plain ASCII whatever the editor's encoding. */
const asciiJson = (v: unknown) => JSON.stringify(v).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
const regString = (s: string) => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

/** A .reg file for Windows (double-click or `reg import`), Chrome or Edge. */
export function registryFile(browser: 'chrome' | 'edge', managed: Managed, id: string, updateUrl: string): string {
  const root = browser === 'chrome' ? 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Google\\Chrome' : 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Microsoft\\Edge';
  const values = Object.entries(managed).map(([k, v]) => `${regString(k)}=${regString(typeof v === 'string' ? v : asciiJson(v))}`);
  return [
    'Windows Registry Editor Version 5.00',
    '',
    `[${root}\\ExtensionInstallForcelist]`,
    `"1"=${regString(`${id};${updateUrl}`)}`,
    '',
    `[${root}\\3rdparty\\extensions\\${id}\\policy]`,
    ...values,
    '',
  ].join('\r\n');
}

/**
 * Characters an XML 1.0 document cannot hold at all, escaped or not: controls other than tab and
 * line breaks, lone surrogate halves, U+FFFE and U+FFFF. A profile with one would not install.
 */
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** The macOS profile cannot hold a character of the policy (see NOT_XML): it is refused, never written broken. */
export class NotXmlError extends Error {}

const xml = (s: string) => {
  if (NOT_XML.test(s)) throw new NotXmlError('a character XML cannot hold');
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
};

function plist(v: Json, indent: string): string {
  if (typeof v === 'string') return `${indent}<string>${xml(v)}</string>`;
  if (typeof v === 'number') return `${indent}<integer>${v}</integer>`;
  if (typeof v === 'boolean') return `${indent}<${v}/>`;
  if (v === null) return `${indent}<string></string>`;
  if (Array.isArray(v)) return [`${indent}<array>`, ...v.map((x) => plist(x, indent + '  ')), `${indent}</array>`].join('\n');
  return [`${indent}<dict>`, ...Object.entries(v).flatMap(([k, x]) => [`${indent}  <key>${xml(k)}</key>`, plist(x, indent + '  ')]), `${indent}</dict>`].join('\n');
}

/** A stable UUID-shaped identifier from text (a profile installed again replaces the earlier one). */
export function stableUuid(seed: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  const hex: string[] = [];
  for (let round = 0; round < 4; round++) {
    for (const c of `${round}:${seed}`) {
      h1 = Math.imul(h1 ^ c.charCodeAt(0), 16777619) >>> 0;
      h2 = Math.imul(h2 + c.charCodeAt(0), 2246822519) >>> 0;
    }
    hex.push(((h1 ^ h2) >>> 0).toString(16).padStart(8, '0'));
  }
  const s = hex.join('').toUpperCase();
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-4${s.slice(13, 16)}-8${s.slice(17, 20)}-${s.slice(20, 32)}`;
}

/** macOS configuration profile (.mobileconfig) for Chrome and Edge: force-install and the extension's policy. */
export function macProfile(managed: Managed, t: DeployTargets, label: string): string {
  const org = label.replace(/[^a-z0-9]/gi, '').toLowerCase() || 'agency';
  const payload = (type: string, content: Record<string, Json>, name: string) => ({
    PayloadType: type,
    PayloadVersion: 1,
    PayloadIdentifier: `id.pemandu-tte.${org}.${name}`,
    PayloadUUID: stableUuid(`${org}:${type}`),
    PayloadDisplayName: `Pemandu TTE: ${name}`,
    ...content,
  });
  const profile: Json = {
    PayloadContent: [
      payload('com.google.Chrome', { ExtensionInstallForcelist: [`${t.chromeId};${t.chromeUpdateUrl}`] }, 'chrome-install'),
      payload(`com.google.Chrome.extensions.${t.chromeId}`, managed as unknown as Record<string, Json>, 'chrome-policy'),
      payload('com.microsoft.Edge', { ExtensionInstallForcelist: [`${t.edgeId};${t.edgeUpdateUrl}`] }, 'edge-install'),
      payload(`com.microsoft.Edge.extensions.${t.edgeId}`, managed as unknown as Record<string, Json>, 'edge-policy'),
    ],
    PayloadDisplayName: `Pemandu TTE (${label})`,
    PayloadIdentifier: `id.pemandu-tte.${org}`,
    PayloadScope: 'System',
    PayloadType: 'Configuration',
    PayloadUUID: stableUuid(`${org}:profile`),
    PayloadVersion: 1,
  };
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">',
    '<plist version="1.0">',
    plist(profile, ''),
    '</plist>',
    '',
  ].join('\n');
}

/** Firefox policies.json (distribution/ beside the Firefox binary). */
export function firefoxPolicies(managed: Managed, geckoId: string, xpiUrl: string): string {
  return pretty({
    policies: {
      ExtensionSettings: { [geckoId]: { installation_mode: 'force_installed', install_url: xpiUrl } },
      '3rdparty': { Extensions: { [geckoId]: managed } },
    },
  });
}

export interface PolicyFile {
  id: 'chrome-json' | 'edge-json' | 'chrome-reg' | 'edge-reg' | 'mac' | 'firefox';
  fileName: string;
  mime: string;
  text: string;
  /** Not written: the policy holds a character this kind of file cannot (the macOS profile, XML). */
  refused?: 'xml';
}

/** The macOS profile, or its refusal. */
function macFile(managed: Managed, t: DeployTargets, label: string): Pick<PolicyFile, 'text' | 'refused'> {
  try {
    return { text: macProfile(managed, t, label) };
  } catch (e) {
    if (e instanceof NotXmlError) return { text: '', refused: 'xml' };
    throw e;
  }
}

/** Every file, in the order the page shows them. */
export function policyFiles(managed: Managed, t: DeployTargets, label: string): PolicyFile[] {
  return [
    { id: 'chrome-json', fileName: 'pemandu-tte-chrome.json', mime: 'application/json', text: chromiumPolicyJson(managed, t.chromeId, t.chromeUpdateUrl) },
    { id: 'edge-json', fileName: 'pemandu-tte-edge.json', mime: 'application/json', text: chromiumPolicyJson(managed, t.edgeId, t.edgeUpdateUrl) },
    { id: 'chrome-reg', fileName: 'pemandu-tte-chrome.reg', mime: 'text/plain', text: registryFile('chrome', managed, t.chromeId, t.chromeUpdateUrl) },
    { id: 'edge-reg', fileName: 'pemandu-tte-edge.reg', mime: 'text/plain', text: registryFile('edge', managed, t.edgeId, t.edgeUpdateUrl) },
    { id: 'mac', fileName: 'pemandu-tte.mobileconfig', mime: 'application/x-apple-aspen-config', ...macFile(managed, t, label) },
    { id: 'firefox', fileName: 'policies.json', mime: 'application/json', text: firefoxPolicies(managed, t.geckoId, t.xpiUrl) },
  ];
}
