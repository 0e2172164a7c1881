import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { magelang } from '../../../rules/agencies/magelang';
import { umum } from '../../../rules/agencies/umum';
import { emailDomain, isPublicEmailDomain, PUBLIC_EMAIL_DOMAINS } from '../../../rules/fields/email';
import { validateEmailDinas } from '../../../rules/fields/email-dinas';
import { validateEmailPribadi } from '../../../rules/fields/email-pribadi';
import { AGENCY, anyInput, expectNoEcho, expectWellFormed } from './support';

const BOTH = 'pns.magelangkota.go.id (PNS), asn.magelangkota.go.id (PPPK)';

describe('validateEmailDinas: table', () => {
  it.each([
    ['', undefined, 'error', 'empty', undefined],
    // PNS or PPPK unknown: either subdomain is fine, and the message names both, not one "right" one.
    ['budi.santoso@pns.magelangkota.go.id', undefined, 'ok', 'okAnyType', { domains: BOTH }],
    ['siti@asn.magelangkota.go.id', undefined, 'ok', 'okAnyType', { domains: BOTH }],
    ['  Budi.Santoso@PNS.MagelangKota.go.id ', 'pns', 'ok', 'ok', { domain: 'pns.magelangkota.go.id' }],
    ['siti@asn.magelangkota.go.id', 'pppk', 'ok', 'ok', { domain: 'asn.magelangkota.go.id' }],
    ['siti@asn.magelangkota.go.id', 'pns', 'warn', 'otherSubdomain', { expected: 'pns.magelangkota.go.id', type: 'PNS' }],
    ['budi@pns.magelangkota.go.id', 'pppk', 'warn', 'otherSubdomain', { expected: 'asn.magelangkota.go.id', type: 'PPPK' }],
    ['budi.santoso@gmail.com', undefined, 'error', 'public', { domains: BOTH }],
    ['budi.santoso@gmail.com', 'pns', 'error', 'public', { domains: 'pns.magelangkota.go.id' }],
    ['budi@yahoo.co.id', undefined, 'error', 'public', { domains: BOTH }],
    ['budi@YMAIL.com', undefined, 'error', 'public', { domains: BOTH }],
    ['budi@hotmail.co.uk', undefined, 'error', 'public', { domains: BOTH }],
    ['budi@proton.me', undefined, 'error', 'public', { domains: BOTH }],
    // The agency domain itself: the guide says "email dinas dengan domain magelangkota.go.id".
    ['budi@magelangkota.go.id', undefined, 'warn', 'agencyDomain', { domains: BOTH }],
    ['budi@magelangkota.go.id', 'pns', 'warn', 'agencyDomain', { domains: BOTH }],
    ['budi@MAIL.magelangkota.go.id', 'pppk', 'warn', 'agencyDomain', { domains: BOTH }],
    ['budi@xmagelangkota.go.id', undefined, 'warn', 'domain', { domains: BOTH }],
    ['budi@pns.magelangkab.go.id', 'pns', 'warn', 'domain', { domains: 'pns.magelangkota.go.id' }],
    ['budi', undefined, 'error', 'noAt', { domains: BOTH }],
    ['budi@', undefined, 'error', 'syntax', { domains: BOTH }],
    ['@pns.magelangkota.go.id', undefined, 'error', 'syntax', { domains: BOTH }],
    ['budi@@pns.magelangkota.go.id', undefined, 'error', 'syntax', { domains: BOTH }],
    ['budi..s@pns.magelangkota.go.id', undefined, 'error', 'syntax', { domains: BOTH }],
    ['.budi@pns.magelangkota.go.id', undefined, 'error', 'syntax', { domains: BOTH }],
    ['budi@pns..magelangkota.go.id', undefined, 'error', 'syntax', { domains: BOTH }],
    ['budi@pns.magelangkota,go.id', undefined, 'error', 'syntax', { domains: BOTH }],
    ['budi@-pns.magelangkota.go.id', undefined, 'error', 'syntax', { domains: BOTH }],
    ['budi@gmail', undefined, 'error', 'syntax', { domains: BOTH }],
    ['búdi@pns.magelangkota.go.id', undefined, 'error', 'syntax', { domains: BOTH }],
    ['budi santoso@pns.magelangkota.go.id', undefined, 'error', 'spaces', undefined],
    ['budi@pns.magelangkota.go.id\u200B', undefined, 'warn', 'invisible', undefined],
  ] as const)('%j (%s) → %s %s', (value, employeeType, verdict, reason, params) => {
    const f = validateEmailDinas(value, AGENCY, employeeType ? { employeeType } : undefined);
    expect(f).toEqual(params ? { field: 'email-dinas', verdict, reason, params } : { field: 'email-dinas', verdict, reason });
    expectWellFormed(f);
  });

  it('lists one domain when an agency uses the same one for everybody', () => {
    const one = { emailDomains: { pns: 'kota.go.id', pppk: 'kota.go.id' } };
    expect(validateEmailDinas('x@gmail.com', one).params).toEqual({ domains: 'kota.go.id' });
    expect(validateEmailDinas('x@kota.go.id', one, { employeeType: 'pppk' }).reason).toBe('ok');
  });

  it('rejects a huge paste before looking at it', () => {
    expect(validateEmailDinas('a'.repeat(500_000) + '@gmail.com', AGENCY)).toMatchObject({ reason: 'overLimit', params: { max: 256 } });
  });
});

