/**
 * Bad input everywhere: adversarial strings through the decoder, detection and the overlay.
 * No throw, no hang, no HTML injected into the overlay.
 */
import { cleanup, render } from '@testing-library/preact';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { Panel } from '../../components/Panel';
import { magelang } from '../../rules/agencies/magelang';
import { detect, NO_PAGE } from '../../rules/engine/detect';
import { decodeHelpCode } from '../../rules/helpCode/decode';
import { readStatus, readValidity, UNKNOWN_STATUS } from '../../rules/engine/readStatus';
import { takeSnapshot } from '../../rules/engine/snapshot';
import { URLS } from '../fixtures/cases';
import { loadReplica } from '../fixtures/dom';

const ADVERSARIAL = [
  '',
  ' '.repeat(10_000),
  'x'.repeat(1_000_000),
  '３３７１０１４１０１９００００１', // full-width digits
  '٣٣٧١٠١٤١٠١٩٠٠٠٠١', // Arabic-Indic digits
  '\u202Eatad pmud\u202C',
  '3371\u200B0141\u200D01900001',
  '<img src=x onerror=alert(1)>',
  '"><script>alert(1)</script>',
  'TTE1-' + '-'.repeat(5000),
  'TTE1-0.1.0-C-MS-0-S0-0-0-magelang-id-0-0000',
  '\uD800\uDC00\uD800',
];

const arbitrary = fc.oneof(fc.string({ maxLength: 400 }), fc.string({ unit: 'binary', maxLength: 400 }), fc.constantFrom(...ADVERSARIAL));

describe('hostile input', () => {
  afterEach(cleanup);

  it('the help-code decoder never throws and rejects garbage with a reason', () => {
    fc.assert(
      fc.property(arbitrary, (s) => {
        const r = decodeHelpCode(s);
        if (!r.ok) expect(['empty', 'format', 'checksum', 'version', 'content', 'truncated', 'newer']).toContain(r.error);
      }),
      { numRuns: 400 },
    );
  });

  it('status and validity readers never throw on arbitrary page text', () => {
    fc.assert(
      fc.property(arbitrary, (s) => {
        const code = readStatus(s);
        if (code !== null && code !== UNKNOWN_STATUS) expect(code).toMatch(/^[A-Z][A-Z_]{1,31}$/);
        readValidity(s, new Date(), 2, 60);
      }),
      { numRuns: 400 },
    );
  });

  it('detection never throws on arbitrary URLs and page text', () => {
    fc.assert(
      fc.property(arbitrary, fc.webUrl(), (text, url) => {
        document.body.textContent = text;
        const s = detect(url, takeSnapshot(document));
        expect(s.page === null || typeof s.page === 'string').toBe(true);
      }),
      { numRuns: 200 },
    );
    expect(detect('not a url', takeSnapshot(document))).toEqual(NO_PAGE);
  });

  it('renders page-derived text only as text (a hostile button label in the guard)', () => {
    const label = '<img src=x onerror="window.__pwned=1">Simpan';
    const { container } = render(
      <Panel
        model={{
          state: { ...NO_PAGE, page: 'myasn-kontak-pribadi', step: 'form', match: 'url+content' },
          findings: [],
          guard: { button: label, problems: [{ field: 'email-dinas', verdict: 'error', reason: 'email-dinas.public', params: { domains: '<b>x</b>' } }] },
          locale: 'id',
          agency: magelang,
          settled: true,
          collapsed: false,
          canCopyCode: false,
          helpCode: null,
        }}
        actions={{ onToggle() {}, onLocale() {}, onSubmitAnyway() {}, onDismissGuard() {} }}
        announcement="<b>bold</b>"
      />,
    );
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('b')).toBeNull();
    expect(container.textContent).toContain('<img src=x');
  });

  it('a name shown as the certificate status appears nowhere in the overlay', () => {
    loadReplica(`${URLS.SERTIFIKAT}?replica=${encodeURIComponent('status:BUDI SANTOSO')}`);
    const state = detect(location.href, takeSnapshot(document));
    expect(state).toMatchObject({ page: 'myasn-sertifikat', status: UNKNOWN_STATUS });
    for (const locale of ['id', 'en'] as const) {
      const { container } = render(
        <Panel
          model={{ state, findings: [], guard: null, locale, agency: magelang, settled: true, collapsed: false, canCopyCode: true, helpCode: null }}
          actions={{ onToggle() {}, onLocale() {}, onSubmitAnyway() {}, onDismissGuard() {} }}
          announcement=""
        />,
      );
      // The page still gets the unknown-status explanation, without the name.
      expect(container.querySelector(`[data-status-explained="${UNKNOWN_STATUS}"]`)?.textContent).toMatch(locale === 'id' ? /belum mengenal/ : /does not know/);
      expect(container.innerHTML).not.toMatch(/BUDI|SANTOSO/i);
      cleanup();
    }
  });

  it('snapshots a huge page within its caps', () => {
    document.body.innerHTML = '<div>' + '<p>Status: ACTIVE lorem ipsum</p>'.repeat(20_000) + '</div>';
    const snap = takeSnapshot(document);
    expect(snap.text.length).toBeLessThan(80_000);
    expect(readStatus(snap.rawText)).toBe('ACTIVE');
  });
});
