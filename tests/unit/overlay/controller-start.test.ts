// @vitest-environment happy-dom
/**
 * Start-up: the page is read while the settings are still coming from storage; the first
 * render waits for them, so the panel opens in the user's language and size, never in a default first.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ALL_KIT as kit, ALL_PARTS as parts } from '../../fixtures/kit';
import { Controller } from '../../../platform/content/controller';
import { overlayCopy } from '../../../rules/locales/overlay';
import { fakeCtx } from './start';
import { magelang } from '../../../rules/agencies/magelang';
import { umum } from '../../../rules/agencies/umum';

const cleanups: Array<() => void> = [];
afterEach(() => {
  cleanups.splice(0).forEach((f) => f());
  document.body.innerHTML = '';
  document.querySelectorAll('pemandu-tte').forEach((e) => e.remove());
  vi.restoreAllMocks();
});

function startWithoutSettings(url: string, html: string, loadLocale?: (l: 'id' | 'en') => Promise<boolean>): Controller {
  (window as unknown as { happyDOM: { setURL(u: string): void } }).happyDOM.setURL(url);
  document.body.innerHTML = html;
  const { ctx, invalidate } = fakeCtx();
  cleanups.push(invalidate);
  const c = new Controller(ctx, document, { kit, parts, settings: null, saveCollapsed: vi.fn(), saveLocale: vi.fn(), loadLocale, isPerson: () => true, afterPaint: (fn) => fn() });
  c.start();
  return c;
}

describe('Controller start-up', () => {
  it('reads the page at once and renders only with the settings, in their language', () => {
    const scan = vi.spyOn(Controller.prototype, 'scan');
    const c = startWithoutSettings('https://myasn.bkn.go.id/layanan-asn', '<h1>Layanan ASN</h1>');
    expect(scan).toHaveBeenCalledTimes(1);
    expect(document.querySelector('pemandu-tte')).toBeNull();
    expect(c.summary()).toMatchObject({ page: null });
    c.applySettings({ locale: 'en', collapsed: true, agency: umum });
    const host = document.querySelector('pemandu-tte');
    expect(host?.getAttribute('data-page')).toBe('myasn-layanan');
    expect(host?.getAttribute('lang')).toBe('en');
    expect(c.summary()).toMatchObject({ page: 'myasn-layanan' });
  });

  it('what only a shown panel needs waits until after its first paint, once: the policy and profiles asked, the panel followed on resize', async () => {
    (window as unknown as { happyDOM: { setURL(u: string): void } }).happyDOM.setURL('https://myasn.bkn.go.id/layanan-asn');
    document.body.innerHTML = '<h1>Layanan ASN</h1>';
    const { ctx, invalidate } = fakeCtx();
    cleanups.push(invalidate);
    const shown = vi.fn();
    const c = new Controller(ctx, document, { kit, parts, settings: null, saveCollapsed: vi.fn(), saveLocale: vi.fn(), shown });
    c.start();
    const place = vi.spyOn((c as unknown as { panel: { place(): void } }).panel, 'place');
    window.dispatchEvent(new Event('resize'));
    expect(place).not.toHaveBeenCalled();
    c.applySettings({ locale: 'id', collapsed: false, agency: umum });
    expect(shown).not.toHaveBeenCalled();
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 5)));
    expect(shown).toHaveBeenCalledTimes(1);
    place.mockClear();
    window.dispatchEvent(new Event('resize'));
    expect(place).toHaveBeenCalled();
    c.render();
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 5)));
    expect(shown).toHaveBeenCalledTimes(1);
  });

  it("a focus change re-docks only a phone's sheet: a wider window's panel stays where it is", async () => {
    const happyDOM = (window as unknown as { happyDOM: { setURL(u: string): void; setViewport(v: { width: number; height: number }): void } }).happyDOM;
    happyDOM.setURL('https://myasn.bkn.go.id/layanan-asn');
    document.body.innerHTML = '<h1>Layanan ASN</h1><input id="f">';
    const { ctx, invalidate } = fakeCtx();
    cleanups.push(invalidate);
    const c = new Controller(ctx, document, { kit, parts, settings: { locale: 'id', collapsed: false, agency: umum }, saveCollapsed: vi.fn(), saveLocale: vi.fn() });
    c.start();
    c.render();
    const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 5)));
    await frame();
    const place = vi.spyOn((c as unknown as { panel: { place(): void } }).panel, 'place');
    // The window's size is set first (a resize docks at once), then only the focus moves.
    const focusMoves = async () => {
      await frame();
      place.mockClear();
      document.getElementById('f')!.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
      await frame();
    };
    try {
      happyDOM.setViewport({ width: 1366, height: 768 });
      await focusMoves();
      expect(place).not.toHaveBeenCalled();
      happyDOM.setViewport({ width: 360, height: 640 });
      await focusMoves();
      expect(place).toHaveBeenCalled();
    } finally {
      happyDOM.setViewport({ width: 1024, height: 768 });
    }
  });

  it('shows nothing after the settings on a page that is none of the guide', () => {
    const c = startWithoutSettings('https://example.org/', '<h1>Layanan ASN</h1>');
    c.applySettings({ locale: 'id', collapsed: false, agency: magelang });
    expect(document.querySelector('pemandu-tte')).toBeNull();
  });

  it.each([true, false])('switching to a language whose words are not here yet loads them first (loaded: %s)', async (loads) => {
    const english = overlayCopy.en!;
    delete overlayCopy.en; // as in the content script, which carries Indonesian only
    try {
      const load = vi.fn(async () => {
        if (loads) overlayCopy.en = english;
        return loads;
      });
      const c = startWithoutSettings('https://myasn.bkn.go.id/layanan-asn', '<h1>Layanan ASN</h1>', load);
      c.applySettings({ locale: 'id', collapsed: false, agency: magelang });
      const host = document.querySelector('pemandu-tte')!;
      (host.shadowRoot!.querySelector('[data-action="locale"]') as HTMLElement).click();
      expect(load).toHaveBeenCalledWith('en');
      expect(host.getAttribute('lang')).toBe('id');
      await new Promise((r) => setTimeout(r, 0));
      expect(host.getAttribute('lang')).toBe(loads ? 'en' : 'id');
    } finally {
      overlayCopy.en = english;
    }
  });
});