describe('validateEmailPribadi', () => {
  it.each([
    ['budi.santoso@gmail.com', 'ok', 'ok'],
    ['budi@pns.magelangkota.go.id', 'ok', 'ok'],
    ['budi+bsre@example.co.id', 'ok', 'ok'],
    ['budi@xn--80ak6aa92e.com', 'ok', 'ok'],
    ['', 'error', 'empty'],
    ['budi.gmail.com', 'error', 'noAt'],
    ['budi@gmail.c', 'error', 'syntax'],
    ['budi @gmail.com', 'error', 'spaces'],
    ['\uFEFFbudi@gmail.com', 'warn', 'invisible'],
  ] as const)('%j → %s %s', (value, verdict, reason) => {
    const f = validateEmailPribadi(value);
    expect(f).toEqual({ field: 'email-pribadi', verdict, reason });
    expectWellFormed(f);
  });

  it('knows public providers and their country variants', () => {
    for (const d of ['gmail.com', 'GMAIL.COM', 'yahoo.co.id', 'yahoo.co.uk', 'outlook.co.id', 'icloud.com', 'aol.com', 'zoho.com']) expect(isPublicEmailDomain(d)).toBe(true);
    for (const d of ['pns.magelangkota.go.id', 'magelangkota.go.id', 'bssn.go.id', 'live.unpad.ac.id.example']) expect(isPublicEmailDomain(d)).toBe(false);
    expect(emailDomain(' Budi@Gmail.COM ')).toBe('gmail.com');
    expect(emailDomain('budi')).toBeNull();
  });
});

const label = fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789'), minLength: 1, maxLength: 12 });
const localArb = fc.array(label, { minLength: 1, maxLength: 3 }).map((p) => p.join('.'));

