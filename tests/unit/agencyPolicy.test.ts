/** An agency profile set by policy: validated, turned into a profile, or refused with the path and reason. */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { agencyById } from '../../rules/agencies';
import { parseAgencyPolicy } from '../../rules/agencyPolicy';
import { validateEmailDinas } from '../../rules/fields';
import { AgencyProfile } from '../../rules/schema';
import { decodeHelpCode } from '../../rules/helpCode/decode';
import { encodeHelpCode } from '../../rules/helpCode/encode';
import type { HelpCode } from '../../rules/helpCode/schema';
import { resolveAgency } from '../../platform/agencyInForce';

const example = JSON.parse(readFileSync(join(__dirname, '../../docs/deploy/agency-profile.json'), 'utf8'));
const problemsOf = (raw: unknown) => {
  const r = parseAgencyPolicy(raw);
  return r.ok ? [] : r.problems;
};

describe('the documented example (docs/deploy/agency-profile.json)', () => {
  const r = parseAgencyPolicy(example);
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  const p = r.profile;

  it('is a valid agency profile with its own id, name and domains', () => {
    expect(AgencyProfile.safeParse(p).success).toBe(true);
    expect(p.id).toBe('contohkab');
    expect(p.name).toEqual({ id: 'Pemerintah Kabupaten Contoh', en: 'Contoh Regency Government' });
    expect(p.emailDomains).toEqual({ pns: 'pns.contohkab.go.id', pppk: 'pppk.contohkab.go.id' });
    expect(p.emailDomainMatch).toBeUndefined();
  });

  it("its desks are the agency's statement (source policy); the national desks stay the guide's", () => {
    expect(p.contacts.persandian).toMatchObject({ name: { id: 'Bidang Persandian, Diskominfo Kabupaten Contoh' }, whatsapp: '6281200000000', telegram: '@persandiancontoh', source: 'policy' });
    // No `about` in the policy: what the desk helps with comes from the extended profile.
    expect(p.contacts.persandian.about).toEqual(agencyById('umum').contacts.persandian.about);
    expect(p.contacts['helpdesk-bkn']).toEqual(agencyById('umum').contacts['helpdesk-bkn']);
    expect(p.contacts.bsre.source).toBe('guide:E.6');
    expect(Object.keys(p.contacts)).toEqual(Object.keys(agencyById('umum').contacts));
  });

  it('the email dinas check follows its domains', () => {
    expect(validateEmailDinas('nama@pns.contohkab.go.id', p, { employeeType: 'pns' }).verdict).toBe('ok');
    expect(validateEmailDinas('nama@pppk.contohkab.go.id', p, { employeeType: 'pns' }).verdict).toBe('warn');
    // Another agency's domain is never ok; how strongly it is flagged is the field check's business.
    expect(validateEmailDinas('nama@pns.magelangkota.go.id', p).verdict).not.toBe('ok');
    expect(validateEmailDinas('nama@gmail.com', p).verdict).toBe('error');
  });
});

describe('what a policy leaves out comes from the profile it extends', () => {
  it('a name only: the generic rules (any .go.id) and desks', () => {
    const r = parseAgencyPolicy({ id: 'kabx', name: 'Kabupaten X' });
    expect(r.ok && r.profile.emailDomainMatch).toBe('suffix');
    expect(r.ok && r.profile.contacts.persandian).toEqual(agencyById('umum').contacts.persandian);
  });
  it('one domain for all employees; names filled in; extends magelang keeps its webmail', () => {
    const r = parseAgencyPolicy({ id: 'kaby', name: 'Kabupaten Y', extends: 'magelang', emailDomains: { all: ' Kaby.go.id ' }, names: { tteDesk: 'Persandian Y' } });
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    expect(r.profile.emailDomains).toEqual({ pns: 'kaby.go.id', pppk: 'kaby.go.id' });
    expect(r.profile.names.tteDesk).toEqual({ id: 'Persandian Y', en: 'Persandian Y', source: 'policy' });
    expect(r.profile.names.personnelOffice).toEqual(agencyById('magelang').names.personnelOffice);
    expect(r.profile.webmail).toBe(agencyById('magelang').webmail);
  });
});

