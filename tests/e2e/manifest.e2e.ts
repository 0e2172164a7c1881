/** The built manifests grant exactly what is intended: storage, the four portal hosts, nothing else. */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../rules/locales/languages';
import { URLS } from '../fixtures/cases';
import { BROWSERS, withBrowser } from './harness';
import { SHIP_DIR } from './harness/common';

/** The shipping build, beside the e2e build in .output/ (tests/e2e/global-setup.ts). */
const SHIP = SHIP_DIR.replace(/^\.output\//, '');

const read = (target: string) => JSON.parse(readFileSync(join(__dirname, '../../.output', target, 'manifest.json'), 'utf8'));
/** What extension pages may load (wxt.config.ts): nothing from the network. */
const PAGE_CSP = "script-src 'self'; object-src 'none'; base-uri 'none'; connect-src 'none'; form-action 'none'; frame-src 'self'";
const PORTALS = ['https://asndigital.bkn.go.id/*', 'https://bsre.bssn.go.id/*', 'https://myasn.bkn.go.id/*', 'https://sso-siasn.bkn.go.id/*'];
/** The content script (and language file folder) of each host: entrypoints/<name>.content.ts. */
const HOST_NAMES: Record<string, string> = {
  'https://myasn.bkn.go.id/*': 'myasn',
  'https://asndigital.bkn.go.id/*': 'asndigital',
  'https://sso-siasn.bkn.go.id/*': 'sso',
  'https://bsre.bssn.go.id/*': 'bsre',
};

describe.each(['chrome-mv3', 'firefox-mv2', `${SHIP}/chrome-mv3`, `${SHIP}/firefox-mv2`])('%s manifest', (target) => {
  const m = read(target);
  it('asks only for storage and runs only on the portal hosts', () => {
    expect(m.permissions).toEqual(['storage']);
    expect(m.host_permissions ?? []).toEqual([]);
    expect(m.optional_permissions ?? []).toEqual([]);
    // One content script per portal host, each matching its host alone: every host exactly once.
    expect(m.content_scripts.flatMap((c: { matches: string[] }) => c.matches).sort()).toEqual(PORTALS);
    expect(m.content_scripts.map((c: { matches: string[] }) => c.matches.length)).toEqual([1, 1, 1, 1]);
    expect(JSON.stringify(m)).not.toMatch(/<all_urls>|\*:\/\/\*\/\*|https?:\/\/\*\//);
  });
  it('makes nothing web-accessible, lets its pages load nothing from the network, and answers no other extension or site', () => {
    // Another language's words come from the background by message (platform/wordsMessage.ts), not from a file a page could fetch.
    expect(m.web_accessible_resources).toBeUndefined();
    const dir = join(__dirname, '../../.output', target);
    expect(readdirSync(dir)).not.toContain('copy');
    expect(m.content_security_policy).toEqual(target.includes('chrome') ? { extension_pages: PAGE_CSP } : PAGE_CSP);
    expect(m.externally_connectable).toBeUndefined();
  });
  it('ships nothing that is only a test', () => {
    const dir = join(__dirname, '../../.output', target);
    const files = readdirSync(dir, { recursive: true, encoding: 'utf8' });
    expect(files.filter((f) => /example\.html|test-assets|fixtures|keycloak/.test(f))).toEqual([]);
    // The replicas the helpdesk shows link nowhere outside themselves.
    for (const f of files.filter((x) => x.startsWith('replicas') && x.endsWith('.html')))
      expect(readFileSync(join(dir, f), 'utf8'), f).not.toMatch(/href="https?:/);
  });
  it('gives each portal host only its own content script, which carries no webextension-polyfill (the background and extension pages do)', () => {
    const text = (file: string) => readFileSync(join(__dirname, '../../.output', target, file), 'utf8');
    const polyfill = 'This script should only be loaded in a browser extension';
    for (const c of m.content_scripts as { matches: string[]; js: string[]; run_at: string }[]) {
      expect(c.js).toEqual([`content-scripts/${HOST_NAMES[c.matches[0]!]}.js`]);
      expect(c.run_at).toBe('document_idle');
      expect(text(c.js[0]!)).not.toContain(polyfill);
      // Latin-1 only (wxt.config.ts, latin1Source): V8 then keeps its source as a one-byte string, half the memory per tab.
      expect(text(c.js[0]!)).not.toMatch(/[^\x00-\xff]/);
    }
    expect(text('background.js')).toContain(polyfill);
  });
  it('has no file names Chrome reserves (leading "_", other than _locales), so "Load unpacked" and the store accept it', () => {
    const dir = join(__dirname, '../../.output', target);
    const reserved = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.split(/[\\/]/).some((part) => part.startsWith('_') && part !== '_locales'));
    expect(reserved).toEqual([]);
  });
  it('is localized with Indonesian as the default', () => {
    expect(m.name).toBe('__MSG_extName__');
    expect(m.default_locale).toBe('id');
    expect(Object.keys(m.icons)).toEqual(expect.arrayContaining(['16', '32', '48', '96', '128']));
  });
  it('has a name and description in every locale short enough for both stores (Chrome: 75 / 132 characters)', () => {
    const dir = join(__dirname, '../../.output', target, '_locales');
    // Written by the build from rules/locales/<lang>/store.ts, one per language folder.
    expect(readdirSync(dir).sort()).toEqual([...LOCALES].sort());
    for (const locale of readdirSync(dir)) {
      const msgs = JSON.parse(readFileSync(join(dir, locale, 'messages.json'), 'utf8'));
      expect(msgs.extName.message.length, locale).toBeLessThanOrEqual(75);
      expect(msgs.extDescription.message.length, locale).toBeLessThanOrEqual(132);
    }
  });
  if (target.endsWith('firefox-mv2')) {
    it('passes web-ext lint with no error (the warnings are Preact\'s innerHTML support, never called)', () => {
      const out = execFileSync('npx', ['web-ext', 'lint', '--source-dir', join(__dirname, '../../.output', target), '--output', 'json'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
      const report = JSON.parse(out) as { summary: { errors: number }; warnings: { code: string }[] };
      expect(report.summary.errors).toBe(0);
      expect([...new Set(report.warnings.map((w) => w.code))]).toEqual(['UNSAFE_VAR_ASSIGNMENT']);
    });
    it('declares the gecko id, no data collection, and a min version that supports it', () => {
      const g = m.browser_specific_settings.gecko;
      expect(g.id).toBe('pemandu-tte@pemandu-tte.id');
      expect(g.data_collection_permissions).toEqual({ required: ['none'] });
      expect(Number.parseFloat(g.strict_min_version)).toBeGreaterThanOrEqual(140);
    });
  }
});

/**
 * The content script runs on the browser's own API, without webextension-polyfill (the
 * extension pages and the background keep it): its answers to the extension and the help code the
 * background writes for it work in both browsers.
 */
describe.each(BROWSERS)('%s: the content script and the rest of the extension', (name) => {
  const browser = withBrowser(name);

  it('answers the popup\'s question (tabs.sendMessage) with where the user is', async () => {
    const page = await browser.newPage();
    await page.goto(URLS.SERTIFIKAT);
    await page.waitForHost({ status: 'NOT_REGISTERED' });
    const popup = await browser.extensionPage('/popup.html', '[data-testid="popup-not-portal"]');
    const answers = await popup.evaluate(async () => {
      type Tabs = { query(q: object): Promise<{ id?: number }[]>; sendMessage(id: number, msg: object): Promise<unknown> };
      const g = globalThis as unknown as { browser?: { tabs: Tabs }; chrome?: { tabs: Tabs } };
      const api = (g.browser ?? g.chrome)!;
      const tabs = await api.tabs.query({});
      const all = await Promise.all(tabs.map((t) => api.tabs.sendMessage(t.id!, { type: 'pemandu:summary' }).catch(() => null)));
      return all.filter(Boolean);
    }, null);
    expect(answers).toEqual([expect.objectContaining({ page: 'myasn-sertifikat', status: 'NOT_REGISTERED', guideStep: 4 })]);
    await popup.close();
    await page.close();
  });

  it('copies the help code the background wrote: the click\'s user activation outlasts the round trip', async () => {
    const page = await browser.newPage();
    await page.goto(URLS.AKTIVASI);
    await page.waitForHost({ page: 'bsre-aktivasi', step: 'data-diri' });
    await page.fill('#nik', '337101410190000');
    await page.waitForShadow('[data-field="nik"][data-verdict="error"]');
    await page.shadowClick('[data-action="copy-code"]');
    await page.waitForShadow('[data-help-code]');
    const code = (await page.shadowText('[data-help-code]'))!.trim();
    expect(code).toMatch(new RegExp(`^TTE2-\\d+\\.\\d+\\.\\d+-${name === 'firefox' ? 'F' : 'C'}-BA-DD-0-NK:E:LENGTH:COUNT=15-`));
    // "Kode bantuan disalin" only when navigator.clipboard.writeText resolved.
    expect(await page.shadowText('.pt-footer p')).toContain('Kode bantuan disalin.');
    await page.close();
  });
});
