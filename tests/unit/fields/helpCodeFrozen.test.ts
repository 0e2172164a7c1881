/**
 * The help code of a screen is the same string as before the reasons were renamed by field id
 * ('phone.tooShort' → 'tooShort') and the help-code letters moved into each field's file:
 * these codes were written by the extension before that change (from the same screens, through
 * the real validators), and the helpdesk still reads them back to the same findings.
 */
import { describe, expect, it } from 'vitest';
import { FIELDS } from '../../../rules/fields/registry';
import { magelang } from '../../../rules/agencies/magelang';
import { umum } from '../../../rules/agencies/umum';
import { evaluateScreen, type FieldValue } from '../../../rules/engine/evaluate';
import { decodeHelpCode } from '../../../rules/helpCode/decode';
import { encodeHelpCode } from '../../../rules/helpCode/encode';
import type { FieldId } from '../../../rules/fields/types';
import { ruleById } from '../../../rules';

const text = (value: string, prefix?: string): FieldValue => (prefix ? { kind: 'text', value, prefix } : { kind: 'text', value });
const fieldsOf = (page: string, step: string) => ruleById(page as never)!.steps!.find((s) => s.id === step)!.fields;
type Screen = [string, string, Array<[FieldId, FieldValue]>, 'magelang' | 'umum', FieldId[] | undefined];
const SCREENS: Screen[] = [
  ['myasn-kontak-pribadi', 'form', [['nomor-hp', text('0812345')], ['nomor-telepon', text('0201 234567')], ['email-dinas', text('eko@gmail.com')], ['email-pribadi', text('eko@')]], 'magelang', undefined],
  ['myasn-kontak-pribadi', 'form', [['nomor-hp', text('0812-3456-7890')], ['nomor-telepon', text('(0293) 363695')], ['email-dinas', text('budi@magelangkota.go.id')], ['email-pribadi', text('b@gmail.com')]], 'magelang', []],
  ['myasn-kontak-pribadi', 'form', [['nomor-hp', text('0812-3456-7890', '+62')], ['email-dinas', text('budi@kampus.ac.id')]], 'umum', ['nomor-hp']],
  ['bsre-aktivasi', 'data-diri', [['nik', text('3371 0112 0890 0001')], ['nomor-hp', text('8123', '+62')], ['otp', text('12345')]], 'magelang', undefined],
  ['bsre-aktivasi', 'data-kedinasan', [['nip', text('198507152010011002')], ['email-dinas', text('b@asn.magelangkota.go.id')]], 'magelang', undefined],
  ['bsre-passphrase', 'buat-passphrase', [['passphrase', text('Abcdef1!')], ['passphrase-konfirmasi', text('Abc')], ['persetujuan', { kind: 'checkbox', checked: 0, total: 1 }]], 'magelang', undefined],
  // Written when the SSO had no steps: its login form's fields, with no step in the code.
  ['sso-login', 'masuk', [['nip', text('19850715 201001 1 002')], ['otp', text('１２３')]], 'magelang', undefined],
];
const STEPLESS_THEN = new Set(['sso-login']);

function codes(): string[] {
  return SCREENS.map(([page, step, values, agencyId, touched]) => {
    const rule = ruleById(page as never)!;
    const fields = step ? fieldsOf(page, step) : rule.fields;
    const agency = agencyId === 'magelang' ? magelang : umum;
    const findings = evaluateScreen(fields, new Map(values), { agency, mode: 'submit', earlierNik: '3371015507850004', touched: touched ? new Set(touched) : undefined }, FIELDS);
    return encodeHelpCode({ extVersion: '0.1.0', browser: 'chrome', page: rule.id, step: STEPLESS_THEN.has(page) ? null : step || null, status: null, findings: findings.map(({ field, verdict, reason, params }) => (params ? { field, verdict, reason, params } : { field, verdict, reason })), missing: [], agency: agencyId, locale: 'id', validity: null });
  });
}

/** Written by the encoder before the field registry (commit 576b7b2), frozen. */
const BEFORE = [
  'TTE2-0.1.0-C-MK-FO-0-TL:W:UNKNOWNAREACODE+HP:E:TOOSHORT:COUNT=7,MIN=10+ED:E:PUBLIC:DOMAINS=A+EP:E:SYNTAX-0-MAGELANG-ID-0-IG',
  'TTE2-0.1.0-C-MK-FO-0-TL:O:OKLANDLINE+HP:O:OK+ED:W:AGENCYDOMAIN:DOMAINS=A+EP:O:OK-0-MAGELANG-ID-0-N5',
  'TTE2-0.1.0-C-MK-FO-0-HP:W:BOXZERO+ED:W:GOVOTHER:DOMAINS=P-0-UMUM-ID-0-GB',
  'TTE2-0.1.0-C-BA-DD-0-NK:W:GROUPED+HP:E:BOXTOOSHORT:COUNT=4,MIN=9+OT:E:LENGTH:COUNT=5,EXPECTED=6-0-MAGELANG-ID-0-6E',
  'TTE2-0.1.0-C-BA-DK-0-NP:W:GENDERMISMATCH-0-MAGELANG-ID-0-2R',
  'TTE2-0.1.0-C-BP-BU-0-PP:O:OK:MIN=8+PK:E:PARTIAL+ST:E:MISSING:MISSING=1,TOTAL=1-0-MAGELANG-ID-0-P0',
  'TTE2-0.1.0-C-SL-0-0-NP:W:GENDERMISMATCH+OT:E:NONASCIIDIGITS-0-MAGELANG-ID-0-F8',
];

describe('help codes across the field registry', () => {
  it('the same screens give the same codes as before', () => {
    expect(codes()).toEqual(BEFORE);
  });

  it('the codes written before read back to the findings of today, each reason one its field lists', () => {
    for (const code of BEFORE) {
      const read = decodeHelpCode(code);
      expect(read.ok, code).toBe(true);
      if (!read.ok) continue;
      for (const f of read.value.findings) expect(FIELDS[f.field].reasons as readonly string[], f.reason).toContain(f.reason);
      expect(encodeHelpCode(read.value)).toBe(code);
    }
    const kontak = decodeHelpCode(BEFORE[0]!);
    expect(kontak.ok && kontak.value.findings.map((f) => f.reason)).toEqual(['unknownAreaCode', 'tooShort', 'public', 'syntax']);
  });
});
