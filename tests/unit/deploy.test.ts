/** The policy examples an agency's IT copies must be valid for their browsers and match the extension. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { agencies } from '../../rules/agencies';
import { AgencyPolicy, DESK_TOPICS, parseAgencyPolicy, PolicyDesk } from '../../rules/agencyPolicy';
import { CHROME_STORE_UPDATE_URL, EDGE_STORE_UPDATE_URL, GECKO_ID, policyFiles } from '../../rules/agencyPolicy/files';

const read = (p: string) => JSON.parse(readFileSync(join(__dirname, '../..', p), 'utf8'));
const geckoId = /GECKO_ID = '([^']+)'/.exec(readFileSync(join(__dirname, '../../wxt.config.ts'), 'utf8'))![1]!;
const agencyIds = agencies.map((a) => a.id);

describe('agency profile ids in the managed storage schema and the deploy docs', () => {
  it('public/managed_schema.json offers exactly the profiles in rules/agencies/, in order', () => {
    const schema = read('public/managed_schema.json');
    expect(schema.properties.agencyId.type).toBe('string');
    expect(schema.properties.agencyId.enum).toEqual(agencyIds);
    for (const id of agencyIds) expect(schema.properties.agencyId.description).toContain(`"${id}"`);
  });

  it('docs/deploy/README.md names every profile id', () => {
    const readme = readFileSync(join(__dirname, '../../docs/deploy/README.md'), 'utf8');
    for (const id of agencyIds) expect(readme).toContain(`\`${id}\``);
  });
});

describe('deploy policy examples', () => {
  it('Chrome: force-install list entries are "<32 a–p id>;<https update URL>" and 3rdparty uses the same id', () => {
    const policy = read('docs/deploy/chrome-policy.json');
    expect(policy.ExtensionInstallForcelist).toHaveLength(1);
    const [id, url] = (policy.ExtensionInstallForcelist[0] as string).split(';');
    expect(id).toMatch(/^[a-p]{32}$/);
    expect(url).toMatch(/^https:\/\//);
    expect(Object.keys(policy['3rdparty'].extensions)).toEqual([id]);
    expect(agencyIds).toContain(policy['3rdparty'].extensions[id!].agencyId);
  });

  it("the Profil instansi page writes Firefox files for the add-on's own gecko id", () => {
    expect(GECKO_ID).toBe(geckoId);
  });

  it('Firefox: policies.json force-installs the add-on by its gecko id and sets its managed storage', () => {
    const { policies } = read('docs/deploy/firefox-policies.json');
    const setting = policies.ExtensionSettings[geckoId];
    expect(setting.installation_mode).toBe('force_installed');
    expect(setting.install_url).toMatch(/^https:\/\/.+\.xpi$/);
    expect(agencyIds).toContain(policies['3rdparty'].Extensions[geckoId].agencyId);
  });
});

describe('a whole agency profile by policy (agencyProfile)', () => {
  const schema = read('public/managed_schema.json').properties.agencyProfile;
  const example = read('docs/deploy/agency-profile.json');

  it('the managed schema describes every key the extension reads, with Chrome-compatible types only', () => {
    expect(Object.keys(schema.properties).sort()).toEqual(Object.keys(AgencyPolicy.def.shape).sort());
    expect(Object.keys(schema.properties.helpDesks.items.properties).sort()).toEqual(Object.keys(PolicyDesk.def.shape).sort());
    expect(schema.properties.extends.enum).toEqual(agencyIds);
    expect(schema.properties.helpDesks.items.properties.topic.enum).toEqual([...DESK_TOPICS]);
    // Chrome's schema dialect: exactly one type per schema, no oneOf / anyOf.
    const walk = (s: Record<string, unknown>): void => {
      expect(typeof s.type).toBe('string');
      expect(s).not.toHaveProperty('oneOf');
      expect(s).not.toHaveProperty('anyOf');
      for (const sub of Object.values((s.properties ?? {}) as Record<string, Record<string, unknown>>)) walk(sub);
      if (s.items) walk(s.items as Record<string, unknown>);
    };
    walk(read('public/managed_schema.json'));
  });

  it('the example in the docs is accepted, and the docs and README show it', () => {
    expect(parseAgencyPolicy(example).ok).toBe(true);
    const readme = readFileSync(join(__dirname, '../../docs/deploy/README.md'), 'utf8');
    expect(readme).toContain('agencyProfile');
    expect(readme).toContain('profil-instansi.html');
    for (const key of Object.keys(AgencyPolicy.def.shape)) expect(readme, key).toContain(`\`${key}\``);
  });

  const targets = { chromeId: 'aaaabbbbccccddddeeeeffffgggghhhh', chromeUpdateUrl: CHROME_STORE_UPDATE_URL, edgeId: 'ppppooooiiiiuuuuyyyyttttrrrreeee', edgeUpdateUrl: EDGE_STORE_UPDATE_URL, geckoId, xpiUrl: 'https://intranet.contoh.go.id/pemandu-tte.xpi' };
  const files = Object.fromEntries(policyFiles({ agencyProfile: example }, targets, 'Kabupaten Contoh').map((f) => [f.id, f]));

  it('Chrome / Edge JSON: force-install and the profile under 3rdparty.extensions.<id>', () => {
    const chrome = JSON.parse(files['chrome-json']!.text);
    expect(chrome.ExtensionInstallForcelist).toEqual([`${targets.chromeId};${CHROME_STORE_UPDATE_URL}`]);
    expect(chrome['3rdparty'].extensions[targets.chromeId].agencyProfile).toEqual(example);
    const edge = JSON.parse(files['edge-json']!.text);
    expect(edge['3rdparty'].extensions[targets.edgeId].agencyProfile).toEqual(example);
  });

  it('Windows .reg: the policy keys of Chrome and Edge, the profile as one ASCII JSON string', () => {
    const reg = files['chrome-reg']!.text;
    expect(reg.startsWith('Windows Registry Editor Version 5.00\r\n')).toBe(true);
    expect(reg).toContain(`[HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Google\\Chrome\\3rdparty\\extensions\\${targets.chromeId}\\policy]`);
    expect(reg).toContain(`[HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Google\\Chrome\\ExtensionInstallForcelist]\r\n"1"="${targets.chromeId};${CHROME_STORE_UPDATE_URL}"`);
    expect(files['edge-reg']!.text).toContain(`[HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Microsoft\\Edge\\3rdparty\\extensions\\${targets.edgeId}\\policy]`);
    expect(/^[\x00-\x7f]*$/.test(reg)).toBe(true);
    // Undo the .reg string escaping and the JSON: the same profile comes back ("–" included).
    const line = reg.split('\r\n').find((l) => l.startsWith('"agencyProfile"='))!;
    const value = line.slice('"agencyProfile"="'.length, -1).replace(/\\(["\\])/g, '$1');
    expect(JSON.parse(value)).toEqual(example);
  });

  it('macOS profile: payloads for the extension preference domains of Chrome and Edge', () => {
    const mac = files.mac!.text;
    expect(mac).toContain(`<string>com.google.Chrome.extensions.${targets.chromeId}</string>`);
    expect(mac).toContain(`<string>com.microsoft.Edge.extensions.${targets.edgeId}</string>`);
    expect(mac).toContain('<key>agencyProfile</key>');
    expect(mac).toContain('<string>pns.contohkab.go.id</string>');
    expect(mac).not.toContain('3rdparty');
    // The same input gives the same UUIDs (installing it again replaces the profile).
    expect(policyFiles({ agencyProfile: example }, targets, 'Kabupaten Contoh').find((f) => f.id === 'mac')!.text).toBe(mac);
  });

  it('Firefox policies.json: force-install by gecko id and 3rdparty.Extensions', () => {
    const { policies } = JSON.parse(files.firefox!.text);
    expect(policies.ExtensionSettings[geckoId]).toEqual({ installation_mode: 'force_installed', install_url: targets.xpiUrl });
    expect(policies['3rdparty'].Extensions[geckoId].agencyProfile).toEqual(example);
  });
});

describe('the macOS profile refuses what XML cannot hold', () => {
  const example = read('docs/deploy/agency-profile.json');
  const targets = { chromeId: 'aaaabbbbccccddddeeeeffffgggghhhh', chromeUpdateUrl: CHROME_STORE_UPDATE_URL, edgeId: 'ppppooooiiiiuuuuyyyyttttrrrreeee', edgeUpdateUrl: EDGE_STORE_UPDATE_URL, geckoId, xpiUrl: 'https://intranet.contoh.go.id/pemandu-tte.xpi' };
  it.each([['a NUL', '\u0000'], ['a form feed', '\u000c'], ['a lone surrogate', '\ud800'], ['U+FFFF', '\uffff']])('%s: not written, refused with its reason; the other files stay', (_what, bad) => {
    const files = policyFiles({ agencyProfile: { ...example, name: `Kabupaten${bad} Contoh` } }, targets, 'Kabupaten Contoh');
    const mac = files.find((f) => f.id === 'mac')!;
    expect(mac).toMatchObject({ text: '', refused: 'xml' });
    expect(files.filter((f) => f.id !== 'mac').every((f) => f.text.length > 0 && !f.refused)).toBe(true);
  });
  it('a character outside the BMP (a pair of surrogates) is fine', () => {
    const mac = policyFiles({ agencyProfile: { ...example, name: 'Kabupaten Contoh \u{1F600}' } }, targets, 'Kabupaten Contoh').find((f) => f.id === 'mac')!;
    expect(mac.refused).toBeUndefined();
    expect(mac.text).toContain('\u{1F600}');
  });
});