describe('a broken policy is refused with the path and the reason', () => {
  it.each([
    [{ ...example, id: 'Kab Contoh' }, 'agencyProfile.id', 'idFormat'],
    [{ ...example, id: 'umum' }, 'agencyProfile.id', 'idBuiltIn'],
    [{ ...example, name: '' }, 'agencyProfile.name', 'empty'],
    [{ ...example, extends: 'jakarta' }, 'agencyProfile.extends', 'extends'],
    [{ ...example, emailDomains: { pns: 'pns.contoh.go.id' } }, 'agencyProfile.emailDomains', 'domainsPair'],
    [{ ...example, emailDomains: { all: 'a.go.id', pns: 'b.go.id', pppk: 'c.go.id' } }, 'agencyProfile.emailDomains', 'domainsBoth'],
    [{ ...example, emailDomains: { all: 'nama@contoh.go.id' } }, 'agencyProfile.emailDomains.all', 'domain'],
    [{ ...example, webmail: 'http://mail.contoh.go.id' }, 'agencyProfile.webmail', 'https'],
    [{ ...example, helpDesks: [{ topic: 'persandian', unit: 'X', whatsapp: '081234567890' }] }, 'agencyProfile.helpDesks.0.whatsapp', 'whatsapp'],
    [{ ...example, helpDesks: [{ topic: 'persandian', unit: 'X', telegram: 'persandian' }] }, 'agencyProfile.helpDesks.0.telegram', 'telegram'],
    [{ ...example, helpDesks: [{ topic: 'bsre', unit: 'X' }] }, 'agencyProfile.helpDesks.0.topic', 'topic'],
    [{ ...example, helpDesks: [{ topic: 'persandian', unit: 'X' }, { topic: 'persandian', unit: 'Y' }] }, 'agencyProfile.helpDesks', 'deskTwice'],
    [{ ...example, helpDesks: [{ topic: 'persandian' }] }, 'agencyProfile.helpDesks.0.unit', 'type'],
  ])('%#: %s → %s', (raw, path, reason) => {
    const problems = problemsOf(raw);
    expect(problems.map((p) => p.path)).toContain(path);
    expect(problems.find((p) => p.path === path)!.reason).toBe(reason);
  });

  it('a domain longer than DNS allows: 253 characters, 63 per label', () => {
    const label = 'a'.repeat(64);
    expect(problemsOf({ ...example, emailDomains: { all: `${label}.go.id` } })).toEqual([{ path: 'agencyProfile.emailDomains.all', reason: 'label', params: { max: 63 } }]);
    const long = Array.from({ length: 5 }, () => 'b'.repeat(60)).join('.') + '.go.id';
    expect(long.length).toBeGreaterThan(253);
    expect(problemsOf({ ...example, emailDomains: { all: long } })[0]).toMatchObject({ path: 'agencyProfile.emailDomains.all', reason: 'tooLong', params: { max: 253 } });
    expect(problemsOf({ ...example, emailDomains: { all: `${'a'.repeat(63)}.go.id` } })).toEqual([]);
  });

  it.each([
    ['a line break', 'Persandian\nKota X'],
    ['a tab', 'Persandian\tKota X'],
    ['a right-to-left override', 'Persandian \u202eX atoK'],
    ['a left-to-right isolate', 'Persandian \u2066X\u2069'],
    ['an invisible mark', 'Persandian\u200f X'],
  ])('a text with %s is refused with a clear reason, and the generic profile stays in force', (_what, unit) => {
    const raw = { ...example, helpDesks: [{ topic: 'persandian', unit }] };
    expect(problemsOf(raw)).toEqual([{ path: 'agencyProfile.helpDesks.0.unit', reason: 'control' }]);
    const r = resolveAgency({ agencyProfile: raw }, 'magelang');
    expect(r.agency.id).toBe('umum');
    expect(r.problems[0]!.reason).toBe('control');
  });

  it('a text too long names the limit', () => {
    expect(problemsOf({ ...example, name: 'x'.repeat(121) })).toEqual([{ path: 'agencyProfile.name', reason: 'tooLong', params: { max: 120 } }]);
  });

  it('not an object at all', () => {
    expect(problemsOf('magelang')).toEqual([{ path: 'agencyProfile', reason: 'type', params: { expected: 'object' } }]);
  });
});

