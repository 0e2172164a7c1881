/** The policy examples an agency's IT copies must be valid for their browsers and match the extension. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { agencies } from '../../rules/agencies';

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

  it('Firefox: policies.json force-installs the add-on by its gecko id and sets its managed storage', () => {
    const { policies } = read('docs/deploy/firefox-policies.json');
    const setting = policies.ExtensionSettings[geckoId];
    expect(setting.installation_mode).toBe('force_installed');
    expect(setting.install_url).toMatch(/^https:\/\/.+\.xpi$/);
    expect(agencyIds).toContain(policies['3rdparty'].Extensions[geckoId].agencyId);
  });
});
