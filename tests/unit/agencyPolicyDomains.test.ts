/** An agency policy that lists several email dinas domains: the check, the help code and the refusals. */
import { describe, expect, it } from 'vitest';
import { parseAgencyPolicy } from '../../rules/agencyPolicy';
import { validateEmailDinas } from '../../rules/fields';
import { decodeHelpCode } from '../../rules/helpCode/decode';
import { encodeHelpCode } from '../../rules/helpCode/encode';
import type { HelpCode } from '../../rules/helpCode/schema';

const base = { id: 'pemkabx', name: 'Pemerintah Kabupaten X' };
const profileOf = (emailDomains: unknown) => {
  const r = parseAgencyPolicy({ ...base, emailDomains });
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.profile;
};
const problemsOf = (emailDomains: unknown) => {
  const r = parseAgencyPolicy({ ...base, emailDomains });
  return r.ok ? [] : r.problems.map((p) => [p.path, p.reason, p.params]);
};

describe('the policy takes a list of domains per key', () => {
  it('accepts a list (trimmed, lower case, duplicates once); the first is the profile domain', () => {
    const p = profileOf({ all: [' Pemkabx.go.id ', 'mail.pemkabx.go.id', 'pemkabx.go.id'] });
    expect(p.emailDomains).toEqual({ pns: 'pemkabx.go.id', pppk: 'pemkabx.go.id' });
    expect(p.moreEmailDomains).toEqual({ pns: ['mail.pemkabx.go.id'], pppk: ['mail.pemkabx.go.id'] });
  });
  it('a single domain (string or list of one) gives the same profile as before, with no further domains', () => {
    expect(profileOf({ all: 'pemkabx.go.id' })).toEqual(profileOf({ all: ['pemkabx.go.id'] }));
    expect(profileOf({ all: ['pemkabx.go.id'] }).moreEmailDomains).toBeUndefined();
  });
  it('refuses a bad item with its own path, an empty list, too many and a wrong type', () => {
    expect(problemsOf({ all: ['pemkabx.go.id', 'nama@pemkabx.go.id'] })).toEqual([['agencyProfile.emailDomains.all.1', 'domain', undefined]]);
    expect(problemsOf({ pns: ['a.go.id'], pppk: ['b.go.id', 'https://c.go.id'] })).toEqual([['agencyProfile.emailDomains.pppk.1', 'domain', undefined]]);
    expect(problemsOf({ all: [] })).toEqual([['agencyProfile.emailDomains.all', 'empty', undefined]]);
    expect(problemsOf({ all: ['a.go.id', 'b.go.id', 'c.go.id', 'd.go.id', 'e.go.id', 'f.go.id'] })).toEqual([['agencyProfile.emailDomains.all', 'domainsMax', { max: 5 }]]);
    expect(problemsOf({ all: 5 })).toEqual([['agencyProfile.emailDomains.all', 'type', { expected: 'string|array' }]]);
  });
});

describe('the email dinas check on a list profile', () => {
  const all = profileOf({ all: ['pemkabx.go.id', 'mail.pemkabx.go.id'] });
  const byType = profileOf({ pns: ['pns.pemkabx.go.id', 'pemkabx.go.id'], pppk: ['pppk.pemkabx.go.id'] });

  it('any listed domain is ok, and the ok names the listed domain it is on', () => {
    expect(validateEmailDinas('budi@pemkabx.go.id', all)).toMatchObject({ verdict: 'ok', reason: 'ok', params: { domain: 'pemkabx.go.id' } });
    expect(validateEmailDinas('budi@Mail.PemkabX.go.id', all, { employeeType: 'pppk' })).toMatchObject({ verdict: 'ok', reason: 'ok', params: { domain: 'mail.pemkabx.go.id' } });
    expect(validateEmailDinas('budi@pemkabx.go.id', byType, { employeeType: 'pns' })).toMatchObject({ verdict: 'ok', reason: 'ok' });
  });
  it("the other type's domain is the otherSubdomain warning, naming this type's list", () => {
    expect(validateEmailDinas('budi@pppk.pemkabx.go.id', byType, { employeeType: 'pns' })).toMatchObject({
      verdict: 'warn',
      reason: 'otherSubdomain',
      params: { expected: 'pns.pemkabx.go.id, pemkabx.go.id', type: 'PNS' },
    });
  });
  it('type unknown: okAnyType names both lists; other domains list them all', () => {
    expect(validateEmailDinas('budi@pppk.pemkabx.go.id', byType)).toMatchObject({
      verdict: 'ok',
      reason: 'okAnyType',
      params: { domains: 'pns.pemkabx.go.id, pemkabx.go.id (PNS), pppk.pemkabx.go.id (PPPK)' },
    });
    expect(validateEmailDinas('budi@gmail.com', all)).toMatchObject({ verdict: 'error', reason: 'public', params: { domains: 'pemkabx.go.id, mail.pemkabx.go.id' } });
    expect(validateEmailDinas('budi@lain.go.id', all, { employeeType: 'pns' })).toMatchObject({ verdict: 'warn', reason: 'domain' });
  });
});

describe('help codes from a list profile', () => {
  const profile = profileOf({ pns: ['pns.pemkabx.go.id', 'pemkabx.go.id'], pppk: ['pppk.pemkabx.go.id', 'asn.pemkabx.go.id'] });
  const findings = [
    validateEmailDinas('budi@pemkabx.go.id', profile, { employeeType: 'pns' }),
    validateEmailDinas('budi@asn.pemkabx.go.id', profile, { employeeType: 'pns' }),
    validateEmailDinas('budi@asn.pemkabx.go.id', profile),
    validateEmailDinas('budi@gmail.com', profile, { employeeType: 'pppk' }),
  ];
  const d: HelpCode = {
    extVersion: '0.1.0',
    browser: 'chrome',
    page: 'myasn-kontak-pribadi',
    step: 'form',
    status: null,
    findings: findings.map((f) => ({ field: f.field, verdict: f.verdict, reason: f.reason, params: f.params })),
    missing: [],
    agency: profile.id,
    locale: 'id',
    validity: null,
  };
  const code = encodeHelpCode(d, profile);

  it('carry no domain, only tokens', () => {
    expect(code).toContain('-PEMKABX-');
    expect(code.toUpperCase()).not.toContain('PEMKABX.GO.ID');
    expect(code.toUpperCase()).not.toContain('BUDI');
  });
  it('round-trip on a helpdesk PC with the same policy, every param back as it was', () => {
    const here = decodeHelpCode(code, [profile]);
    if (!here.ok) throw new Error(here.error);
    expect(here.value.findings.map((f) => f.params)).toEqual(findings.map((f) => f.params));
    expect(findings.map((f) => f.reason)).toEqual(['ok', 'otherSubdomain', 'okAnyType', 'public']);
  });
});