describe('which profile is in force (resolveAgency)', () => {
  it('a valid policy profile wins over agencyId and the local choice', () => {
    const r = resolveAgency({ agencyId: 'magelang', agencyProfile: example }, 'magelang');
    expect(r).toMatchObject({ source: 'managed', custom: true, problems: [] });
    expect(r.agency.id).toBe('contohkab');
  });
  it('an invalid policy profile: the generic profile, locked, with the problems', () => {
    const r = resolveAgency({ agencyProfile: { ...example, id: 'X' } }, 'magelang');
    expect(r.agency.id).toBe('umum');
    expect(r.source).toBe('managed');
    expect(r.problems[0]!.path).toBe('agencyProfile.id');
  });
  it('a built-in id by policy, the local choice, the default; an unknown policy id is named', () => {
    expect(resolveAgency({ agencyId: 'umum' }, 'magelang')).toMatchObject({ source: 'managed', custom: false, problems: [] });
    expect(resolveAgency({}, 'umum')).toMatchObject({ source: 'local', problems: [] });
    expect(resolveAgency({}, undefined)).toMatchObject({ source: 'default', problems: [] });
    const unknown = resolveAgency({ agencyId: 'jakarta' }, 'umum');
    expect(unknown).toMatchObject({ source: 'local', problems: [{ path: 'agencyId' }] });
  });
});

describe('zod stays out of the portal pages for the policy', () => {
  /** Files the content script loads at run time (relative value imports, `import type` skipped). */
  function runtimeImports(entry: string): Set<string> {
    const root = join(__dirname, '../..');
    const seen = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      const src = readFileSync(join(root, file), 'utf8');
      for (const m of src.matchAll(/^\s*(import|export)\s+(?!type\b)[^'";]*?from\s+'(\.[^']+)'/gm)) {
        const base = join(dirname(file), m[2]!);
        const found = [`${base}.ts`, `${base}.tsx`, `${base}/index.ts`].find((c) => existsSync(join(root, c)));
        if (found) visit(found);
      }
    };
    visit(entry);
    return seen;
  }

  it('the content script asks the background; it never loads the policy check itself', () => {
    const files = runtimeImports('platform/content/start.ts');
    expect(files.has('platform/settings.ts')).toBe(true);
    expect([...files].filter((f) => f.startsWith('rules/agencyPolicy') || f === 'platform/agencyInForce.ts')).toEqual([]);
    // The background is where the policy is read and checked.
    expect(runtimeImports('entrypoints/background.ts').has('rules/agencyPolicy/index.ts')).toBe(true);
  });
});

describe("help codes from a PC with the agency's own profile", () => {
  const r = parseAgencyPolicy(example);
  if (!r.ok) throw new Error('example invalid');
  const profile = r.profile;
  const finding = validateEmailDinas('nama@gmail.com', profile);
  const d: HelpCode = {
    extVersion: '0.1.0',
    browser: 'firefox',
    page: 'myasn-kontak-pribadi',
    step: 'form',
    status: null,
    findings: [{ field: finding.field, verdict: finding.verdict, reason: finding.reason, params: finding.params }],
    missing: [],
    agency: profile.id,
    locale: 'id',
    validity: null,
  };
  const code = encodeHelpCode(d, profile);

  it('carry the profile id and nothing else of the profile', () => {
    expect(code).toContain('-CONTOHKAB-');
    for (const secret of ['contohkab.go.id', 'PNS.CONTOHKAB', 'DISKOMINFO', '6281200000000', 'PERSANDIANCONTOH']) expect(code.toUpperCase()).not.toContain(secret.toUpperCase());
  });

  it("are read on a helpdesk PC with the same policy (the domains come back from the profile), and refused elsewhere", () => {
    const here = decodeHelpCode(code, [profile]);
    if (!here.ok) throw new Error(here.error);
    expect(here.value.agency).toBe('contohkab');
    expect(here.value.findings[0]!.params).toEqual(finding.params);
    expect(decodeHelpCode(code).ok).toBe(false);
  });
});
