// @vitest-environment happy-dom
/**
 * Whatever a user types, the help code built from the resulting findings never contains it, and
 * the helpdesk still reads back exactly the findings the user saw (numbers kept, agency data
 * rebuilt from the profile). Runs the real pipeline: values → evaluateScreen (validators) →
 * findings → encodeHelpCode → decodeHelpCode.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { agencies } from '../../rules/agencies';
import { encodeHelpCode } from '../../rules/helpCode/encode';
import type { HelpCode } from '../../rules/helpCode/schema';
import { decodeHelpCode } from '../../rules/helpCode/decode';
import { detect } from '../../rules/engine/detect';
import { takeSnapshot } from '../../rules/engine/snapshot';
import { readStatus, UNKNOWN_STATUS } from '../../rules/engine/readStatus';
import { evaluateScreen, type FieldValue } from '../../rules/engine/evaluate';
import { FIELDS } from '../../rules/fields';
import { fields as fieldWords } from '../../rules/locales/id/fields';
import type { FieldId } from '../../rules/fields/types';
import { pageRules } from '../../rules/index';
import { isStatusCode } from '../../rules/ids';
import { URLS } from '../fixtures/cases';
import { loadReplica } from '../fixtures/dom';
import { detectAll } from '../fixtures/kit';

const screens = pageRules.flatMap((r) => [r, ...(r.steps ?? [])].map((s) => ({ page: r.id, step: 'markers' in s && s !== r ? s.id : null, fields: s.fields }))).filter((s) => s.fields.length > 0);

const digits = (min: number, max: number) => fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: min, maxLength: max });
// Values shaped like each field's (a field added later is tried with any text: valueOf).
const valueFor: Partial<Record<FieldId, fc.Arbitrary<string>>> = {
  nik: fc.oneof(digits(6, 20), fc.string({ minLength: 6, maxLength: 30 })),
  nip: fc.oneof(digits(6, 22), fc.constant('200012312024211001'), fc.constant('198507152010011002')),
  'nomor-hp': fc.oneof(digits(6, 15).map((d) => '08' + d), digits(6, 14).map((d) => '+628' + d)),
  'nomor-telepon': fc.oneof(digits(6, 12).map((d) => '0293' + d)),
  'email-dinas': fc.oneof(fc.emailAddress(), fc.stringMatching(/^[a-z]{6,12}$/).map((n) => `${n}@pns.magelangkota.go.id`), fc.stringMatching(/^[a-z]{6,12}$/).map((n) => `${n}@bkd.jatengprov.go.id`)),
  'email-pribadi': fc.emailAddress(),
  otp: digits(6, 9),
  passphrase: fc.string({ minLength: 6, maxLength: 40 }),
  'passphrase-konfirmasi': fc.string({ minLength: 6, maxLength: 40 }),
  persetujuan: fc.constant(''),
};
const valueOf = (field: FieldId) => valueFor[field] ?? fc.string({ minLength: 6, maxLength: 40 });

// Texts that may legitimately be in a code: the agency's own data and the code's vocabulary (reason
// codes and param names: fast-check likes to try words such as "length"). The code is
// case-insensitive (written in capitals), so compare in capitals.
const ALLOWED = [
  ...agencies.flatMap((a) => [a.emailDomains.pns, a.emailDomains.pppk, a.id]),
  'TTE2',
  ...Object.values(FIELDS).flatMap((f) => f.reasons.map((r) => `${f.id}.${r}`)),
  ...Object.values(fieldWords)
    .flatMap((byReason): string[] => Object.values(byReason))
    .flatMap((m) => [...m.matchAll(/\{(\w+)\}/g)].map((x) => x[1]!)),
]
  .join(' ')
  .toUpperCase();

describe('help code privacy (property)', () => {
  it.each(screens.map((s) => [`${s.page}${s.step ? '/' + s.step : ''}`, s] as const))('%s: typed values never appear in the code', (_name, screen) => {
    const textFields = screen.fields.filter((f) => f.field !== 'persetujuan');
    if (textFields.length === 0) return;
    fc.assert(
      fc.property(fc.tuple(...textFields.map((f) => valueOf(f.field))), fc.integer({ min: 0, max: 2 }), fc.constantFrom(undefined, 'pns' as const, 'pppk' as const), fc.constantFrom(...agencies), (vals, checked, employeeType, agency) => {
        const values = new Map<FieldId, FieldValue>();
        textFields.forEach((f, i) => values.set(f.field, { kind: 'text', value: vals[i]! }));
        if (screen.fields.some((f) => f.field === 'persetujuan')) values.set('persetujuan', { kind: 'checkbox', checked, total: 2 });
        const findings = evaluateScreen(screen.fields, values, { agency, mode: 'submit', earlierNik: '3371014101900001', employeeType }, FIELDS);
        const helpCode: HelpCode = {
          extVersion: '0.1.0',
          browser: 'chrome',
          page: screen.page,
          step: screen.step,
          status: null,
          findings: findings.map(({ field, verdict, reason, params }) => ({ field, verdict, reason, params })),
          missing: [],
          agency: agency.id,
          locale: 'id',
          validity: null,
        };
        const code = encodeHelpCode(helpCode);
        for (const v of vals) {
          const trimmed = v.trim().toUpperCase();
          if (trimmed.length < 6 || ALLOWED.includes(trimmed)) continue;
          expect(code).not.toContain(trimmed);
        }
        // Nothing the helpdesk needs was dropped: the validators' params are numbers and agency data.
        expect(decodeHelpCode(code)).toEqual({ ok: true, value: helpCode });
      }),
      { numRuns: 150 },
    );
  });
});

/**
 * "Status: BUDI SANTOSO": a word in capitals after the status label may be a name. Only a known
 * status, a code-shaped one (`SOME_CODE`) or the marker may come out of the page, so the code is
 * the very same string as for the marker: nothing of the word is in it.
 */
