/** The built manifests grant exactly what is intended: storage, the four portal hosts, nothing else. */
import { readFileSync } from 'node:fs';
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
  it('exposes no resources to pages and loads no remote code', () => {
    expect(m.web_accessible_resources ?? []).toEqual([]);
    expect(JSON.stringify(m.content_security_policy ?? '')).not.toMatch(/https?:|unsafe-eval/);
    expect(m.externally_connectable).toBeUndefined();
  });
  it('is localized with Indonesian as the default', () => {
    expect(m.name).toBe('__MSG_extName__');
    expect(m.default_locale).toBe('id');
    expect(Object.keys(m.icons)).toEqual(expect.arrayContaining(['16', '32', '48', '96', '128']));
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
