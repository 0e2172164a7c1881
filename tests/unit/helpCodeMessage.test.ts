/**
 * "Salin kode bantuan" through the background: the content script sends the code's
 * inputs (platform/helpCodeMessage.ts), the background writes the code (platform/helpCodeAnswer.ts).
 * The code is the one the encoder writes from the same inputs; nothing typed is in the message.
 */
import { describe, expect, it } from 'vitest';
import { FIELDS } from '../../rules/fields/registry';
import { agencyById } from '../../rules/agencies';
import { parseAgencyPolicy } from '../../rules/agencyPolicy';
import type { PageState } from '../../rules/engine/detect';
import { evaluateScreen, type FieldValue } from '../../rules/engine/evaluate';
import type { FieldId } from '../../rules/fields/types';
import { decodeHelpCode } from '../../rules/helpCode/decode';
import { encodeHelpCode } from '../../rules/helpCode/encode';
import { answerHelpCode } from '../../platform/helpCodeAnswer';
import { helpCodeRequest, isHelpCodeRequest } from '../../platform/helpCodeMessage';

const CHROME_UA = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36';
const FIREFOX_UA = 'Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0';
const magelang = agencyById('magelang');

const aktivasi: PageState = { page: 'bsre-aktivasi', step: 'data-diri', status: null, match: 'url+content', missing: ['field:otp'], validity: null };
const typed = new Map<FieldId, FieldValue>([
  ['nik', { kind: 'text', value: '337101410190000' }],
  ['nomor-hp', { kind: 'text', value: '0812-3456-7890' }],
]);
const findings = evaluateScreen([{ field: 'nik', labels: ['NIK'] }, { field: 'nomor-hp', labels: ['Nomor HP'] }], typed, { agency: magelang, mode: 'submit' }, FIELDS);

describe('the help-code request', () => {
  const req = helpCodeRequest(aktivasi, findings, magelang, 'id');

  it('survives the message channel (structured clone) and is recognised by its type', () => {
    expect(structuredClone(req)).toEqual(req);
    expect(isHelpCodeRequest(structuredClone(req))).toBe(true);
    expect(isHelpCodeRequest({ type: 'pemandu:agency' })).toBe(false);
    expect(isHelpCodeRequest(null)).toBe(false);
  });

  it('holds ids, reason codes and numbers, never what was typed', () => {
    expect(findings.map((f) => f.reason)).toEqual(['length', 'ok']);
    const text = JSON.stringify(req);
    for (const value of ['337101410190000', '0812-3456-7890', '81234567890']) expect(text).not.toContain(value);
  });

  it('is answered with the code the encoder writes from the same inputs, with the background’s version and browser', () => {
    const direct = (browser: 'chrome' | 'firefox') =>
      encodeHelpCode({
        extVersion: '0.1.0',
        browser,
        page: 'bsre-aktivasi',
        step: 'data-diri',
        status: null,
        findings: findings.map(({ field, verdict, reason, params }) => ({ field, verdict, reason, params })),
        missing: ['field:otp'],
        agency: 'magelang',
        locale: 'id',
        validity: null,
      });
    expect(answerHelpCode(structuredClone(req), '0.1.0', CHROME_UA)).toBe(direct('chrome'));
    expect(answerHelpCode(structuredClone(req), '0.1.0', FIREFOX_UA)).toBe(direct('firefox'));
    expect(direct('chrome')).toMatch(/^TTE2-0\.1\.0-C-BA-DD-0-NK:E:LENGTH:COUNT=15\+HP:O:OK-FOT-MAGELANG-ID-0-..$/);
  });

  it('an agency’s own profile (policy) goes along, so its domains become tokens the helpdesk rebuilds', () => {
    const r = parseAgencyPolicy({ id: 'pemkabx', name: 'Pemerintah Kabupaten X', emailDomains: { pns: ['pns.pemkabx.go.id', 'pemkabx.go.id'], pppk: 'pppk.pemkabx.go.id' } });
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    const kontak: PageState = { page: 'myasn-kontak-pribadi', step: 'form', status: null, match: 'url+content', missing: [], validity: null };
    const own = evaluateScreen([{ field: 'email-dinas', labels: ['Email Dinas'] }], new Map([['email-dinas', { kind: 'text', value: 'budi@gmail.com' }]]), { agency: r.profile, mode: 'submit' }, FIELDS);
    const code = answerHelpCode(structuredClone(helpCodeRequest(kontak, own, r.profile, 'en')), '0.1.0', CHROME_UA)!;
    expect(code).toContain('-PEMKABX-EN-');
    expect(code.toUpperCase()).not.toMatch(/PEMKABX\.GO\.ID|BUDI|GMAIL/);
    const back = decodeHelpCode(code, [r.profile]);
    if (!back.ok) throw new Error(back.error);
    expect(back.value.findings.map((f) => f.params)).toEqual(own.map((f) => f.params));
  });

  it('inputs a code cannot hold get no code (the content script then changes nothing)', () => {
    const bad = structuredClone(req);
    bad.code.agency = 'Not An Id!';
    expect(answerHelpCode(bad, '0.1.0', CHROME_UA)).toBeUndefined();
    expect(answerHelpCode(req, 'dev', CHROME_UA)).toBeUndefined();
  });
});