describe('unknown status privacy (property)', () => {
  const word = fc.stringMatching(/^[A-Z]{3,20}$/);
  const sertifikat: HelpCode = {
    extVersion: '0.1.0',
    browser: 'chrome',
    page: 'myasn-sertifikat',
    step: null,
    status: null,
    findings: [],
    missing: [],
    agency: 'magelang',
    locale: 'id',
    validity: null,
  };
  const markerCode = encodeHelpCode({ ...sertifikat, status: UNKNOWN_STATUS });
  // One or two capitalised words; words that read as a known status ("NOT REGISTERED") are left out.
  const shown = fc.tuple(word, fc.option(word, { nil: undefined })).filter(([a, b]) => !isStatusCode(a) && !(b && isStatusCode(`${a}_${b}`)));

  it('no all-caps word without an underscore after "Status:" reaches the help code', () => {
    fc.assert(
      fc.property(shown, fc.constantFrom('Status: ', 'Status ', 'STATUS : ', 'Status TTE: '), ([a, b], label) => {
        const text = `Instansi Kerja Pemerintah Kota Magelang ${label}${a}${b ? ` ${b}` : ''} Balai Sertifikasi`;
        const status = readStatus(text);
        expect(status).toBe(UNKNOWN_STATUS);
        const code = encodeHelpCode({ ...sertifikat, status });
        expect(code).toBe(markerCode);
        expect(decodeHelpCode(code)).toEqual({ ok: true, value: { ...sertifikat, status: UNKNOWN_STATUS } });
      }),
      { numRuns: 300 },
    );
  });

  it('the encoder writes the marker for any status that is neither known nor code-shaped', () => {
    const notCodeShaped = fc.string({ maxLength: 40 }).filter((s) => s !== '' && !isStatusCode(s) && !/^[A-Z]+(?:_[A-Z]+)+$/.test(s));
    fc.assert(
      fc.property(fc.oneof(word, notCodeShaped), (status) => {
        fc.pre(!isStatusCode(status));
        expect(encodeHelpCode({ ...sertifikat, status })).toBe(markerCode);
      }),
      { numRuns: 300 },
    );
  });

  it('on the certificate page: a name as the status is detected as the marker, and its code is the marker\'s', () => {
    fc.assert(
      fc.property(shown, ([a, b]) => {
        const name = b ? `${a} ${b}` : a;
        loadReplica(`${URLS.SERTIFIKAT}?replica=${encodeURIComponent(`status:${name}`)}`);
        expect(document.body.textContent).toContain(`Status: ${name}`);
        const state = detectAll(location.href, takeSnapshot(document));
        expect(state).toMatchObject({ page: 'myasn-sertifikat', status: UNKNOWN_STATUS });
        expect(encodeHelpCode({ ...sertifikat, status: state.status, missing: state.missing })).toBe(encodeHelpCode({ ...sertifikat, status: UNKNOWN_STATUS, missing: state.missing }));
      }),
      { numRuns: 40 },
    );
  });
});
