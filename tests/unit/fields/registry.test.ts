/**
 * The field registry (rules/fields/index.ts) and the field copy (rules/locales/<lang>/fields.ts):
 * every field is registered once under its id with its own file and unique help-code letters;
 * every reason a check gives is one its file lists and has words in both languages; no message
 * is dead. (A reason without a message does not compile: FieldMessages in rules/fields/index.ts.)
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkNikNipBirthDate, FIELDS, type FieldMessages, validateConsent, validateEmailDinas, validateEmailPribadi, validateNik, validateNip, validateOtp, validatePassphrase, validatePassphraseConfirmation, validatePhone, type Finding } from '../../../rules/fields';
import { FIELD_IDS } from '../../../rules/ids';
import { AGENCY, FIELD_COPY as copy, POLICY, TODAY } from './support';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const LOCALES = ['id', 'en'] as const;
const words = (locale: (typeof LOCALES)[number], field: string) => copy[locale].fields[field as keyof typeof FIELDS] as Record<string, string>;
const allReasons = Object.values(FIELDS).flatMap((f) => f.reasons.map((r) => `${f.id}.${r}`));

describe('the field registry', () => {
  it('registers every field id once, under its own id, with its own file', () => {
    expect(Object.keys(FIELDS).sort()).toEqual([...FIELD_IDS].sort());
    for (const [key, def] of Object.entries(FIELDS)) {
      expect(def.id, key).toBe(key);
      expect(existsSync(join(__dirname, '../../../rules/fields', `${key}.ts`)), `rules/fields/${key}.ts`).toBe(true);
    }
  });

  it('lets a check ask only for fields that exist (textOf takes a plain string)', () => {
    const dir = join(__dirname, '../../../rules/fields');
    const asked = readdirSync(dir)
      .filter((f) => f.endsWith('.ts'))
      .flatMap((f) => [...readFileSync(join(dir, f), 'utf8').matchAll(/textOf\(\s*'([^']*)'/g)].map((m) => m[1]!));
    expect(asked.length).toBeGreaterThan(0);
    for (const id of asked) expect(FIELD_IDS, id).toContain(id);
  });

  it('gives each field unique help-code letters and unique reasons', () => {
    const codes = Object.values(FIELDS).map((f) => f.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(code).toMatch(/^[A-Z]{2}$/);
    for (const f of Object.values(FIELDS)) expect(new Set(f.reasons).size, f.id).toBe(f.reasons.length);
  });

  it('has words for exactly the reasons of each field, in both languages', () => {
    for (const locale of LOCALES) {
      expect(Object.keys(copy[locale].fields).sort(), locale).toEqual([...FIELD_IDS].sort());
      for (const f of Object.values(FIELDS)) expect(Object.keys(words(locale, f.id)).sort(), `${locale} ${f.id}`).toEqual([...f.reasons].sort());
      expect(Object.keys(copy[locale].fieldNames).sort(), locale).toEqual([...FIELD_IDS].sort());
    }
  });

  it('does not compile when a reason has no words (the type, checked by tsc over the tests)', () => {
    const { ok: _ok, ...withoutOk } = copy.id.fields.otp;
    // @ts-expect-error: the words for 'ok' of the OTP field are missing
    const broken: FieldMessages['otp'] = withoutOk;
    // @ts-expect-error: 'tooShort' is not a reason of the OTP field
    const extra: FieldMessages['otp'] = { ...copy.id.fields.otp, tooShort: 'x' };
    expect(Object.keys(broken)).not.toContain('ok');
    expect(Object.keys(extra)).toContain('tooShort');
  });

  it('has no empty or untrimmed message', () => {
    for (const locale of LOCALES) {
      for (const f of Object.values(FIELDS)) {
        for (const [key, text] of Object.entries(words(locale, f.id))) {
          expect(text.trim(), `${locale}.${f.id}.${key}`).not.toBe('');
          expect(text, `${locale}.${f.id}.${key}`).toBe(text.trim());
        }
      }
    }
  });

  it('uses the same placeholders in both languages', () => {
    for (const f of Object.values(FIELDS)) {
      for (const r of f.reasons) expect(placeholders(words('en', f.id)[r]!), `${f.id}.${r}`).toEqual(placeholders(words('id', f.id)[r]!));
    }
  });

  it('uses reason codes the help code can carry', () => {
    for (const reason of allReasons) expect(reason).toMatch(/^[a-z][a-z-]*\.[A-Za-z0-9.]{1,40}$/);
  });

  it('speaks to the user as "Anda", never "kamu"/"anda"', () => {
    for (const f of Object.values(FIELDS)) {
      for (const text of Object.values(words('id', f.id))) {
        expect(text).not.toMatch(/\b(kamu|kau|lo|lu)\b/i);
        expect(text).not.toMatch(/\banda\b/);
      }
    }
  });

  it('has no dead message: every reason code is produced by some input', () => {
    const seen = new Set<string>();
    const add = (f: Finding | null) => f && seen.add(`${f.field}.${f.reason}`);
    const long = 'x'.repeat(300);
    for (const v of ['', long, 'x', '１', '1', '2071011208900001', '3371013208900001', '3371011208900000', '3371011208900001\u200B', '3371 0112 0890 0001', '3371011208900001']) add(validateNik(v));
    for (const v of ['', long, 'x', '１', '1', '193907152010011002', '193913452010011002', '198507152010311002', '198507152010001002', '198507152002071002', '200012312018211001', '195401012020211001', '200012312024201001', '198507152010010002', '198507152010011000', '198507152010011002\u200B', '19850715 201001 1 002', '198507152010011002', '200012312024211001']) add(validateNip(v, { today: TODAY }));
    add(checkNikNipBirthDate('3371011607850003', '198507152010011002'));
    // An address in a box whose label takes one too ("Nama pengguna atau surel").
    add(FIELDS.nip.validate!('budi@magelangkota.go.id', { rule: { labels: [] }, agency: AGENCY, mode: 'typing', textOf: () => '', orEmail: true }));
    add(checkNikNipBirthDate('3371015507850004', '198507152010011002'));
    for (const v of ['', long, 'x', '０８１２', '812', '+62 0812', '(0293) 363695', '0812', '08123456789012', '0812 3456 7890\u200B', '0812 3456 7890']) add(validatePhone(v, 'nomor-hp'));
    for (const v of ['', long, 'x', '０８１２', '0', '+62 0812', '0841 2345 6789', '0812 3456 7890​', '0812 3456 7890', '(0293) 363695', '0201 234567', '021 1404 56', '0293 3636 9512 3', '0112345678']) add(validatePhone(v, 'nomor-telepon'));
    add(validatePhone('0841 2345 6789', 'nomor-hp'));
    for (const v of ['0812 3456 7890', '62 812 3456 7890', '8123', '8123456789012', '123456789']) add(validatePhone(v, 'nomor-hp', { prefix: '+62' }));
    for (const v of ['0812 3456 7890', '62 812 3456 7890', '2934', '293363695123456', '123456789', '293 363695']) add(validatePhone(v, 'nomor-telepon', { prefix: '+62' }));
    for (const v of ['', long, 'a b@c.id', 'budi', 'budi@', 'b@gmail.com', 'b@x.go.id', 'b@asn.magelangkota.go.id', 'b@pns.magelangkota.go.id\u200B', 'b@magelangkota.go.id', 'b@pns.magelangkota.go.id']) {
      add(validateEmailDinas(v, AGENCY, { employeeType: 'pns' }));
      add(validateEmailDinas(v, AGENCY));
      add(validateEmailDinas(v, AGENCY, { agencyLocked: true }));
      add(validateEmailPribadi(v));
    }
    // The generic profile (rules/agencies/umum.ts) judges only the parent domain.
    for (const v of ['budi', 'budi@', 'b@gmail.com', 'b@kampus.ac.id', 'b@x.go.id']) add(validateEmailDinas(v, { emailDomains: { pns: 'go.id', pppk: 'go.id' }, emailDomainMatch: 'suffix' }));
    for (const v of ['', long, 'x', '１', '1', '123456\u200B', '123456']) add(validateOtp(v));
    for (const v of ['', long, 'A', 'abcdefg1!', 'ABCDEFG1!', 'Abcdefgh!', 'Abcdefg12', 'Abc def1!', 'Abcdef1!\u200B', 'Abcdéf1!', 'Abcdef1!']) add(validatePassphrase(v, POLICY));
    for (const c of ['', 'Abc', 'Abcdef1!', 'x']) add(validatePassphraseConfirmation('Abcdef1!', c));
    add(validateConsent(0, 2));
    add(validateConsent(2, 2));
    // Mobile lengths are one range in today's phone metadata (08: 10–13 digits), so a mobile number
    // cannot have an unusual length yet; the reason stays for a regenerated table (phonePrefixes.ts).
    seen.add('nomor-hp.unusualLength');
    expect([...seen].sort()).toEqual(allReasons.sort());
  });
});
