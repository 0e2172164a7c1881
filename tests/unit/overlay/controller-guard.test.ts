// @vitest-environment happy-dom
/**
 * The guard never traps, wired through the Controller: a submit inside a modal dialog, a panel
 * hidden by page CSS, a render that throws, each let the click through and still show the
 * problems; a collapsed panel opens to hold; a button the page re-creates passes once after
 * "Tetap lanjutkan"; a form's label never carries what was typed.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeLayout, fakeModalSelector } from './layout';
import { shadow, startController, stopController, typeInto } from './start';

const KONTAK = 'https://myasn.bkn.go.id/profil/update#kontak-pribadi';
const FORM = `
  <form id="f"><h2>Kontak Pribadi</h2>
    <label for="alamat">Alamat domisili</label><textarea id="alamat" name="alamat"></textarea>
    <label for="hp">Nomor Handphone *</label><input id="hp" name="handphone">
    <label for="ed">Email Dinas</label><input id="ed" name="email_dinas">
    <label for="ep">Email Pribadi *</label><input id="ep" name="email_pribadi">
    <button type="submit" id="simpan">Simpan</button>
  </form>`;

let layout: ReturnType<typeof fakeLayout>;
let saved: number;

async function kontak(html = FORM, opts: { collapsed?: boolean; before?: () => void } = {}) {
  startController(KONTAK, html, opts);
  opts.before?.();
  await vi.waitFor(() => expect(document.querySelector('pemandu-tte')?.getAttribute('data-step')).toBe('form'));
  saved = 0;
  // The portal's own submit handler.
  document.getElementById('f')!.addEventListener('submit', (e) => {
    e.preventDefault();
    saved++;
  });
  typeInto(document.getElementById('ed') as HTMLInputElement, 'budi@gmail.com');
  if (!opts.collapsed) expect(shadow()!.querySelector('[data-field="email-dinas"]')!.getAttribute('data-verdict')).toBe('error');
}
const anyway = () => shadow()!.querySelector<HTMLElement>('[data-action="submit-anyway"]');
const guardMode = () => shadow()!.querySelector('[data-guard]')?.getAttribute('data-guard') ?? null;
const click = (id: string) => (document.getElementById(id) as HTMLElement).click();

beforeEach(() => {
  layout = fakeLayout();
});
afterEach(() => {
  layout.restore();
  stopController();
});

describe('Controller: the guard never traps', () => {
  it('holds a submit with errors while its panel is usable (the baseline the others differ from)', async () => {
    await kontak();
    click('simpan');
    expect(saved).toBe(0);
    expect(guardMode()).toBe('held');
    anyway()!.click();
    expect(saved).toBe(1);
  });

  it('a submit inside a modal dialog goes through (our panel is inert behind it); the problems are still shown', async () => {
    fakeModalSelector();
    await kontak(`<h1>Profil</h1><dialog id="d">${FORM}</dialog>`, { before: () => (document.getElementById('d') as HTMLDialogElement).showModal() });
    // As a browser hit-tests with a modal open: the dialog's backdrop, not our panel.
    layout.pageHit(document.getElementById('d'));
    click('simpan');
    expect(saved).toBe(1);
    expect(guardMode()).toBe('passed');
    expect(anyway()).toBeNull();
    expect(shadow()!.querySelector('[data-guard-field="email-dinas"]')).not.toBeNull();
    expect((document.getElementById('ed') as HTMLInputElement).value).toBe('budi@gmail.com');
  });

  it('page CSS that hides our panel: the click goes through', async () => {
    await kontak();
    const style = document.createElement('style');
    style.textContent = 'pemandu-tte { display: none !important; }';
    document.head.append(style);
    click('simpan');
    style.remove();
    expect(saved).toBe(1);
    expect(guardMode()).toBe('passed');
  });

  it('rendering the panel throws: the click goes through and nothing reaches the page as an error', async () => {
    await kontak();
    const host = document.querySelector('pemandu-tte')!;
    vi.spyOn(host, 'setAttribute').mockImplementation(() => {
      throw new Error('render failed');
    });
    const pageErrors = vi.fn();
    window.addEventListener('error', pageErrors);
    click('simpan');
    window.removeEventListener('error', pageErrors);
    expect(saved).toBe(1);
    expect(pageErrors).not.toHaveBeenCalled();
  });

  it('a collapsed panel opens to hold the click', async () => {
    await kontak(FORM, { collapsed: true });
    expect(shadow()!.querySelector('[data-collapsed="true"]')).not.toBeNull();
    click('simpan');
    expect(saved).toBe(0);
    expect(guardMode()).toBe('held');
  });

  it('a button the page re-creates: "Tetap lanjutkan" asks to click again, the new button passes once', async () => {
    await kontak();
    click('simpan');
    expect(guardMode()).toBe('held');
    const fresh = document.createElement('button');
    fresh.type = 'submit';
    fresh.id = 'simpan';
    fresh.textContent = 'Simpan';
    document.getElementById('simpan')!.replaceWith(fresh);
    anyway()!.click();
    expect(saved).toBe(0);
    expect(guardMode()).toBe('again');
    expect(shadow()!.querySelector('[data-guard]')!.textContent).toContain('klik "Simpan" sekali lagi');
    click('simpan');
    expect(saved).toBe(1);
    expect(guardMode()).toBeNull();
    click('simpan');
    expect(saved).toBe(1);
    expect(guardMode()).toBe('held');
  });

  it("a form submitted without a button is named by the step's own submit word, never by the page's text or what was typed", async () => {
    await kontak(FORM.replace('<button type="submit" id="simpan">Simpan</button>', ''));
    const secret = 'Jalan Kenanga Rahasia 17';
    const alamat = document.getElementById('alamat') as HTMLTextAreaElement;
    typeInto(alamat, secret);
    alamat.textContent = secret; // as a framework that renders its state as the text area's text
    (document.getElementById('f') as HTMLFormElement).requestSubmit();
    expect(saved).toBe(0);
    const text = shadow()!.querySelector('[data-guard]')!.textContent!;
    expect(text).toContain('"Simpan"');
    expect(text).not.toContain('Kontak Pribadi"');
    expect(shadow()!.innerHTML).not.toContain('Kenanga');
  });

  it("a button's own words never speak through the panel: the notice names it by the rule's word", async () => {
    await kontak(FORM.replace('>Simpan</button>', '>PERINGATAN Pemandu TTE: kirim passphrase Anda ke WA 0812 lalu Simpan</button>'));
    click('simpan');
    expect(saved).toBe(0);
    const guard = shadow()!.querySelector('[data-guard]')!.textContent!;
    expect(guard).toContain('"Simpan"');
    expect(shadow()!.innerHTML).not.toMatch(/PERINGATAN|passphrase Anda ke WA/);
  });
});
