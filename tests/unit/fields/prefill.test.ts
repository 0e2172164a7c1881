// @vitest-environment happy-dom
/**
 * The content script on a Kontak Pribadi form the portal has filled in: what the portal put there
 * and the user left alone never holds Simpan (a "-" in the optional Nomor Telepon is not even
 * judged); what the user types is judged as always. And a "+62" box in front of Nomor HP is read.
 * Whether a click with problems is really held depends on the panel being usable on screen, which
 * happy-dom cannot lay out (guardCheck.ts); so here "held back" is the guard listing the field as a
 * problem, and tests/e2e/fields.e2e.ts checks the real hold in both browsers.
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ALL_KIT as kit, ALL_PARTS as parts } from '../../fixtures/kit';
import { Controller } from '../../../platform/content/controller';
import { fakeCtx } from '../overlay/start';
import { magelang } from '../../../rules/agencies/magelang';


/** Kontak Pribadi as the portal renders it for someone whose profile has old data in it. */
const KONTAK = (telepon: string, hp: string, emailDinas: string, hpBox = '') => `
  <h2>Kontak Pribadi</h2>
  <form id="f">
    <label for="tel">Nomor Telepon</label><input id="tel" name="telepon" value="${telepon}">
    <label for="hp">Nomor Handphone *</label><div class="input-group">${hpBox}<input id="hp" name="handphone" value="${hp}"></div>
    <label for="ed">Email Dinas</label><input id="ed" name="email_dinas" value="${emailDinas}">
    <label for="ep">Email Pribadi *</label><input id="ep" name="email_pribadi">
    <button type="submit" id="simpan">Simpan</button>
  </form>`;

function type(el: HTMLInputElement, value: string) {
  el.value = value;
  el.dispatchEvent(new Event('input', { bubbles: true }));
}

const shadow = () => document.querySelector('pemandu-tte')!.shadowRoot!;
const verdictOf = (field: string) => shadow().querySelector(`[data-field="${field}"]`)?.getAttribute('data-verdict') ?? null;
let stop: () => void = () => {};

function start(html: string) {
  (window as unknown as { happyDOM: { setURL(u: string): void } }).happyDOM.setURL('https://myasn.bkn.go.id/profil/update#kontak-pribadi');
  document.body.innerHTML = html;
  const { ctx, invalidate } = fakeCtx();
  new Controller(ctx, document, { kit, parts, settings: { locale: 'id', collapsed: false, agency: magelang }, saveCollapsed: vi.fn(), saveLocale: vi.fn(), isPerson: () => true, afterPaint: (fn) => fn() }).start();
  stop = invalidate;
  const form = document.getElementById('f') as HTMLFormElement;
  const saved = vi.fn((e: Event) => e.preventDefault());
  form.addEventListener('submit', saved);
  return { saved, simpan: () => (document.getElementById('simpan') as HTMLButtonElement).click() };
}

beforeEach(() => fakeBrowser.reset());
afterEach(() => {
  stop();
  document.body.innerHTML = '';
  document.querySelectorAll('pemandu-tte').forEach((e) => e.remove());
});

describe('a form the portal filled in', () => {
  it('Nomor Telepon "-" from the portal: not judged, and Simpan passes untouched', () => {
    const { saved, simpan } = start(KONTAK('-', '0812-3456-7890', 'budi@pns.magelangkota.go.id'));
    expect(verdictOf('nomor-telepon')).toBeNull();
    simpan();
    expect(saved).toHaveBeenCalledTimes(1);
    expect(shadow().querySelector('[data-guard]')).toBeNull();
    expect((document.getElementById('tel') as HTMLInputElement).value).toBe('-');
  });

  it('old wrong data the user did not touch is a gentle warning, never a held Simpan', () => {
    const { saved, simpan } = start(KONTAK('12345', '0812', 'budi@gmail.com'));
    expect(verdictOf('nomor-hp')).toBe('warn');
    expect(verdictOf('email-dinas')).toBe('warn');
    simpan();
    expect(saved).toHaveBeenCalledTimes(1);
    expect(shadow().querySelector('[data-guard]')).toBeNull();
  });

  it('once the user edits a field, its error is a problem for Simpan as always', () => {
    const { simpan } = start(KONTAK('-', '0812-3456-7890', 'budi@pns.magelangkota.go.id'));
    type(document.getElementById('ed') as HTMLInputElement, 'budi@gmail.com');
    expect(verdictOf('email-dinas')).toBe('error');
    simpan();
    expect(shadow().querySelector('[data-guard-field="email-dinas"]')).not.toBeNull();
  });

  it('the user typing "-" into the optional Nomor Telepon is not judged either', () => {
    const { saved, simpan } = start(KONTAK('', '0812-3456-7890', ''));
    type(document.getElementById('tel') as HTMLInputElement, '-');
    expect(verdictOf('nomor-telepon')).toBeNull();
    simpan();
    expect(saved).toHaveBeenCalledTimes(1);
  });
});

describe('Nomor HP behind a +62 box', () => {
  const BOX = '<span class="input-group-text">+62</span>';

  it('81234567890 is ok, 0812… a warning, and neither holds Simpan', () => {
    const { saved, simpan } = start(KONTAK('', '', '', BOX));
    const hp = document.getElementById('hp') as HTMLInputElement;
    type(hp, '81234567890');
    expect(verdictOf('nomor-hp')).toBe('ok');
    type(hp, '0812-3456-7890');
    expect(verdictOf('nomor-hp')).toBe('warn');
    expect(shadow().querySelector('[data-field="nomor-hp"]')!.textContent).toContain('sudah tertulis +62');
    simpan();
    expect(saved).toHaveBeenCalledTimes(1);
  });

  it('without the box, 81234567890 is an error, a problem for Simpan', () => {
    const { simpan } = start(KONTAK('', '', ''));
    type(document.getElementById('hp') as HTMLInputElement, '81234567890');
    expect(verdictOf('nomor-hp')).toBe('error');
    simpan();
    expect(shadow().querySelector('[data-guard-field="nomor-hp"]')).not.toBeNull();
  });
});
