// @vitest-environment happy-dom
/**
 * The content script's loop in happy-dom: detection on a live DOM, wizard step change without a
 * URL change, field findings, the submit guard both ways, and privacy of typed values.
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ALL_KIT as kit, ALL_PARTS as parts } from '../../fixtures/kit';
import { Controller } from '../../../platform/content/controller';
import { fakeCtx } from './start';
import { fakeLayout } from './layout';
import { magelang } from '../../../rules/agencies/magelang';


const WIZARD = `
  <header><nav><a href="#">Beranda</a></nav></header>
  <ol class="stepper"><li>Data Diri</li><li>Data Kedinasan</li><li>Foto Diri</li></ol>
  <section id="diri">
    <h2>Data Diri</h2>
    <label for="nama">Nama Lengkap*</label><input id="nama" name="nama">
    <label for="nik">NIK*</label><input id="nik" name="nik">
    <div><span>Nomor HP*</span><input name="no_hp"></div>
    <button type="button" id="kirim">Kirim Kode OTP</button>
    <button type="button" id="next1">Next</button>
  </section>
  <section id="kedinasan" hidden>
    <h2>Data Kedinasan</h2>
    <p>Silahkan pilih status kepegawaian anda!</p>
    <label for="nip">NIP / NRP</label><input id="nip" name="nip">
    <button type="button" id="cek">Cek NIP / NRP</button>
  </section>`;

function type(el: HTMLInputElement, value: string) {
  el.value = value;
  el.dispatchEvent(new Event('input', { bubbles: true }));
}

const shadow = () => document.querySelector('pemandu-tte')?.shadowRoot ?? null;
let stop: () => void = () => {};

function start(url: string, html: string, collapsed: boolean | null = false) {
  (window as unknown as { happyDOM: { setURL(u: string): void } }).happyDOM.setURL(url);
  document.body.innerHTML = html;
  const { ctx, invalidate } = fakeCtx();
  const c = new Controller(ctx, document, {
    kit,
    parts,
    settings: { locale: 'id', collapsed, agency: magelang },
    saveCollapsed: vi.fn(),
    saveLocale: vi.fn(),
    // happy-dom makes no trusted event: its clicks stand for a person's.
    isPerson: () => true,
    afterPaint: (fn) => fn(),
  });
  c.start();
  stop = invalidate;
  return c;
}

let layout: ReturnType<typeof fakeLayout>;
beforeEach(() => {
  fakeBrowser.reset();
  // A browser's layout, so the guard can see its "Tetap lanjutkan" (see layout.ts).
  layout = fakeLayout();
});
afterEach(() => {
  layout.restore();
  stop();
  document.body.innerHTML = '';
  document.querySelectorAll('pemandu-tte').forEach((e) => e.remove());
});

describe('Controller', () => {
  it('adds nothing to a page that is not a portal page', () => {
    start('https://bsre.bssn.go.id/berita/123', '<h1>Berita</h1><p>Tidak ada wizard di sini.</p>');
    expect(document.querySelector('pemandu-tte')).toBeNull();
  });

  it('detects the wizard step and follows a step change with no URL change', async () => {
    start('https://bsre.bssn.go.id/email/aktivasi/akun/5d710ec7', WIZARD);
    const host = document.querySelector('pemandu-tte')!;
    expect(host.getAttribute('data-page')).toBe('bsre-aktivasi');
    expect(host.getAttribute('data-step')).toBe('data-diri');
    expect(host.shadowRoot).not.toBeNull();
    document.getElementById('diri')!.hidden = true;
    document.getElementById('kedinasan')!.hidden = false;
    await vi.waitFor(() => expect(host.getAttribute('data-step')).toBe('data-kedinasan'), { timeout: 2000 });
  });

  it('checks a field as the user types, with a specific message', async () => {
    start('https://bsre.bssn.go.id/email/aktivasi/akun/5d710ec7', WIZARD);
    type(document.getElementById('nik') as HTMLInputElement, '337101010190000');
    const f = shadow()!.querySelector('[data-field="nik"]')!;
    expect(f.getAttribute('data-verdict')).toBe('error');
    expect(f.textContent).toContain('15');
    type(document.getElementById('nik') as HTMLInputElement, '3371014101900001');
    expect(shadow()!.querySelector('[data-field="nik"]')!.getAttribute('data-verdict')).toBe('ok');
  });

  it('finds a field by its neighbouring label and after the framework re-creates it', () => {
    start('https://bsre.bssn.go.id/email/aktivasi/akun/5d710ec7', WIZARD);
    const old = document.querySelector('input[name="no_hp"]')!;
    const fresh = document.createElement('input');
    fresh.name = 'no_hp';
    old.replaceWith(fresh);
    type(fresh, '0812-3456');
    expect(shadow()!.querySelector('[data-field="nomor-hp"]')!.getAttribute('data-verdict')).toBe('error');
  });

  it('tells the popup what the panel shows: page, step, guide step and error count from one view', () => {
    const c = start('https://bsre.bssn.go.id/email/aktivasi/akun/5d710ec7', WIZARD);
    type(document.getElementById('nik') as HTMLInputElement, '12345');
    const shown = shadow()!.querySelector('[data-guide-step]')!.getAttribute('data-guide-step');
    expect(c.summary()).toEqual({ page: 'bsre-aktivasi', step: 'data-diri', status: null, guideStep: Number(shown), errors: 1, looksDifferent: false });
  });

  it('tells the popup nothing on a page off the guide', () => {
    const c = start('https://bsre.bssn.go.id/berita/123', '<h1>Berita</h1>');
    expect(c.summary()).toMatchObject({ page: null, guideStep: null, errors: 0 });
  });

  it('holds back a submit with errors; "Tetap lanjutkan" replays it and lets the next click through', () => {
    start('https://bsre.bssn.go.id/email/aktivasi/akun/5d710ec7', WIZARD);
    const pageHandler = vi.fn();
    document.getElementById('kirim')!.addEventListener('click', pageHandler);
    const nik = document.getElementById('nik') as HTMLInputElement;
    type(nik, '12345');
    document.getElementById('kirim')!.click();
    expect(pageHandler).not.toHaveBeenCalled();
    const guard = shadow()!.querySelector('[data-guard]')!;
    expect(guard.textContent).toContain('Kirim Kode OTP');
    (shadow()!.querySelector('[data-action="submit-anyway"]') as HTMLElement).click();
    expect(pageHandler).toHaveBeenCalledTimes(1);
    expect(nik.value).toBe('12345');
    // A page that ignored the replayed click gets the person's next one.
    document.getElementById('kirim')!.click();
    expect(pageHandler).toHaveBeenCalledTimes(2);
    // Only that one: the click after it is judged again.
    document.getElementById('kirim')!.click();
    expect(pageHandler).toHaveBeenCalledTimes(2);
  });

  it('judges a submit on the page as it is at the click: a box hidden since the last read holds nothing', () => {
    start('https://bsre.bssn.go.id/email/aktivasi/akun/5d710ec7', WIZARD);
    const pageHandler = vi.fn();
    document.getElementById('kirim')!.addEventListener('click', pageHandler);
    const nik = document.getElementById('nik') as HTMLInputElement;
    type(nik, '12345');
    // The page hides the box (still in the DOM); the click comes before any re-read of the page.
    nik.hidden = true;
    document.getElementById('kirim')!.click();
    expect(pageHandler).toHaveBeenCalledTimes(1);
    expect(nik.value).toBe('12345');
  });

  it('lets a click pass untouched when nothing is wrong', () => {
    start('https://bsre.bssn.go.id/email/aktivasi/akun/5d710ec7', WIZARD);
    const pageHandler = vi.fn();
    document.getElementById('kirim')!.addEventListener('click', pageHandler);
    type(document.getElementById('nik') as HTMLInputElement, '3371014101900001');
    document.getElementById('kirim')!.click();
    expect(pageHandler).toHaveBeenCalledTimes(1);
    expect(shadow()!.querySelector('[data-guard]')).toBeNull();
  });

  it('holds back a form submitted with Enter (no submitter) and releases it once', () => {
    start('https://myasn.bkn.go.id/profil/update#kontak-pribadi', `
      <h2>Kontak Pribadi</h2>
      <form id="f"><label for="hp">Nomor Handphone *</label><input id="hp" name="handphone">
      <label for="ed">Email Dinas</label><input id="ed" name="email_dinas">
      <label for="ep">Email Pribadi *</label><input id="ep" name="email_pribadi"></form>`);
    const form = document.getElementById('f') as HTMLFormElement;
    const pageSubmit = vi.fn((e: Event) => e.preventDefault());
    form.addEventListener('submit', pageSubmit);
    type(document.getElementById('ed') as HTMLInputElement, 'budi@gmail.com');
    expect(shadow()!.querySelector('[data-field="email-dinas"]')!.getAttribute('data-verdict')).toBe('error');
    form.requestSubmit();
    expect(pageSubmit).not.toHaveBeenCalled();
    (shadow()!.querySelector('[data-action="submit-anyway"]') as HTMLElement).click();
    expect(pageSubmit).toHaveBeenCalledTimes(1);
    expect((document.getElementById('ed') as HTMLInputElement).value).toBe('budi@gmail.com');
  });

  it('an updated or reloaded extension: the orphan stops and removes its own panel, the new instance mounts its own', async () => {
    const url = 'https://bsre.bssn.go.id/email/aktivasi/akun/5d710ec7';
    start(url, WIZARD);
    // The orphan's context ends as the new instance announces itself (start.ts lets that through only once orphaned).
    stop();
    expect(document.querySelectorAll('pemandu-tte')).toHaveLength(0);
    const { ctx, invalidate } = fakeCtx();
    new Controller(ctx, document, { kit, parts, settings: { locale: 'id', collapsed: false, agency: magelang }, saveCollapsed: vi.fn(), saveLocale: vi.fn() }).start();
    expect(document.querySelectorAll('pemandu-tte')).toHaveLength(1);
    document.getElementById('diri')!.hidden = true;
    document.getElementById('kedinasan')!.hidden = false;
    await vi.waitFor(() => expect(document.querySelector('pemandu-tte')?.getAttribute('data-step')).toBe('data-kedinasan'));
    expect(document.querySelectorAll('pemandu-tte')).toHaveLength(1);
    stop = invalidate;
  });

  it('an element the page names <pemandu-tte> is page content: read, judged, never taken for a newer instance', async () => {
    const url = 'https://bsre.bssn.go.id/email/aktivasi/akun/5d710ec7';
    // The page wraps its whole form in a decoy of our tag.
    start(url, `<pemandu-tte id="decoy">${WIZARD}</pemandu-tte>`);
    const ours = () => Array.from(document.querySelectorAll('pemandu-tte')).filter((e) => e.id !== 'decoy');
    // Its text is read: the wizard step inside it is detected.
    await vi.waitFor(() => expect(ours()[0]?.getAttribute('data-step')).toBe('data-diri'));
    const pageHandler = vi.fn();
    document.getElementById('kirim')!.addEventListener('click', pageHandler);
    type(document.querySelector('input[name="no_hp"]') as HTMLInputElement, '0812');
    // A click inside it is judged like any other.
    document.getElementById('kirim')!.click();
    expect(pageHandler).not.toHaveBeenCalled();
    // The page removing our host: it comes back; the decoy does not make us stop.
    ours()[0]!.remove();
    document.getElementById('diri')!.hidden = true;
    document.getElementById('kedinasan')!.hidden = false;
    await vi.waitFor(() => expect(ours()[0]?.getAttribute('data-step')).toBe('data-kedinasan'));
    expect(ours()).toHaveLength(1);
  });

  it('never puts typed values into the overlay, storage or the console', async () => {
    const log = vi.spyOn(console, 'log');
    const warn = vi.spyOn(console, 'warn');
    start('https://bsre.bssn.go.id/email/passphrase/9f3e', `
      <h2>Buat Passphrase</h2>
      <label for="p">Passphrase</label><input id="p" type="password" name="passphrase">
      <label for="k">Konfirmasi Passphrase</label><input id="k" type="password" name="confirm">
      <label><input type="checkbox" name="agree"> Saya menyetujui Perjanjian Pemilik Sertifikat Elektronik</label>
      <button>Submit</button>`);
    const secret = 'Qz9#Kelinci';
    type(document.getElementById('p') as HTMLInputElement, secret);
    type(document.getElementById('k') as HTMLInputElement, secret + 'x');
    const root = shadow()!;
    expect(root.querySelector('[data-field="passphrase"]')!.getAttribute('data-verdict')).toBe('ok');
    expect(root.querySelector('[data-field="passphrase-konfirmasi"]')!.getAttribute('data-verdict')).toBe('error');
    const html = root.innerHTML + document.querySelector('pemandu-tte')!.outerHTML;
    expect(html).not.toContain(secret);
    expect(html).not.toContain('Kelinci');
    const stored = JSON.stringify(await fakeBrowser.storage.local.get(null));
    expect(stored).not.toContain('Kelinci');
    for (const call of [...log.mock.calls, ...warn.mock.calls]) expect(JSON.stringify(call)).not.toContain('Kelinci');
  });
});
