import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { textNumbers } from '../../rules/policy';
import { describe, expect, it } from 'vitest';
import { magelang } from '../../rules/agencies/magelang';
import { detectBrowser, encodeHelpCode } from '../../rules/helpCode/encode';
import type { HelpCode } from '../../rules/helpCode/schema';
import { ALPHABET, checkChars, CODE_TABLES } from '../../rules/helpCode/tables';
import { decodeHelpCode } from '../../rules/helpCode/decode';
import { FIELDS } from '../../rules/fields';
import { validateEmailDinas } from '../../rules/fields/email-dinas';
import { fields as fieldWords } from '../../rules/locales/id/fields';
import { validatePhone } from '../../rules/fields/phone';
import { FIELD_IDS, STATUS_CODES } from '../../rules/ids';
import { pageRules } from '../../rules/index';

const base: HelpCode = {
  extVersion: '0.1.0',
  browser: 'chrome',
  page: 'bsre-aktivasi',
  step: 'data-diri',
  status: null,
  findings: [
    { field: 'nik', verdict: 'error', reason: 'length', params: { count: 15 } },
    { field: 'nomor-hp', verdict: 'ok', reason: 'ok' },
  ],
  missing: ['field:otp'],
  agency: 'magelang',
  locale: 'id',
  validity: null,
};

/** The most common call: Kontak Pribadi with a Gmail address as email dinas and a short phone number. */
const kontakPribadi: HelpCode = {
  ...base,
  page: 'myasn-kontak-pribadi',
  step: 'form',
  findings: [validateEmailDinas('eko.prasetyo@gmail.com', magelang), validatePhone('0812345', 'nomor-hp')],
  missing: ['markers'],
};

const sertifikat: HelpCode = { ...base, browser: 'firefox', page: 'myasn-sertifikat', step: null, status: 'ACTIVE', findings: [], missing: [], locale: 'en', validity: { state: 'expiring', source: 'shown', daysLeft: 45 } };

