// @vitest-environment happy-dom
/**
 * Bad input everywhere: adversarial strings through the decoder, detection and the overlay.
 * No throw, no hang, no HTML injected into the overlay.
 */
import { cleanup, render } from '@testing-library/preact';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { ModelPanel } from '../fixtures/panel';
import { magelang } from '../../rules/agencies/magelang';
import { detect, NO_PAGE } from '../../rules/engine/detect';
import { decodeHelpCode } from '../../rules/helpCode/decode';
import { readStatus, readValidity, UNKNOWN_STATUS } from '../../rules/engine/readStatus';
import { takeSnapshot } from '../../rules/engine/snapshot';
import { URLS } from '../fixtures/cases';
import { loadReplica } from '../fixtures/dom';
import { detectAll } from '../fixtures/kit';

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
        const s = detectAll(url, takeSnapshot(document));
        expect(s.page === null || typeof s.page === 'string').toBe(true);
      }),
      { numRuns: 200 },
    );
    expect(detectAll('not a url', takeSnapshot(document))).toEqual(NO_PAGE);
  });

  it('renders page-derived text only as text (a hostile button label in the guard)', () => {
    const label = '<img src=x onerror="window.__pwned=1">Simpan';
    const { container } = render(
      <ModelPanel
        model={{
          state: { ...NO_PAGE, page: 'myasn-kontak-pribadi', step: 'form', match: 'url+content' },
          findings: [],
          guard: { button: label, problems: [{ field: 'email-dinas', verdict: 'error', reason: 'public', params: { domains: '<b>x</b>' } }] },
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
    const state = detectAll(location.href, takeSnapshot(document));
    expect(state).toMatchObject({ page: 'myasn-sertifikat', status: UNKNOWN_STATUS });
    for (const locale of ['id', 'en'] as const) {
      const { container } = render(
        <ModelPanel
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

describe('the page is not trusted', () => {
  afterEach(cleanup);

  it("a page script's clicks and key presses on the overlay do nothing (only a person's own input acts)", async () => {
    const { vi } = await import('vitest');
    const { model, state } = await import('./overlay/overlayModel');
    const calls = { onToggle: vi.fn(), onLocale: vi.fn(), onSubmitAnyway: vi.fn(), onDismissGuard: vi.fn(), onCopyCode: vi.fn(), onAgencyOffer: vi.fn() };
    const m = model({ state: state({ page: 'myasn-kontak-pribadi', step: 'form' }), agencyOffer: magelang, guard: { button: 'Simpan', problems: [{ field: 'nomor-hp', verdict: 'error', reason: 'tooShort', params: { count: 4, min: 10 } }], mode: 'held' } });
    // No isPerson given: the browser's isTrusted decides, as in every build.
    const { container } = render(<ModelPanel model={m} actions={calls} announcement="" />);
    for (const action of ['locale', 'collapse', 'copy-code', 'submit-anyway', 'fix-first', 'agency-accept', 'agency-decline'])
      (container.querySelector(`[data-action="${action}"]`) as HTMLElement).click();
    container.querySelector('.pt-root')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true }));
    for (const [name, fn] of Object.entries(calls)) expect(fn, name).not.toHaveBeenCalled();
  });

  it('what ships attaches a closed shadow root and keeps the reference; only the e2e build leaves it open', async () => {
    const { mountHost } = await import('../../components/mount');
    const shipped = mountHost(document, '', 'panel', false);
    expect(shipped.host.shadowRoot).toBeNull();
    expect(shipped.root.mode).toBe('closed');
    expect(shipped.host.hasAttribute('data-role')).toBe(false);
    const e2e = mountHost(document, '', 'panel', true);
    expect(e2e.host.shadowRoot).toBe(e2e.root);
    shipped.host.remove();
    e2e.host.remove();
  });

  it("leaves no mark in the page's User Timing outside the benchmark's build", async () => {
    const { mark } = await import('../../platform/content/panelHost');
    performance.clearMarks();
    mark('pemandu:panel');
    expect(performance.getEntriesByType('mark').filter((e) => e.name.startsWith('pemandu:'))).toEqual([]);
  });

  it('another language comes by message from the background, only for a language there is', async () => {
    const { answerWords, isWordsRequest, wordsRequest } = await import('../../platform/wordsMessage');
    const { copy } = await import('../../rules/locales');
    const all = { en: copy.en as never };
    expect(isWordsRequest(wordsRequest('en'))).toBe(true);
    expect(isWordsRequest({ type: 'pemandu:words' })).toBe(false);
    expect(answerWords(wordsRequest('en'), all)).toBe(copy.en);
    expect(answerWords({ type: 'pemandu:words', locale: '__proto__' as never }, all)).toBeUndefined();
    expect(answerWords({ type: 'pemandu:words', locale: 'fr' as never }, all)).toBeUndefined();
  });
});

describe("an unloaded instance's panel", () => {
  it('is removed by the next instance of the same extension; an element the page names like ours is not', async () => {
    const { mountHost, ownedHosts } = await import('../../components/mount');
    const owner = 'moz-extension://0b1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d/';
    const roots = new Map<Element, ShadowRoot>();
    const left = mountHost(document, '', 'panel', false, owner);
    roots.set(left.host, left.root);
    // The page's own: a plain element, and one with a closed root of its own holding a mark with another value.
    const plain = document.documentElement.appendChild(document.createElement('pemandu-tte'));
    const forged = mountHost(document, '', 'panel', false, 'chrome-extension://someone-else/');
    roots.set(forged.host, forged.root);
    const read = (el: Element) => roots.get(el) ?? null;
    expect(ownedHosts(document, owner, read)).toEqual([left.host]);
    for (const el of [left.host, plain, forged.host]) el.remove();
  });
});
