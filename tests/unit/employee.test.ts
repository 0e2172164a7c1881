import { describe, expect, it } from 'vitest';
import { FIELDS } from '../../rules/fields/registry';
import { magelang } from '../../rules/agencies/magelang';
import { employeeTypeFromText, nipFromText } from '../../rules/engine/employee';
import { evaluateScreen, type FieldValue } from '../../rules/engine/evaluate';
import type { FieldId } from '../../rules/fields/types';
import { bsreAktivasi } from '../../rules/pages/bsre-aktivasi';
import { ssoLogin } from '../../rules/pages/sso-login';

describe('employeeTypeFromText', () => {
  it.each([
    ['NIP: 199001012015031002', 'pns'],
    ['NIP 199001012015031002', 'pns'],
    ['NIP. 199001012015031002', 'pns'],
    ['NIP : 19900101 201503 1 002', 'pns'],
    ['NIP：199001012015031002', 'pns'],
    ['NIP: 19900101.201503.1.002', 'pns'],
    ['Nip: 19900101-201503-1-002', 'pns'],
    ['NIP/NI PPPK: 200012312024211001', 'pppk'],
    ['NIP / NI PPPK : 20001231 2024 2 1 1 001', 'pppk'],
    ['NI PPPK 200012312024211001', 'pppk'],
    ['NIPPPK: 200012312024211001', 'pppk'], // also written without the space
    ['EKO PRASETYO NIP: 199001012015031002 Pemerintah Kota Magelang', 'pns'],
    // Not a NIP: 17 or 19 digits, no label, a digit 13 that is neither 0/1 nor 2.
    ['NIP: 19900101201503100', null],
    ['NIP: 1990010120150310021', null],
    ['NIK: 3371014101900001 199001012015031002', null],
    ['NIP: 199001012015931002', null],
    ['Kendala verifikasi NIP atau data kepegawaian', null],
    ['', null],
  ] as const)('%j → %s', (text, kind) => {
    expect(employeeTypeFromText(text)).toBe(kind);
  });

  it('takes the first NIP whose kind is known', () => {
    expect(employeeTypeFromText('NIP: 199001012015931002 NI PPPK: 200012312024211001')).toBe('pppk');
    expect(nipFromText('NIP : 19900101 201503 1 002')).toBe('199001012015031002');
  });

  it('stays fast on hostile text', () => {
    const t0 = Date.now();
    expect(employeeTypeFromText('NIP: 1 2 3 4 5 6 7 8 9 0 '.repeat(20_000))).toBeNull();
    expect(Date.now() - t0).toBeLessThan(5000);
  });
});

describe('NRP (POLRI) in the activation wizard\'s "NIP / NRP" box', () => {
  const kedinasan = bsreAktivasi.steps!.find((s) => s.id === 'data-kedinasan')!.fields;
  const check = (fields: typeof kedinasan, nip: string, mode: 'typing' | 'submit') =>
    evaluateScreen(fields, new Map<FieldId, FieldValue>([['nip', { kind: 'text', value: nip }]]), { agency: magelang, mode }, FIELDS);

  it('does not call an 8-digit NRP a wrong NIP, and holds nothing back at submit', () => {
    for (const mode of ['typing', 'submit'] as const) {
      expect(check(kedinasan, '87050123', mode)).toEqual([]);
      expect(check(kedinasan, ' 87050123 ', mode)).toEqual([]);
    }
  });

  it('still judges NIP / NI PPPK and other lengths there', () => {
    expect(check(kedinasan, '199001012015031002', 'typing')).toMatchObject([{ verdict: 'ok', reason: 'ok.pns' }]);
    expect(check(kedinasan, '8705012', 'submit')).toMatchObject([{ verdict: 'error', reason: 'length' }]);
    expect(check(kedinasan, '870501234', 'submit')).toMatchObject([{ verdict: 'error', reason: 'length' }]);
  });

  it('does not accept 8 digits where only a NIP fits (SSO username)', () => {
    expect(check(ssoLogin.steps!.find((st) => st.id === 'masuk')!.fields, '87050123', 'submit')).toMatchObject([{ verdict: 'error', reason: 'length' }]);
  });
});