describe('help code', () => {
  it('round-trips and stays short, in the code alphabet only', () => {
    const code = encodeHelpCode(base);
    expect(code.length).toBeLessThan(80);
    expect(code).toMatch(/^TTE2-/);
    expect([...code].every((c) => ALPHABET.includes(c))).toBe(true);
    expect(decodeHelpCode(code)).toEqual({ ok: true, value: base });
  });

  it('keeps the most common case (Kontak Pribadi, Gmail, short phone, missing marker) under 120 characters', () => {
    expect(kontakPribadi.findings.map((f) => f.reason)).toEqual(['public', 'tooShort']);
    const code = encodeHelpCode(kontakPribadi);
    expect(code.length).toBeLessThan(120);
    expect(code).not.toMatch(/gmail|magelangkota/i);
    expect(decodeHelpCode(code)).toEqual({ ok: true, value: kontakPribadi });
  });

  it('round-trips every page, step and status', () => {
    for (const rule of pageRules) {
      for (const step of [null, ...(rule.steps ?? []).map((s) => s.id)]) {
        for (const status of [null, ...STATUS_CODES, 'SOMETHING_NEW']) {
          const d: HelpCode = { ...base, page: rule.id, step, status, findings: [], missing: [], validity: status === 'ACTIVE' ? { state: 'expiring', source: 'shown', daysLeft: 45 } : null };
          expect(decodeHelpCode(encodeHelpCode(d))).toEqual({ ok: true, value: d });
        }
      }
    }
  });

  it('round-trips every field, verdict, reason and missing element', () => {
    for (const field of FIELD_IDS) {
      for (const reason of FIELDS[field].reasons) {
        for (const verdict of ['ok', 'warn', 'error'] as const) {
          const d: HelpCode = { ...base, findings: [{ field, verdict, reason }], missing: ['markers', 'step', 'status', `field:${field}`] };
          expect(decodeHelpCode(encodeHelpCode(d))).toEqual({ ok: true, value: d });
        }
      }
    }
    // A reason is read as one of its own field's: another field's reason on it is not a finding this extension makes.
    const cross: HelpCode = { ...base, findings: [{ field: 'nik', verdict: 'warn', reason: 'genderMismatch' }] };
    expect(decodeHelpCode(encodeHelpCode(cross))).toEqual({ ok: false, error: 'newer' });
  });

  it('carries numbers, rebuilds agency data from the profile, and drops any other string', () => {
    const d: HelpCode = {
      ...base,
      findings: [
        { field: 'email-dinas', verdict: 'warn', reason: 'otherSubdomain', params: { expected: 'asn.magelangkota.go.id', type: 'PPPK' } },
        { field: 'email-dinas', verdict: 'error', reason: 'public', params: { domains: 'pns.magelangkota.go.id (PNS), asn.magelangkota.go.id (PPPK)' } },
        { field: 'email-dinas', verdict: 'ok', reason: 'ok', params: { domain: 'pns.magelangkota.go.id' } },
        { field: 'nip', verdict: 'error', reason: 'pppkAppointment', params: { minYear: 2019, maxYear: 2026 } },
      ],
      validity: { state: 'expired', source: 'computed', daysLeft: -12 },
    };
    const code = encodeHelpCode(d);
    expect(code.split('-').length).toBe(12);
    expect(code).not.toMatch(/magelangkota/i);
    expect(decodeHelpCode(code)).toEqual({ ok: true, value: d });

    const leaky: HelpCode = { ...base, findings: [{ field: 'email-dinas', verdict: 'warn', reason: 'otherSubdomain', params: { expected: 'budi@rahasia.example', type: 'PNS', count: 3 } }] };
    const leakyCode = encodeHelpCode(leaky);
    expect(leakyCode).not.toMatch(/budi|rahasia/i);
    expect(decodeHelpCode(leakyCode)).toEqual({ ok: true, value: { ...leaky, findings: [{ ...leaky.findings[0], params: { type: 'PNS', count: 3 } }] } });
  });

  it('finds the code in a pasted WhatsApp message, wrapped, formatted or in lower case', () => {
    for (const d of [base, kontakPribadi, sertifikat]) {
      const code = encodeHelpCode(d);
      const ok = { ok: true, value: d };
      expect(decodeHelpCode(`Kode: ${code}`)).toEqual(ok);
      expect(decodeHelpCode(`${code} terima kasih`)).toEqual(ok);
      expect(decodeHelpCode(`Selamat siang pak, ini kodenya:\n*${code}*\nTerima kasih 🙏`)).toEqual(ok);
      expect(decodeHelpCode(`Kode bantuan saya ${code}. Mohon dibantu, Pak.`)).toEqual(ok);
      expect(decodeHelpCode(`"${code}", dari Bu Sri`)).toEqual(ok);
      expect(decodeHelpCode(code.toLowerCase())).toEqual(ok);
      expect(decodeHelpCode(`kode: ${code.toLowerCase()} makasih`)).toEqual(ok);
      // Wrapped across lines (or split by spaces) at every position, with words after it.
      for (let i = 1; i < code.length; i++) {
        expect(decodeHelpCode(`Kode:\n${code.slice(0, i)}\n${code.slice(i)}\nterima kasih`), `wrapped at ${i}`).toEqual(ok);
        expect(decodeHelpCode(`${code.slice(0, i)} ${code.slice(i)}`), `space at ${i}`).toEqual(ok);
      }
    }
  });

  it('says a cut-off code is cut off, wherever it was cut', () => {
    for (const d of [base, kontakPribadi, sertifikat]) {
      const code = encodeHelpCode(d);
      for (let i = 4; i < code.length; i++) {
        expect(decodeHelpCode(code.slice(0, i)), `cut at ${i}`).toEqual({ ok: false, error: 'truncated' });
        expect(decodeHelpCode(`Kode: ${code.slice(0, i)}\nterima kasih`), `cut at ${i}, words after`).toEqual({ ok: false, error: 'truncated' });
      }
    }
  });

  it('catches every single-character substitution, at every position, with every character', () => {
    for (const d of [base, kontakPribadi, sertifikat]) {
      const code = encodeHelpCode(d);
      for (let i = 0; i < code.length; i++) {
        for (const ch of ALPHABET) {
          if (ch === code[i]) continue;
          const r = decodeHelpCode(code.slice(0, i) + ch + code.slice(i + 1));
          expect(r.ok, `position ${i} → ${ch}`).toBe(false);
        }
        // Case does not matter.
        expect(decodeHelpCode(code.slice(0, i) + code[i]!.toLowerCase() + code.slice(i + 1)).ok).toBe(true);
      }
    }
  });

  it('catches every swap of two neighbouring characters', () => {
    for (const d of [base, kontakPribadi, sertifikat]) {
      const code = encodeHelpCode(d);
      for (let i = 0; i + 1 < code.length; i++) {
        if (code[i] === code[i + 1]) continue;
        const swapped = code.slice(0, i) + code[i + 1] + code[i] + code.slice(i + 2);
        expect(decodeHelpCode(swapped).ok, `swap at ${i}`).toBe(false);
      }
    }
  });

  it('calls a typo in a complete code a checksum error', () => {
    const code = encodeHelpCode(base);
    const at = code.indexOf('LENGTH');
    expect(decodeHelpCode(code.slice(0, at) + 'LENGHT' + code.slice(at + 6))).toEqual({ ok: false, error: 'checksum' });
    expect(decodeHelpCode(code.slice(0, -1) + (code.endsWith('A') ? 'B' : 'A'))).toEqual({ ok: false, error: 'checksum' });
  });

  it('tells an old format, a newer extension and garbage apart', () => {
    const code = encodeHelpCode(base);
    expect(decodeHelpCode(code.replace(/^TTE2/, 'TTE0'))).toEqual({ ok: false, error: 'version' });
    expect(decodeHelpCode(code.replace(/^TTE2/, 'TTE1'))).toEqual({ ok: false, error: 'version' });
    expect(decodeHelpCode(code.replace(/^TTE2/, 'TTE3'))).toEqual({ ok: false, error: 'newer' });
    expect(decodeHelpCode(`Kode: TTE17-9.0.0-C-XX-whatever-AB`)).toEqual({ ok: false, error: 'newer' });
    expect(decodeHelpCode('halo pak')).toEqual({ ok: false, error: 'format' });
    expect(decodeHelpCode('Tolong dibantu soal sertifikat TTE')).toEqual({ ok: false, error: 'format' });
    expect(decodeHelpCode('Kode: *TTE2*')).toEqual({ ok: false, error: 'truncated' });
    expect(decodeHelpCode('Sertifikat TTE saya belum aktif, pak')).toEqual({ ok: false, error: 'format' });
    expect(decodeHelpCode('PETTE2')).toEqual({ ok: false, error: 'format' });
    expect(decodeHelpCode(`PE${code}`)).toEqual({ ok: false, error: 'format' });
    expect(decodeHelpCode('0.1.0-C-BA-DD-0-0-0-MAGELANG-ID-0-AB')).toEqual({ ok: false, error: 'format' });
    expect(decodeHelpCode('')).toEqual({ ok: false, error: 'empty' });
    expect(decodeHelpCode(' \n *_* ')).toEqual({ ok: false, error: 'empty' });
  });

  it('says the helpdesk needs updating for a code that names something it does not know yet', () => {
    const withCheck = (body: string) => `${body}-${checkChars(body)}`;
    for (const body of [
      'TTE2-0.3.0-C-ZZ-0-0-0-0-MAGELANG-ID-0', // a new page
      'TTE2-0.3.0-C-MK-QQ-0-0-0-MAGELANG-ID-0', // a new step code
      'TTE2-0.3.0-C-MK-.SELESAI-0-0-0-MAGELANG-ID-0', // a step this page does not have yet
      'TTE2-0.3.0-C-MS-0-ZZ-0-0-MAGELANG-ID-0', // a new status code
      'TTE2-0.3.0-C-BA-DD-0-NK:E:NEWRULE-0-MAGELANG-ID-0', // a new reason
      'TTE2-0.3.0-C-BA-DD-0-NK:E:LENGTH:DIGITS=3-0-MAGELANG-ID-0', // a new param
      'TTE2-0.3.0-C-BA-DD-0-ED:E:PUBLIC:DOMAINS=Q-0-MAGELANG-ID-0', // a new agency token
      'TTE2-0.3.0-C-BA-DD-0-XY:E:LENGTH-0-MAGELANG-ID-0', // a new field
      'TTE2-0.3.0-C-BA-DD-0-0-0-MAGELANG-XX-0', // a new language
    ]) {
      expect(decodeHelpCode(withCheck(body)), body).toEqual({ ok: false, error: 'newer' });
    }
  });

  it('says when the agency profile is one this computer does not have (an agency\'s own, or a newer built-in one)', () => {
    const withCheck = (body: string) => `${body}-${checkChars(body)}`;
    expect(decodeHelpCode(withCheck('TTE2-0.3.0-C-BA-DD-0-0-0-SEMARANG-ID-0'))).toEqual({ ok: false, error: 'agency' });
    expect(decodeHelpCode(withCheck('TTE2-0.3.0-C-BA-DD-0-0-0-DINKESJATENG2-ID-0'))).toEqual({ ok: false, error: 'agency' });
    // Something else unknown as well: the helpdesk's extension is older, say that first.
    expect(decodeHelpCode(withCheck('TTE2-0.3.0-C-ZZ-0-0-0-0-SEMARANG-ID-0'))).toEqual({ ok: false, error: 'newer' });
  });

  it('rejects a well-checked code whose content is invalid', () => {
    const withCheck = (body: string) => `${body}-${checkChars(body)}`;
    expect(decodeHelpCode(withCheck('TTE2-1.2-C-0-0-0-0-0-MAGELANG-ID-0'))).toEqual({ ok: false, error: 'content' });
    expect(decodeHelpCode(withCheck('TTE2-0.1.0-C-0-0-0-NK-0-MAGELANG-ID-0'))).toEqual({ ok: false, error: 'content' });
    expect(decodeHelpCode(withCheck('TTE2-0.1.0-C-MS-0-0-0-0-MAGELANG-ID-WS'))).toEqual({ ok: false, error: 'content' });
  });

  it('writes an unknown status as written only when it is shaped like a portal code, else as the marker', () => {
    const at = (status: string | null) => encodeHelpCode({ ...sertifikat, status }).split('-')[5];
    expect(at('ACTIVE')).toBe('AC');
    expect(at('FROZEN_X')).toBe('.FROZEN.X');
    expect(at('?')).toBe('UK');
    // A name, a plain word, odd shapes: the marker, exactly as for '?'.
    for (const status of ['BUDI', 'SANTOSO', 'PENDING', 'BUDI SANTOSO', 'Budi_Santoso', '_BUDI', 'BUDI_', 'A__B', 'X_' + 'Y'.repeat(40), 'constructor']) {
      expect(at(status), status).toBe('UK');
      expect(encodeHelpCode({ ...sertifikat, status })).toBe(encodeHelpCode({ ...sertifikat, status: '?' }));
    }
    expect(decodeHelpCode(encodeHelpCode({ ...sertifikat, status: 'BUDI' }))).toEqual({ ok: true, value: { ...sertifikat, status: '?' } });
  });

  it('refuses a literal status that is not shaped like a portal code', () => {
    expect(decodeHelpCode('TTE2-0.2.0-C-MS-0-.BUDI-0-0-MAGELANG-ID-0-BQ')).toEqual({ ok: false, error: 'content' });
    expect(decodeHelpCode('TTE2-0.2.0-C-MS-0-.ACTIVE-0-0-MAGELANG-ID-0-O1')).toEqual({ ok: false, error: 'content' });
  });

  it('decodes codes made by an older extension version', () => {
    const old = { ...base, extVersion: '0.0.9' };
    expect(decodeHelpCode(encodeHelpCode(old))).toEqual({ ok: true, value: old });
  });

  it('never throws on arbitrary input, and always says why', () => {
    const errors = ['empty', 'format', 'truncated', 'checksum', 'version', 'newer', 'agency', 'content'];
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 300 }), fc.string({ maxLength: 120 }).map((s) => `TTE2-${s}`), fc.string({ maxLength: 120 }).map((s) => `TTE1-${s}`)), (s) => {
        const r = decodeHelpCode(s);
        if (!r.ok) expect(errors).toContain(r.error);
      }),
      { numRuns: 1000 },
    );
  });

  it('detects the browser from the user agent', () => {
    expect(detectBrowser('Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0 Safari/537.36')).toBe('chrome');
    expect(detectBrowser('Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0')).toBe('firefox');
    expect(detectBrowser('Mozilla/5.0 (Android 14; Mobile; rv:142.0) Gecko/142.0 Firefox/142.0')).toBe('firefox-android');
  });
});

