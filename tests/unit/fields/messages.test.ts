import { describe, expect, it } from 'vitest';
import { checkNikNipBirthDate, validateConsent, validateEmailDinas, validateEmailPribadi, validateNik, validateNip, validateOtp, validatePassphrase, validatePassphraseConfirmation, validatePhone, type Finding } from '../../../rules/fields';
import { fieldMessages } from '../../../rules/fields/messages';
import { AGENCY, POLICY, TODAY } from './support';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('fieldMessages', () => {
  const idKeys = Object.keys(fieldMessages.id).sort();
  const enKeys = Object.keys(fieldMessages.en).sort();

  it('has the same reason codes in Indonesian and English', () => {
    expect(enKeys).toEqual(idKeys);
  });

  it('has no empty or untrimmed message', () => {
    for (const locale of ['id', 'en'] as const) {
      for (const [key, text] of Object.entries(fieldMessages[locale])) {
        expect(text.trim(), `${locale}.${key}`).not.toBe('');
        expect(text, `${locale}.${key}`).toBe(text.trim());
      }
    }
  });

  it('uses the same placeholders in both languages', () => {
    for (const key of idKeys) expect(placeholders(fieldMessages.en[key]!), key).toEqual(placeholders(fieldMessages.id[key]!));
  });

  it('uses reason codes the help code can carry', () => {
    for (const key of idKeys) expect(key).toMatch(/^[A-Za-z0-9.]{1,60}$/);
  });

  it('speaks to the user as "Anda", never "kamu"/"anda"', () => {
    for (const text of Object.values(fieldMessages.id)) {
      expect(text).not.toMatch(/\b(kamu|kau|lo|lu)\b/i);
      expect(text).not.toMatch(/\banda\b/);
    }
  });

  it('has no dead message: every reason code is produced by some input', () => {
    const seen = new Set<string>();
    const add = (f: Finding | null) => f && seen.add(f.reason);
    const long = 'x'.repeat(300);
    for (const v of ['', long, 'x', '１', '1', '2071011208900001', '3371013208900001', '3371011208900000', '3371011208900001\u200B', '3371 0112 0890 0001', '3371011208900001']) add(validateNik(v));
    for (const v of ['', long, 'x', '１', '1', '193907152010011002', '198507152010311002', '198507152010001002', '198507152002071002', '200012312018211001', '195401012020211001', '200012312024201001', '198507152010010002', '198507152010011000', '198507152010011002\u200B', '19850715 201001 1 002', '198507152010011002', '200012312024211001']) add(validateNip(v, { today: TODAY }));
    add(checkNikNipBirthDate('3371011607850003', '198507152010011002'));
    add(checkNikNipBirthDate('3371015507850004', '198507152010011002'));
    for (const v of ['', long, 'x', '０８１２', '812', '+62 0812', '(0293) 363695', '0812', '08123456789012', '0812 3456 7890\u200B', '0812 3456 7890']) add(validatePhone(v, 'nomor-hp'));
    for (const v of ['(0293) 363695', '0201 234567', '021 1404 56']) add(validatePhone(v, 'nomor-telepon'));
    add(validatePhone('0841 2345 6789', 'nomor-hp'));
    for (const v of ['0812 3456 7890', '62 812 3456 7890', '8123', '8123456789012', '123456789']) add(validatePhone(v, 'nomor-hp', { prefix: '+62' }));
    for (const v of ['', long, 'a b@c.id', 'budi', 'budi@', 'b@gmail.com', 'b@x.go.id', 'b@asn.magelangkota.go.id', 'b@pns.magelangkota.go.id\u200B', 'b@magelangkota.go.id', 'b@pns.magelangkota.go.id']) {
      add(validateEmailDinas(v, AGENCY, { employeeType: 'pns' }));
      add(validateEmailDinas(v, AGENCY));
      add(validateEmailPribadi(v));
    }
    // The generic profile (rules/agencies/umum.ts) judges only the parent domain.
    for (const v of ['budi', 'budi@', 'b@gmail.com', 'b@kampus.ac.id', 'b@x.go.id']) add(validateEmailDinas(v, { emailDomains: { pns: 'go.id', pppk: 'go.id' }, emailDomainMatch: 'suffix' }));
    for (const v of ['', long, 'x', '１', '1', '123456\u200B', '123456']) add(validateOtp(v));
    for (const v of ['', long, 'A', 'abcdefg1!', 'ABCDEFG1!', 'Abcdefgh!', 'Abcdefg12', 'Abc def1!', 'Abcdef1!\u200B', 'Abcdéf1!', 'Abcdef1!']) add(validatePassphrase(v, POLICY));
    for (const c of ['', 'Abc', 'Abcdef1!', 'x']) add(validatePassphraseConfirmation('Abcdef1!', c));
    add(validateConsent(0, 2));
    add(validateConsent(2, 2));
    expect([...seen].sort()).toEqual(Object.keys(fieldMessages.id).sort());
  });
});
