// @vitest-environment happy-dom
/**
 * A click is held only for errors in the fields it sends or verifies, and never for an optional
 * field's: "Verifikasi" beside Email Dinas concerns Email Dinas alone, "Simpan" the whole form, and a
 * wrong optional Nomor Telepon is shown but holds nothing.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { concernedFields } from '../../../platform/content/concerns';
import type { FieldId } from '../../../rules/fields/types';
import { fakeLayout } from './layout';
import { shadow, startController, stopController, typeInto } from './start';

const KONTAK = 'https://myasn.bkn.go.id/profil/update#kontak-pribadi';
/** As MyASN lays it out (public/replica-assets/myasn.js): Verifikasi in a row with Email Dinas, Simpan under the form. */
const FORM = `
  <form id="f"><h2>Kontak Pribadi</h2>
    <label for="alamat">Alamat domisili</label><textarea id="alamat" name="alamat"></textarea>
    <div><span>Nomor Telepon</span><input id="tel" name="telepon"></div>
    <label for="hp">Nomor Handphone *</label><input id="hp" name="handphone">
    <div class="row"><div><span>Email Dinas</span><input id="ed" name="email_dinas"></div><button type="button" id="verifikasi">Verifikasi</button></div>
    <label for="ep">Email Pribadi *</label><input id="ep" name="email_pribadi">
    <div class="actions"><button type="submit" id="simpan">Simpan</button></div>
  </form>`;

describe('concernedFields', () => {
  beforeEach(() => {
    document.body.innerHTML = FORM + '<section><input id="x"><button id="outside">Simpan</button></section>';
  });
  const els = (): Map<FieldId, Element[]> =>
    new Map<FieldId, Element[]>([
      ['nomor-telepon', [document.getElementById('tel')!]],
      ['nomor-hp', [document.getElementById('hp')!]],
      ['email-dinas', [document.getElementById('ed')!]],
      ['email-pribadi', [document.getElementById('ep')!]],
    ]);
  it('the button beside a field: that field alone', () => {
    expect([...concernedFields(document.getElementById('verifikasi')!, els())]).toEqual(['email-dinas']);
  });
  it("the form's own button, and the form itself: every field in it", () => {
    expect([...concernedFields(document.getElementById('simpan')!, els())].sort()).toEqual(['email-dinas', 'email-pribadi', 'nomor-hp', 'nomor-telepon']);
    expect(concernedFields(document.getElementById('f')!, els()).size).toBe(4);
  });
  it('a button that sends none of them: none', () => {
    document.body.insertAdjacentHTML('beforeend', '<form id="g"><button id="other">Simpan</button></form>');
    expect(concernedFields(document.getElementById('other')!, els()).size).toBe(0);
  });
});

let layout: ReturnType<typeof fakeLayout>;
let saved: number;
let verified: number;

async function kontak() {
  startController(KONTAK, FORM);
  await vi.waitFor(() => expect(document.querySelector('pemandu-tte')?.getAttribute('data-step')).toBe('form'));
  saved = 0;
  verified = 0;
  document.getElementById('f')!.addEventListener('submit', (e) => {
    e.preventDefault();
    saved++;
  });
  document.getElementById('verifikasi')!.addEventListener('click', () => verified++);
}
const type = (id: string, v: string) => typeInto(document.getElementById(id) as HTMLInputElement, v);
const click = (id: string) => (document.getElementById(id) as HTMLElement).click();
const verdict = (field: string) => shadow()!.querySelector(`[data-field="${field}"]`)?.getAttribute('data-verdict');
const guardMode = () => shadow()!.querySelector('[data-guard]')?.getAttribute('data-guard') ?? null;

beforeEach(() => {
  layout = fakeLayout();
});
afterEach(() => {
  layout.restore();
  stopController();
});

describe('Controller: hold only what the error concerns', () => {
  it('a wrong optional office number is shown, and holds neither Verifikasi nor Simpan', async () => {
    await kontak();
    type('tel', '0293 363695 ext 12');
    type('ed', 'budi@pns.magelangkota.go.id');
    expect(verdict('nomor-telepon')).toBe('error');
    click('verifikasi');
    click('simpan');
    expect([verified, saved, guardMode()]).toEqual([1, 1, null]);
  });

  it('a wrong mobile number holds Simpan, not Verifikasi beside Email Dinas', async () => {
    await kontak();
    type('hp', '0812');
    type('ed', 'budi@pns.magelangkota.go.id');
    click('verifikasi');
    expect([verified, guardMode()]).toEqual([1, null]);
    click('simpan');
    expect(saved).toBe(0);
    expect(guardMode()).toBe('held');
    expect(shadow()!.querySelector('[data-guard-field="nomor-hp"]')).not.toBeNull();
  });

  it('a public mailbox as Email Dinas holds Verifikasi beside it, and Simpan', async () => {
    await kontak();
    type('ed', 'budi@gmail.com');
    click('verifikasi');
    expect([verified, guardMode()]).toEqual([0, 'held']);
  });

  it('an optional field the page itself marks required is held like any other', async () => {
    await kontak();
    document.getElementById('tel')!.setAttribute('aria-required', 'true');
    type('tel', '0293 363695 ext 12');
    click('simpan');
    expect([saved, guardMode()]).toEqual([0, 'held']);
  });
});
