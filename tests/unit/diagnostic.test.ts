import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checksum, detectBrowser, encodeDiagnostic, type Diagnostic } from '../../rules/engine/diagnostic';
import { decodeDiagnostic } from '../../rules/engine/diagnosticDecode';
import { pageRules } from '../../rules/index';
import { STATUS_CODES } from '../../rules/statuses';

const base: Diagnostic = {
  extVersion: '0.1.0',
  browser: 'chrome',
  page: 'bsre-aktivasi',
  step: 'data-diri',
  status: null,
  findings: [
    { field: 'nik', verdict: 'error', reason: 'nik.length', params: { count: 15 } },
    { field: 'nomor-hp', verdict: 'ok', reason: 'phone.ok' },
  ],
  missing: ['field:otp'],
  agency: 'magelang',
  locale: 'id',
  validity: null,
};

describe('help code', () => {
  it('round-trips and stays short', () => {
    const code = encodeDiagnostic(base);
    expect(code.length).toBeLessThan(90);
    expect(code).toMatch(/^TTE1-/);
    expect(code).not.toMatch(/[*_~`\s]/);
    expect(decodeDiagnostic(code)).toEqual({ ok: true, value: base });
  });

  it('round-trips every page, step and status', () => {
    for (const rule of pageRules) {
      for (const step of [null, ...(rule.steps ?? []).map((s) => s.id)]) {
        for (const status of [null, ...STATUS_CODES, 'SOMETHING_NEW']) {
          const d: Diagnostic = { ...base, page: rule.id, step, status, findings: [], missing: [], validity: status === 'ACTIVE' ? { state: 'expiring', source: 'shown', daysLeft: 45 } : null };
          expect(decodeDiagnostic(encodeDiagnostic(d))).toEqual({ ok: true, value: d });
        }
      }
    }
  });

  it('carries message params (counts, agency domains) escaped, and expired days', () => {
    const d: Diagnostic = {
      ...base,
      findings: [{ field: 'email-dinas', verdict: 'warn', reason: 'emailDinas.otherSubdomain', params: { expected: 'asn.magelangkota.go.id', type: 'PPPK (NI-PPPK)' } }],
      validity: { state: 'expired', source: 'computed', daysLeft: -12 },
    };
    const code = encodeDiagnostic(d);
    expect(code.split('-').length).toBe(12);
    expect(decodeDiagnostic(code)).toEqual({ ok: true, value: d });
  });

  it('survives WhatsApp wrapping and spaces', () => {
    const code = encodeDiagnostic(base);
    expect(decodeDiagnostic(`*${code}*\n`)).toEqual({ ok: true, value: base });
    expect(decodeDiagnostic(`  ${code.slice(0, 10)} ${code.slice(10)}  `)).toEqual({ ok: true, value: base });
  });

  it('rejects any single mistyped character with a checksum (or format) error', () => {
    const code = encodeDiagnostic(base);
    for (let i = 5; i < code.length; i++) {
      const ch = code[i]!;
      const repl = ch === 'A' ? 'B' : ch === '1' ? '2' : ch === '-' ? '+' : 'A';
      const r = decodeDiagnostic(code.slice(0, i) + repl + code.slice(i + 1));
      expect(r.ok, `position ${i}`).toBe(false);
    }
  });

  it('tells an unsupported format version apart from garbage', () => {
    const code = encodeDiagnostic(base);
    expect(decodeDiagnostic(code.replace(/^TTE1/, 'TTE0'))).toEqual({ ok: false, error: 'version' });
    expect(decodeDiagnostic(code.replace(/^TTE1/, 'TTE2'))).toEqual({ ok: false, error: 'version' });
    expect(decodeDiagnostic('halo pak')).toEqual({ ok: false, error: 'format' });
    expect(decodeDiagnostic('')).toEqual({ ok: false, error: 'empty' });
  });

  it('decodes codes made by an older extension version', () => {
    const old = { ...base, extVersion: '0.0.9' };
    expect(decodeDiagnostic(encodeDiagnostic(old))).toEqual({ ok: true, value: old });
  });

  it('rejects a well-checksummed code whose content is invalid', () => {
    const body = 'TTE1-0.1.0-C-ZZ-0-0-0-0-magelang-id-0';
    expect(decodeDiagnostic(`${body}-${checksum(body)}`)).toEqual({ ok: false, error: 'content' });
  });

  it('never throws on arbitrary input', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (s) => {
        const r = decodeDiagnostic(s);
        expect(typeof r.ok).toBe('boolean');
      }),
      { numRuns: 500 },
    );
  });

  it('detects the browser from the user agent', () => {
    expect(detectBrowser('Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0 Safari/537.36')).toBe('chrome');
    expect(detectBrowser('Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0')).toBe('firefox');
    expect(detectBrowser('Mozilla/5.0 (Android 14; Mobile; rv:142.0) Gecko/142.0 Firefox/142.0')).toBe('firefox-android');
  });
});
