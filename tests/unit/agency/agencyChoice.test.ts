// @vitest-environment happy-dom
/**
 * Nobody chose an agency: the generic profile is in force, never another agency's desks or domains.
 * The certificate page's "Instansi Kerja" may name a built-in profile: it is offered once, one click
 * stores only its id; a profile the agency's IT set by policy is never second-guessed.
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ALL_KIT as kit, ALL_PARTS as parts } from '../../fixtures/kit';
import { Controller } from '../../../platform/content/controller';
import { agencies, agencyShown, DEFAULT_AGENCY_ID } from '../../../rules/agencies';
import { umum } from '../../../rules/agencies/umum';
import { magelang } from '../../../rules/agencies/magelang';
import { validateEmailDinas } from '../../../rules/fields/email-dinas';
import { fakeCtx } from '../overlay/start';
import { fakeLayout } from '../overlay/layout';
import type { AgencyProfile } from '../../../rules/contacts';

describe('agencyShown', () => {
  it.each([
    ['Nama Pegawai Budi Instansi Kerja Pemerintah Kota Magelang Status: NOT_REGISTERED', 'magelang'],
    ['Instansi Kerja: PEMERINTAH KOTA MAGELANG', 'magelang'],
    ['Instansi Kerja\n  Kota Magelang', 'magelang'],
    ['Instansi Kerja Pemerintah Kabupaten Magelang', null],
    ['Instansi Kerja Pemerintah Kota Semarang', null],
    ['Pemerintah Kota Magelang', null],
    ['', null],
  ])('%j → %j', (text, want) => {
    expect(agencyShown(text, agencies)).toBe(want);
  });
  it('never offers the generic profile, whatever the page says', () => {
    expect(agencyShown('Instansi Kerja Instansi lain (umum)', agencies)).toBeNull();
  });
});

describe('the default profile', () => {
  it('is the generic one', () => {
    expect(DEFAULT_AGENCY_ID).toBe('umum');
  });
});

describe('an email on another domain', () => {
  it('points to the settings when the user chose the profile, never when the agency set it by policy', () => {
    expect(validateEmailDinas('budi@semarangkota.go.id', magelang).reason).toBe('domain');
    expect(validateEmailDinas('budi@semarangkota.go.id', magelang, { agencyLocked: true }).reason).toBe('domainPolicy');
  });
});

const CERTIFICATE = `
  <h1>Sertifikat Elektronik BSrE</h1>
  <dl><dt>NIK Pegawai</dt><dd>3371********0001</dd><dt>Email BSrE</dt><dd>-</dd><dt>Instansi Kerja</dt><dd>Pemerintah Kota Magelang</dd></dl>
  <p>Status: <span>NOT_REGISTERED</span></p><button>Registrasi Sertifikat</button>`;

describe('the offer on the certificate page', () => {
  let stop = () => {};
  beforeEach(() => {
    fakeBrowser.reset();
    fakeLayout();
  });
  afterEach(() => {
    stop();
    document.body.innerHTML = '';
    document.querySelectorAll('pemandu-tte').forEach((e) => e.remove());
  });

  function open(settings: { agencySource: 'default' | 'local' }, known: readonly AgencyProfile[] = agencies) {
    (window as unknown as { happyDOM: { setURL(u: string): void } }).happyDOM.setURL('https://myasn.bkn.go.id/layanan-asn/sertifikat-elektronik-bsre');
    document.body.innerHTML = CERTIFICATE;
    const { ctx, invalidate } = fakeCtx();
    stop = invalidate;
    const saveAgency = vi.fn();
    const c = new Controller(ctx, document, { kit, parts, settings: { locale: 'id', collapsed: false, agency: umum, ...settings }, saveCollapsed: vi.fn(), saveLocale: vi.fn(), saveAgency, isPerson: () => true, afterPaint: (fn) => fn() });
    c.start();
    c.knowAgencies(known);
    return { c, saveAgency, root: () => document.querySelector('pemandu-tte')!.shadowRoot! };
  }

  it('offers a profile only once the background sent the built-in ones (the portal pages carry only the generic one)', () => {
    const { c, root } = open({ agencySource: 'default' }, []);
    expect(root().querySelector('[data-agency-offer]')).toBeNull();
    c.knowAgencies(agencies);
    expect(root().querySelector('[data-agency-offer="magelang"]')).not.toBeNull();
  });

  it('while nobody chose: the generic desks, and an offer of the profile the page names; accepting stores only its id', () => {
    const { saveAgency, root } = open({ agencySource: 'default' });
    expect(root().textContent).not.toMatch(/Magelang.*Persandian|Diskominsta/);
    const offer = root().querySelector('[data-agency-offer="magelang"]')!;
    expect(offer.textContent).toContain('Pemerintah Kota Magelang');
    offer.querySelector<HTMLButtonElement>('[data-action="agency-accept"]')!.click();
    expect(saveAgency.mock.calls).toEqual([['magelang']]);
    expect(root().querySelector('[data-agency-offer]')).toBeNull();
    expect(root().textContent).toContain('Diskominsta');
  });

  it('declined: the generic profile becomes the choice and nothing is offered again', () => {
    const { c, saveAgency, root } = open({ agencySource: 'default' });
    root().querySelector<HTMLButtonElement>('[data-action="agency-decline"]')!.click();
    expect(saveAgency.mock.calls).toEqual([['umum']]);
    c.scan();
    expect(root().querySelector('[data-agency-offer]')).toBeNull();
  });

  it('a user who chose is never asked, nor one whose agency IT set a profile', () => {
    const chosen = open({ agencySource: 'local' });
    expect(chosen.root().querySelector('[data-agency-offer]')).toBeNull();
    stop();
    document.querySelectorAll('pemandu-tte').forEach((e) => e.remove());
    const managed = open({ agencySource: 'default' });
    expect(managed.root().querySelector('[data-agency-offer]')).not.toBeNull();
    managed.c.setAgency(umum, 'managed');
    expect(managed.root().querySelector('[data-agency-offer]')).toBeNull();
  });
});
