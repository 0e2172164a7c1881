// @vitest-environment happy-dom
/**
 * A keystroke's own work: the input handler only notes the field, so the frame that shows the
 * typed character is not delayed; the verdict is drawn in a task after that frame, once for all
 * keys typed meanwhile. A click in between still counts the field as the user's own edit.
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ALL_KIT as kit, ALL_PARTS as parts } from '../../fixtures/kit';
import { Controller } from '../../../platform/content/controller';
import { fakeCtx } from './start';
import { fakeLayout } from './layout';
import { magelang } from '../../../rules/agencies/magelang';

const WIZARD = `
  <ol class="stepper"><li>Data Diri</li><li>Data Kedinasan</li><li>Foto Diri</li></ol>
  <section id="diri">
    <h2>Data Diri</h2>
    <label for="nama">Nama Lengkap*</label><input id="nama" name="nama">
    <label for="nik">NIK*</label><input id="nik" name="nik">
    <div><span>Nomor HP*</span><input name="no_hp"></div>
    <button type="button" id="kirim">Kirim Kode OTP</button>
    <button type="button" id="next1">Next</button>
  </section>`;

const shadow = () => document.querySelector('pemandu-tte')?.shadowRoot ?? null;
const verdict = () => shadow()?.querySelector('[data-field="nik"]')?.getAttribute('data-verdict') ?? null;
const nik = () => document.getElementById('nik') as HTMLInputElement;
function type(value: string) {
  nik().value = value;
  nik().dispatchEvent(new Event('input', { bubbles: true }));
}

let stop: () => void = () => {};
let layout: ReturnType<typeof fakeLayout>;
let renders = 0;
beforeEach(() => {
  fakeBrowser.reset();
  layout = fakeLayout();
  (window as unknown as { happyDOM: { setURL(u: string): void } }).happyDOM.setURL('https://bsre.bssn.go.id/email/aktivasi/akun/5d710ec7');
  document.body.innerHTML = WIZARD;
  const { ctx, invalidate } = fakeCtx();
  // The browser's own scheduling: no afterPaint stand-in.
  const c = new Controller(ctx, document, { kit, parts, settings: { locale: 'id', collapsed: false, agency: magelang }, saveCollapsed: vi.fn(), saveLocale: vi.fn(), isPerson: () => true });
  c.start();
  const render = c.render.bind(c);
  renders = 0;
  c.render = () => {
    renders++;
    render();
  };
  stop = invalidate;
});
afterEach(() => {
  layout.restore();
  stop();
  document.body.innerHTML = '';
  document.querySelectorAll('pemandu-tte').forEach((e) => e.remove());
});

describe('typing is judged after the next paint', () => {
  it('a keystroke draws nothing at once; the verdict follows after a frame, one render for several keys', async () => {
    expect(shadow()).not.toBeNull();
    const frames = vi.spyOn(window, 'requestAnimationFrame');
    type('3');
    type('33');
    type('337101010190000');
    expect(renders).toBe(0);
    expect(verdict()).toBeNull();
    expect(frames).toHaveBeenCalledTimes(1);
    await vi.waitFor(() => expect(verdict()).toBe('error'));
    expect(renders).toBe(1);
    frames.mockRestore();
  });

  it('a click before the verdict is drawn still finds the typed field: Kirim Kode OTP is held', () => {
    type('337101010190000');
    expect(verdict()).toBeNull();
    const clicked = vi.fn();
    document.getElementById('kirim')!.addEventListener('click', clicked);
    document.getElementById('kirim')!.click();
    expect(clicked).not.toHaveBeenCalled();
    expect(shadow()!.querySelector('[data-guard]')).not.toBeNull();
  });
});
