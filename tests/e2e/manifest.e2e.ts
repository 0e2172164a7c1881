/** The built manifests grant exactly what is intended: storage, the four portal hosts, nothing else. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../rules/locales/languages';
import { URLS } from '../fixtures/cases';
import { BROWSERS, withBrowser } from './harness';

const read = (target: string) => JSON.parse(readFileSync(join(__dirname, '../../.output', target, 'manifest.json'), 'utf8'));
const PORTALS = ['https://asndigital.bkn.go.id/*', 'https://bsre.bssn.go.id/*', 'https://myasn.bkn.go.id/*', 'https://sso-siasn.bkn.go.id/*'];
/** The content script (and language file folder) of each host: entrypoints/<name>.content.ts. */
const HOST_NAMES: Record<string, string> = {
  'https://myasn.bkn.go.id/*': 'myasn',
  'https://asndigital.bkn.go.id/*': 'asndigital',
  'https://sso-siasn.bkn.go.id/*': 'sso',
  'https://bsre.bssn.go.id/*': 'bsre',
};

describe.each(['chrome-mv3', 'firefox-mv2'])('%s manifest', (target) => {
  const m = read(target);
  it('asks only for storage and runs only on the portal hosts', () => {
    expect(m.permissions).toEqual(['storage']);
    expect(m.host_permissions ?? []).toEqual([]);
    expect(m.optional_permissions ?? []).toEqual([]);
    // One content script per portal host, each matching its host alone (issue 11): every host exactly once.
    expect(m.content_scripts.flatMap((c: { matches: string[] }) => c.matches).sort()).toEqual(PORTALS);
    expect(m.content_scripts.map((c: { matches: string[] }) => c.matches.length)).toEqual([1, 1, 1, 1]);
    expect(JSON.stringify(m)).not.toMatch(/<all_urls>|\*:\/\/\*\/\*|https?:\/\/\*\//);
  });
  it('exposes to each portal host only its own words in the other languages, and loads no remote code', () => {
    // Each host's content script carries Indonesian only and reads another language from its host's file (issue 11).
    const names = ['asndigital', 'bsre', 'myasn', 'sso'];
    if (target === 'chrome-mv3') {
      const entries = [...m.web_accessible_resources].sort((a, b) => a.matches[0].localeCompare(b.matches[0]));
      expect(entries).toEqual(PORTALS.map((host) => ({ resources: [`copy/${HOST_NAMES[host]}/en.json`], matches: [host], use_dynamic_url: true })));
    } else expect([...m.web_accessible_resources].sort()).toEqual(names.map((n) => `copy/${n}/en.json`));
    for (const name of names) {
      const words = JSON.parse(readFileSync(join(__dirname, '../../.output', target, `copy/${name}/en.json`), 'utf8'));
      expect(Object.keys(words).sort()).toEqual(['contacts', 'fieldNames', 'fields', 'guide', 'pages', 'statuses', 'ui']);
      // Only the host's own pages.
      expect(Object.keys(words.pages).every((id) => id.startsWith(`${name}-`))).toBe(true);
    }
    expect(JSON.stringify(m.content_security_policy ?? '')).not.toMatch(/https?:|unsafe-eval/);
    expect(m.externally_connectable).toBeUndefined();
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
  if (target.startsWith('firefox')) {
    it('declares the gecko id, no data collection, and a min version that supports it', () => {
      const g = m.browser_specific_settings.gecko;
      expect(g.id).toBe('pemandu-tte@pemandu-tte.id');
      expect(g.data_collection_permissions).toEqual({ required: ['none'] });
      expect(Number.parseFloat(g.strict_min_version)).toBeGreaterThanOrEqual(140);
    });
  }
});

/**
 * The content script runs on the browser's own API, without webextension-polyfill (issue 11: the
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
