/** The built manifests grant exactly what is intended: storage, the four portal hosts, nothing else. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const read = (target: string) => JSON.parse(readFileSync(join(__dirname, '../../.output', target, 'manifest.json'), 'utf8'));
const PORTALS = ['https://asndigital.bkn.go.id/*', 'https://bsre.bssn.go.id/*', 'https://myasn.bkn.go.id/*', 'https://sso-siasn.bkn.go.id/*'];

describe.each(['chrome-mv3', 'firefox-mv2'])('%s manifest', (target) => {
  const m = read(target);
  it('asks only for storage and runs only on the portal hosts', () => {
    expect(m.permissions).toEqual(['storage']);
    expect(m.host_permissions ?? []).toEqual([]);
    expect(m.optional_permissions ?? []).toEqual([]);
    expect(m.content_scripts.map((c: { matches: string[] }) => [...c.matches].sort())).toEqual([PORTALS]);
    expect(JSON.stringify(m)).not.toMatch(/<all_urls>|\*:\/\/\*\/\*|https?:\/\/\*\//);
  });
  it('exposes to pages only the other languages\' overlay words, only on the portal hosts, and loads no remote code', () => {
    // The content script carries Indonesian only and reads another language from its own file (issue 11).
    if (target === 'chrome-mv3') {
      expect(m.web_accessible_resources).toEqual([{ resources: ['copy/en.json'], matches: expect.any(Array), use_dynamic_url: true }]);
      expect([...m.web_accessible_resources[0].matches].sort()).toEqual(PORTALS);
    } else expect(m.web_accessible_resources).toEqual(['copy/en.json']);
    const words = JSON.parse(readFileSync(join(__dirname, '../../.output', target, 'copy/en.json'), 'utf8'));
    expect(Object.keys(words).sort()).toEqual(['contacts', 'fieldNames', 'fields', 'guide', 'pages', 'statuses', 'ui']);
    expect(JSON.stringify(m.content_security_policy ?? '')).not.toMatch(/https?:|unsafe-eval/);
    expect(m.externally_connectable).toBeUndefined();
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