/**
 * Codes out in the field (in WhatsApp histories, tickets) must mean the same thing forever: these
 * literal codes may never change their meaning. If one of these fails, a code table was changed
 * instead of appended to.
 */
describe('frozen codes', () => {
  const ok = (value: HelpCode) => ({ ok: true, value });
  const konfirmasi: HelpCode = {
    extVersion: '0.1.0',
    browser: 'chrome',
    page: 'myasn-kontak-pribadi',
    step: 'konfirmasi',
    status: null,
    findings: [{ field: 'email-dinas', verdict: 'ok', reason: 'ok', params: { domain: 'pns.magelangkota.go.id' } }],
    missing: [],
    agency: 'magelang',
    locale: 'id',
    validity: null,
  };
  const active: HelpCode = { ...konfirmasi, browser: 'firefox', page: 'myasn-sertifikat', step: null, status: 'ACTIVE', findings: [], locale: 'en', validity: { state: 'expiring', source: 'shown', daysLeft: 45 } };

  it('TTE1 is not read: no such code was ever published, and its decoder took arbitrary text', () => {
    // Codes in the shape the removed TTE1 decoder accepted, check characters and all.
    for (const code of [
      'TTE1-0.1.0-C-BA-1-0-NK:E:nik.length:count=n15+HP:O:phone.ok-0-magelang-id-0-A9V1',
      'TTE1-0.1.0-C-MK-2-0-ED:O:emailDinas.ok:domain=sBUDI%20SANTOSO-0-magelang-id-0-22WY',
      'Kode: TTE1-0.1.0-F-MS-0-S6-0-0-\nmagelang-en-Ws45-7Z4G terima kasih',
    ]) {
      expect(decodeHelpCode(code), code).toEqual({ ok: false, error: 'version' });
    }
  });

  it('TTE2 (steps and statuses as frozen short codes)', () => {
    const v2 = { ...konfirmasi, extVersion: '0.2.0' };
    expect(decodeHelpCode('TTE2-0.2.0-C-MK-KF-0-ED:O:OK:DOMAIN=P-0-MAGELANG-ID-0-MF')).toEqual(ok(v2));
    expect(decodeHelpCode('TTE2-0.2.0-F-MS-0-AC-0-0-MAGELANG-EN-WS45-DV')).toEqual(ok({ ...active, extVersion: '0.2.0' }));
    expect(decodeHelpCode('TTE2-0.2.0-A-BP-BU-0-PP:E:MINLENGTH:MIN=8+NP:W:BIRTHDATEMISMATCH-FST+M-MAGELANG-ID-0-EA')).toEqual(
      ok({
        ...v2,
        browser: 'firefox-android',
        page: 'bsre-passphrase',
        step: 'buat-passphrase',
        findings: [
          { field: 'passphrase', verdict: 'error', reason: 'minLength', params: { min: 8 } },
          { field: 'nip', verdict: 'warn', reason: 'birthDateMismatch' },
        ],
        missing: ['field:persetujuan', 'markers'],
      }),
    );
    expect(decodeHelpCode('TTE2-0.2.0-C-MK-FO-0-ED:W:OTHERSUBDOMAIN:EXPECTED=P,TYPE=PNS-0-MAGELANG-ID-0-O6')).toEqual(
      ok({ ...v2, step: 'form', findings: [{ field: 'email-dinas', verdict: 'warn', reason: 'otherSubdomain', params: { expected: 'pns.magelangkota.go.id', type: 'PNS' } }] }),
    );
    expect(decodeHelpCode('TTE2-0.2.0-C-MS-0-.SOMETHING.NEW-0-0-MAGELANG-ID-XCN12-BL')).toEqual(
      ok({ ...v2, page: 'myasn-sertifikat', step: null, status: 'SOMETHING_NEW', findings: [], validity: { state: 'expired', source: 'computed', daysLeft: -12 } }),
    );
    // The unknown-status marker: a status the page showed that is neither known nor code-shaped.
    expect(decodeHelpCode('TTE2-0.2.0-C-MS-0-UK-0-0-MAGELANG-ID-0-J8')).toEqual(ok({ ...v2, page: 'myasn-sertifikat', step: null, status: '?', findings: [] }));
  });

  it('the code tables only grow: every shipped code keeps its meaning, and codes are unique', () => {
    const SHIPPED = {
      PAGE_CODES: { 'sso-login': 'SL', 'asndigital-layanan': 'AL', 'myasn-dashboard': 'MD', 'myasn-layanan': 'ML', 'myasn-sertifikat': 'MS', 'myasn-kontak-pribadi': 'MK', 'bsre-aktivasi': 'BA', 'bsre-passphrase': 'BP' },
      STEP_CODES: { form: 'FO', konfirmasi: 'KF', 'email-aktif': 'EA', 'data-diri': 'DD', 'data-kedinasan': 'DK', 'foto-diri': 'FD', berhasil: 'BH', 'cek-profil': 'CP', 'buat-passphrase': 'BU', masuk: 'MA', otp: 'OP' },
      STATUS_CODES: { NOT_REGISTERED: 'NR', NEW: 'NW', UNVERIFIED: 'UV', WAITING_FOR_VERIFICATION: 'WV', NO_CERTIFICATE: 'NC', ISSUE: 'IS', ACTIVE: 'AC', RENEW: 'RN', EXPIRED: 'EX', SUSPEND: 'SP', REVOKE: 'RV', DENIED: 'DN', '?': 'UK' },
      FIELD_CODES: { nik: 'NK', nip: 'NP', 'nomor-hp': 'HP', 'nomor-telepon': 'TL', 'email-dinas': 'ED', 'email-pribadi': 'EP', otp: 'OT', passphrase: 'PP', 'passphrase-konfirmasi': 'PK', persetujuan: 'ST' },
      VERDICT_CODES: { error: 'E', warn: 'W', ok: 'O' },
      BROWSERS: { chrome: 'C', firefox: 'F', 'firefox-android': 'A', other: 'X' },
      VALIDITY: { ok: 'O', expiring: 'W', expired: 'X' },
      MISSING_CODES: { markers: 'M', step: 'S', status: 'T' },
      LOCALE_CODES: { id: 'ID', en: 'EN' },
    };
    // Param names: the list only grows, in order.
    expect(CODE_TABLES.PARAM_NAMES.slice(0, 11)).toEqual(['count', 'min', 'max', 'minYear', 'maxYear', 'expected', 'type', 'domains', 'domain', 'missing', 'total']);
    for (const [name, table] of Object.entries(SHIPPED)) {
      const now = CODE_TABLES[name as keyof typeof CODE_TABLES] as Record<string, string>;
      expect(now, name).toMatchObject(table);
      expect(new Set(Object.values(now)).size, `${name} codes are unique`).toBe(Object.values(now).length);
      for (const code of Object.values(now)) expect(code, `${name} codes never start with the literal marker`).not.toMatch(/^[.0]/);
    }
  });

  it('every step, status, field and reason of the rules has a code, and reasons survive upper case', () => {
    for (const rule of pageRules) for (const step of rule.steps ?? []) expect(CODE_TABLES.STEP_CODES, `${rule.id}/${step.id}`).toHaveProperty([step.id]);
    for (const status of STATUS_CODES) expect(CODE_TABLES.STATUS_CODES).toHaveProperty([status]);
    const reasons = Object.values(FIELDS).flatMap((f) => f.reasons.map((r) => `${f.id}.${r}`));
    expect(new Set(reasons.map((r) => r.toUpperCase())).size).toBe(reasons.length);
    const messages = Object.values(fieldWords).flatMap((byReason): string[] => Object.values(byReason));
    // Every param a message fills from its finding (not the rule data's numbers) is one the code can carry.
    const params = new Set(messages.flatMap((m) => [...m.matchAll(/\{(\w+)\}/g)].map((x) => x[1]!)).filter((p) => !(p in textNumbers)));
    for (const p of params) expect(CODE_TABLES.PARAM_NAMES as readonly string[], p).toContain(p);
    expect(new Set(CODE_TABLES.PARAM_NAMES.map((p) => p.toUpperCase())).size).toBe(CODE_TABLES.PARAM_NAMES.length);
  });

  it('the example in the README is a real code', () => {
    const readme = readFileSync(join(__dirname, '../../README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('## For helpdesk staff'));
    const example = /`(TTE\d+-[^`]+)`/.exec(section)?.[1];
    expect(example).toMatch(/^TTE2-/);
    expect(decodeHelpCode(example!)).toMatchObject({ ok: true });
  });
});