describe('email: properties', () => {
  it('never throws, always well-formed, never echoes the input', () => {
    fc.assert(
      fc.property(anyInput, fc.constantFrom(undefined, 'pns' as const, 'pppk' as const), (s, employeeType) => {
        for (const f of [validateEmailDinas(s, AGENCY, employeeType ? { employeeType } : undefined), validateEmailPribadi(s)]) {
          expectWellFormed(f);
          expect(f).not.toHaveProperty('suggestion');
          // The agency's own domains may happen to contain a short non-address input ("pns.").
          if (!BOTH.includes(s)) expectNoEcho(f, s);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('accepts any simple local part on the right subdomain, in any case', () => {
    fc.assert(
      fc.property(localArb, fc.constantFrom('pns' as const, 'pppk' as const), fc.boolean(), (local, type, upper) => {
        const address = `${local}@${AGENCY.emailDomains[type]}`;
        expect(validateEmailDinas(upper ? address.toUpperCase() : address, AGENCY, { employeeType: type }).reason).toBe('ok');
        expect(validateEmailDinas(address, AGENCY).reason).toBe('okAnyType');
        expect(validateEmailPribadi(address).reason).toBe('ok');
      }),
    );
  });

  it('warns with the expected domain on the other subdomain', () => {
    fc.assert(
      fc.property(localArb, (local) => {
        expect(validateEmailDinas(`${local}@asn.magelangkota.go.id`, AGENCY, { employeeType: 'pns' })).toMatchObject({ verdict: 'warn', params: { expected: 'pns.magelangkota.go.id' } });
      }),
    );
  });

  it('never accepts a public mailbox as email dinas', () => {
    fc.assert(
      fc.property(localArb, fc.constantFrom('gmail.com', 'yahoo.com', 'yahoo.co.id', 'ymail.com', 'outlook.com', 'hotmail.com', 'live.com', 'icloud.com', 'proton.me', 'protonmail.com', 'aol.com', 'mail.com', 'yandex.com', 'zoho.com'), (local, domain) => {
        expect(validateEmailDinas(`${local}@${domain}`, AGENCY)).toMatchObject({ verdict: 'error', reason: 'public' });
      }),
    );
  });
});

// ---- The generic profile: any other agency, only the parent domain `go.id` is known ----------
const GOV = 'go.id';

describe('validateEmailDinas, generic profile (rules/agencies/umum.ts): table', () => {
  it.each([
    ['budi.santoso@bkn.go.id', undefined, 'ok', 'govOk', { domains: GOV }],
    [' Siti@Jatengprov.GO.ID ', undefined, 'ok', 'govOk', { domains: GOV }],
    ['eko@diskominfo.kab-sleman.go.id', undefined, 'ok', 'govOk', { domains: GOV }],
    // Kota Magelang's domains are government domains too; the employee type picks nothing here.
    ['budi@pns.magelangkota.go.id', 'pppk', 'ok', 'govOk', { domains: GOV }],
    ['siti@asn.magelangkota.go.id', 'pns', 'ok', 'govOk', { domains: GOV }],
    ['budi@bkn.go.id\u200B', undefined, 'warn', 'invisible', undefined],
    // Not under .go.id: maybe an agency with another domain, maybe a typo. A warning, not a block.
    ['dosen@ugm.ac.id', undefined, 'warn', 'govOther', { domains: GOV }],
    ['budi@pertamina.com', undefined, 'warn', 'govOther', { domains: GOV }],
    ['budi@bkn.go.id.example.com', undefined, 'warn', 'govOther', { domains: GOV }],
    ['budi@bkngo.id', undefined, 'warn', 'govOther', { domains: GOV }],
    ['budi@bkn.go.ld', undefined, 'warn', 'govOther', { domains: GOV }],
    ['budi@go.id', undefined, 'warn', 'govOther', { domains: GOV }],
    ['budi.santoso@gmail.com', 'pns', 'error', 'govPublic', { domains: GOV }],
    ['budi@yahoo.co.id', undefined, 'error', 'govPublic', { domains: GOV }],
    ['budi@hotmail.co.uk', undefined, 'error', 'govPublic', { domains: GOV }],
    ['', undefined, 'error', 'empty', undefined],
    ['budi', undefined, 'error', 'govNoAt', { domains: GOV }],
    ['budi@', undefined, 'error', 'govSyntax', { domains: GOV }],
    ['budi@bkn..go.id', undefined, 'error', 'govSyntax', { domains: GOV }],
    ['budi@bkn.go,id', undefined, 'error', 'govSyntax', { domains: GOV }],
    ['budi santoso@bkn.go.id', undefined, 'error', 'spaces', undefined],
  ] as const)('%j (%s) → %s %s', (value, employeeType, verdict, reason, params) => {
    const f = validateEmailDinas(value, umum, employeeType ? { employeeType } : undefined);
    expect(f).toEqual(params ? { field: 'email-dinas', verdict, reason, params } : { field: 'email-dinas', verdict, reason });
    expectWellFormed(f);
  });

  it('rejects a huge paste before looking at it', () => {
    expect(validateEmailDinas('a'.repeat(500_000) + '@bkn.go.id', umum)).toMatchObject({ verdict: 'error', reason: 'overLimit', params: { max: 256 } });
  });

  it('Kota Magelang: another domain is a warning (the profile in force may not be the user\'s own), public mail an error', () => {
    expect(validateEmailDinas('budi@bkn.go.id', magelang)).toMatchObject({ verdict: 'warn', reason: 'domain' });
    expect(validateEmailDinas('budi@ugm.ac.id', magelang)).toMatchObject({ verdict: 'warn', reason: 'domain' });
    expect(validateEmailDinas('budi@gmail.com', magelang)).toMatchObject({ verdict: 'error', reason: 'public' });
    expect(validateEmailDinas('budi@bkn.go.id', umum)).toMatchObject({ verdict: 'ok', reason: 'govOk' });
  });
});

/** Domains that are neither under .go.id nor a public mailbox: universities, BUMN, companies, typos. */
const otherDomainArb = fc
  .tuple(fc.array(label, { minLength: 1, maxLength: 3 }), fc.constantFrom('ac.id', 'co.id', 'or.id', 'id', 'com', 'net', 'org', 'go.ig', 'go.id.example.com', 'goid'))
  .map(([labels, tail]) => `${labels.join('.')}.${tail}`)
  .filter((d) => !d.endsWith('.go.id') && !isPublicEmailDomain(d));

describe('email, generic profile: properties', () => {
  it('never throws, always well-formed, never echoes the input, and ignores the employee type', () => {
    fc.assert(
      fc.property(anyInput, fc.constantFrom('pns' as const, 'pppk' as const), (s, employeeType) => {
        const f = validateEmailDinas(s, umum);
        expectWellFormed(f);
        expect(f).not.toHaveProperty('suggestion');
        // The only param is the profile's own suffix, which a short input may happen to contain.
        if (!GOV.includes(s)) expectNoEcho(f, s);
        expect(validateEmailDinas(s, umum, { employeeType })).toEqual(f);
      }),
      { numRuns: 500 },
    );
  });

  it('accepts any simple address under .go.id, in any case', () => {
    fc.assert(
      fc.property(localArb, fc.array(label, { minLength: 1, maxLength: 4 }), fc.boolean(), (local, labels, upper) => {
        const address = `${local}@${labels.join('.')}.go.id`;
        expect(validateEmailDinas(upper ? address.toUpperCase() : address, umum)).toEqual({ field: 'email-dinas', verdict: 'ok', reason: 'govOk', params: { domains: GOV } });
      }),
    );
  });

  it('warns, never blocks and never accepts, on any other non-public domain', () => {
    fc.assert(
      fc.property(localArb, otherDomainArb, (local, domain) => {
        expect(validateEmailDinas(`${local}@${domain}`, umum)).toMatchObject({ verdict: 'warn', reason: 'govOther' });
      }),
    );
  });

  it('never accepts a public mailbox as email dinas', () => {
    fc.assert(
      fc.property(localArb, fc.constantFrom(...PUBLIC_EMAIL_DOMAINS), (local, domain) => {
        expect(validateEmailDinas(`${local}@${domain}`, umum)).toMatchObject({ verdict: 'error', reason: 'govPublic' });
      }),
    );
  });

  it('says ok only for a syntactically valid address under .go.id', () => {
    fc.assert(
      fc.property(fc.oneof(anyInput, fc.tuple(localArb, otherDomainArb).map(([l, d]) => `${l}@${d}`)), (s) => {
        if (validateEmailDinas(s, umum).verdict === 'ok') expect(emailDomain(s)?.endsWith('.go.id')).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
