/**
 * Every step of the guide with fields, at its real URL: each field's ok / warn / error path with
 * real key presses, the submit guard both ways, wizard step changes with no URL change, screen-
 * reader announcements, and that typed values never reach the overlay.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { URLS } from '../fixtures/cases';
import { BROWSERS, chooseAgency, withBrowser, type E2EPage } from './harness';
import { readExtensionStorage, storageProblems, waitUntil } from './harness/common';

const SHOTS = join(__dirname, 'screenshots');
const verdict = (p: E2EPage, field: string) => p.shadowAttr(`[data-field="${field}"]`, 'data-verdict');
async function expectVerdict(p: E2EPage, field: string, want: string) {
  await p.waitForShadow(`[data-field="${field}"][data-verdict="${want}"]`, 5000);
}
const visible = (p: E2EPage, sel: string) => p.evaluate((s) => !(document.querySelector(s) as HTMLElement).hidden, sel);

/** Waits until the open overlay sheet and the page field `sel` no longer overlap (field focused). */
async function sheetClearOf(p: E2EPage, sel: string): Promise<void> {
  await waitUntil(
    () =>
      p.evaluate((s) => {
        const f = document.querySelector(s)!.getBoundingClientRect();
        const b = document.querySelector('pemandu-tte')!.shadowRoot!.querySelector('.pt-panel')!.getBoundingClientRect();
        return document.activeElement === document.querySelector(s) && (f.bottom <= b.top || f.top >= b.bottom);
      }, sel),
    5000,
    async () => `the sheet to leave ${sel} visible`,
  );
}

describe.each(BROWSERS)('%s: field checks and the submit guard', (name) => {
  const browser = withBrowser(name);
  // Kota Magelang's own domains and subdomains (the guide's agency), chosen as a user would.
  beforeAll(() => chooseAgency(browser, 'magelang'));

  it('BSrE Data Diri: NIK, Nomor HP and OTP each go error → ok, with specific messages', async () => {
    const p = await browser.newPage();
    await p.goto(URLS.AKTIVASI);
    await p.waitForHost({ page: 'bsre-aktivasi', step: 'data-diri' });
    await p.fill('#nik', '337101410190000');
    await expectVerdict(p, 'nik', 'error');
    expect(await p.shadowText('[data-field="nik"]')).toContain('15');
    await p.fill('#nik', '3371014101900001');
    await expectVerdict(p, 'nik', 'ok');
    await p.fill('input[name="no_hp"]', '0812');
    await expectVerdict(p, 'nomor-hp', 'error');
    await p.fill('input[name="no_hp"]', '0812-3456-7890');
    await expectVerdict(p, 'nomor-hp', 'ok');
    await p.click('button[data-target="otp-box"]');
    await p.fill('#otp', '12345');
    await expectVerdict(p, 'otp', 'error');
    await p.fill('#otp', '123456');
    await expectVerdict(p, 'otp', 'ok');
    // Announced to screen readers once typing pauses.
    await p.waitForShadow('[data-live]', 3000);
    await new Promise((r) => setTimeout(r, 900));
    expect(await p.shadowText('[data-live]')).toMatch(/OTP/);
    await p.close();
  });

  it('holds back "Kirim Kode OTP" while the Nomor HP beside it is wrong (not for a wrong NIK), lets it through, and keeps the input', async () => {
    const p = await browser.newPage();
    await p.goto(URLS.AKTIVASI);
    await p.waitForHost({ step: 'data-diri' });
    await p.fill('#nik', '12345');
    await expectVerdict(p, 'nik', 'error');
    await p.fill('input[name="no_hp"]', '0812');
    await expectVerdict(p, 'nomor-hp', 'error');
    await p.click('button[data-target="otp-box"]');
    await p.waitForShadow('[data-guard]');
    expect(await visible(p, '#otp-box')).toBe(false);
    expect(await p.shadowText('[data-guard]')).toContain('Kirim Kode OTP');
    // Only the number "Kirim Kode OTP" sends is named; the NIK is Next's.
    expect(await p.shadowExists('[data-guard-field="nomor-hp"]')).toBe(true);
    expect(await p.shadowExists('[data-guard-field="nik"]')).toBe(false);
    await p.screenshot(join(SHOTS, `${name}-guard.png`));
    await p.shadowClick('[data-action="submit-anyway"]');
    await p.evaluate(() => new Promise((r) => setTimeout(r, 100)), null);
    expect(await visible(p, '#otp-box')).toBe(true);
    expect(await p.evaluate(() => (document.querySelector('#nik') as HTMLInputElement).value, null)).toBe('12345');
    await p.close();
  });

  it('a finding that appears while the panel is scrolled away is brought into view inside the panel, never scrolling the page', async () => {
    // Short enough for the panel's body to scroll, tall enough for the panel to open by itself.
    const p = await browser.newPage({ width: 1000, height: 500 });
    await p.goto(URLS.AKTIVASI);
    await p.waitForHost({ step: 'data-diri' });
    await p.waitForShadow('.pt-body');
    await p.click('input[name="no_hp"]');
    const pageScroll = await p.evaluate(() => window.scrollY, null);
    // The user has read down to the contacts: the top of the panel's body, where findings go, is out of view.
    const scrolled = await p.evaluate(() => {
      const body = document.querySelector('pemandu-tte')!.shadowRoot!.querySelector('.pt-body')!;
      body.scrollTop = body.scrollHeight;
      return body.scrollTop;
    }, null);
    expect(scrolled).toBeGreaterThan(0);
    await p.type('input[name="no_hp"]', '0212');
    await expectVerdict(p, 'nomor-hp', 'error');
    await waitUntil(
      () =>
        p.evaluate(() => {
          const root = document.querySelector('pemandu-tte')!.shadowRoot!;
          const body = root.querySelector('.pt-body')!.getBoundingClientRect();
          const finding = root.querySelector('[data-field="nomor-hp"]')!.getBoundingClientRect();
          return finding.top >= body.top - 1 && finding.bottom <= body.bottom + 1;
        }, null),
      5000,
      async () => 'the Nomor HP finding in view inside the panel',
    );
    expect(await p.evaluate(() => window.scrollY, null)).toBe(pageScroll);
    await p.close();
  });

  it('lets a click pass untouched with no errors, following the wizard step change with no URL change', async () => {
    const p = await browser.newPage();
    await p.goto(URLS.AKTIVASI);
    await p.waitForHost({ step: 'data-diri' });
    await p.fill('#nik', '3371014101900001');
    await expectVerdict(p, 'nik', 'ok');
    await p.click('[data-replica-step="data-diri"] button[data-act="next"]');
    await p.waitForHost({ page: 'bsre-aktivasi', step: 'data-kedinasan' });
    expect(await p.shadowText('[data-guard]')).toBeNull();
    // NI PPPK in the NIP field is accepted; a NIP whose birth date differs from the NIK is a warning.
    await p.fill('#nip', '200012312024211001');
    await expectVerdict(p, 'nip', 'warn');
    expect(await p.shadowText('[data-field="nip"]')).toContain('Tanggal lahir pada NIK dan NIP berbeda');
    await p.fill('#nip', '199001012024212001');
    await expectVerdict(p, 'nip', 'ok');
    await p.fill('#nip', '1990010120');
    await expectVerdict(p, 'nip', 'error');
    await p.close();
  });

  it('Foto Diri: Submit without both consents is held back; with both it passes', async () => {
    const p = await browser.newPage();
    await p.goto(`${URLS.AKTIVASI}?replica=step:foto-diri`);
    await p.waitForHost({ step: 'foto-diri' });
    await p.click('[data-replica-step="foto-diri"] button[data-act="next"]');
    await p.waitForShadow('[data-guard-field="persetujuan"]');
    await p.shadowClick('[data-action="fix-first"]');
    await p.click('input[name="consent_data"]');
    await p.click('input[name="consent_privacy"]');
    await expectVerdict(p, 'persetujuan', 'ok');
    await p.click('[data-replica-step="foto-diri"] button[data-act="next"]');
    await p.waitForHost({ step: 'berhasil' });
    await p.close();
  });

  it('Kontak Pribadi: email dinas domain rules, phone formats, and Simpan held back on an error', async () => {
    const p = await browser.newPage();
    await p.goto('https://myasn.bkn.go.id/profil/update#kontak-pribadi');
    await p.waitForHost({ page: 'myasn-kontak-pribadi', step: 'form' });
    await p.fill('input[name="email_dinas"]', 'eko.prasetyo@gmail.com');
    await expectVerdict(p, 'email-dinas', 'error');
    expect(await p.shadowText('[data-field="email-dinas"]')).toContain('pns.magelangkota.go.id');
    // The sidebar shows a PNS NIP, so the PPPK subdomain is a warning naming the right one.
    await p.fill('input[name="email_dinas"]', 'eko.prasetyo@asn.magelangkota.go.id');
    await expectVerdict(p, 'email-dinas', 'warn');
    expect(await p.shadowText('[data-field="email-dinas"]')).toContain('pns.magelangkota.go.id');
    await p.fill('input[name="telepon"]', '(0293) 363695');
    await expectVerdict(p, 'nomor-telepon', 'ok');
    await p.fill('input[name="email_pribadi"]', 'eko@');
    await expectVerdict(p, 'email-pribadi', 'error');
    await p.fill('input[name="email_pribadi"]', 'eko.prasetyo@gmail.com');
    await expectVerdict(p, 'email-pribadi', 'ok');
    await p.fill('input[name="email_dinas"]', 'eko.prasetyo@gmail.com');
    await expectVerdict(p, 'email-dinas', 'error');
    await p.click('#btn-simpan');
    await p.waitForShadow('[data-guard]');
    expect(await p.evaluate(() => (window as unknown as { replicaSaved?: number }).replicaSaved ?? 0, null)).toBe(0);
    await p.shadowClick('[data-action="submit-anyway"]');
    await p.evaluate(() => new Promise((r) => setTimeout(r, 100)), null);
    expect(await p.evaluate(() => (window as unknown as { replicaSaved?: number }).replicaSaved ?? 0, null)).toBe(1);
    await p.screenshot(join(SHOTS, `${name}-kontak-pribadi.png`));
    await p.close();
  });

  const saves = (p: E2EPage) => p.evaluate(() => (window as unknown as { replicaSaved?: number }).replicaSaved ?? 0, null);

  it('Kontak Pribadi filled in by the portal: "-" in Nomor Telepon is not judged, Simpan passes untouched; an edited field is judged again', async () => {
    const p = await browser.newPage();
    await p.goto('https://myasn.bkn.go.id/profil/update?replica=kontak:prefilled#kontak-pribadi');
    await p.waitForHost({ page: 'myasn-kontak-pribadi', step: 'form' });
    // The email dinas the portal's script put in, on the agency domain itself: a warning naming the subdomains.
    await expectVerdict(p, 'email-dinas', 'warn');
    expect(await p.shadowText('[data-field="email-dinas"]')).toContain('memakai domain instansi, padahal');
    expect(await p.shadowText('[data-field="email-dinas"]')).toContain('asn.magelangkota.go.id');
    await expectVerdict(p, 'nomor-hp', 'ok');
    expect(await p.shadowText('[data-field="nomor-telepon"]')).toBeNull();
    await p.click('#btn-simpan');
    await waitUntil(async () => (await saves(p)) === 1, 3000, async () => 'Simpan to reach the page');
    expect(await p.shadowText('[data-guard]')).toBeNull();
    expect(await p.evaluate(() => (document.querySelector('input[name="telepon"]') as HTMLInputElement).value, null)).toBe('-');
    // Typed by the user, a wrong mobile number holds Simpan as always.
    await p.fill('#hp', '0812');
    await expectVerdict(p, 'nomor-hp', 'error');
    await p.click('#btn-simpan');
    await p.waitForShadow('[data-guard-field="nomor-hp"]');
    expect(await saves(p)).toBe(1);
    await p.close();
  });

  it('Nomor Handphone behind a "+62" box: 81234567890 is ok, 0812… a warning, and Simpan passes', async () => {
    const p = await browser.newPage();
    await p.goto('https://myasn.bkn.go.id/profil/update?replica=kontak:addon#kontak-pribadi');
    await p.waitForHost({ page: 'myasn-kontak-pribadi', step: 'form' });
    await p.fill('#hp', '81234567890');
    await expectVerdict(p, 'nomor-hp', 'ok');
    await p.fill('#hp', '0812-3456-7890');
    await expectVerdict(p, 'nomor-hp', 'warn');
    expect(await p.shadowText('[data-field="nomor-hp"]')).toContain('ketik nomor tanpa 0 di depan');
    await p.click('#btn-simpan');
    await waitUntil(async () => (await saves(p)) === 1, 3000, async () => 'Simpan to reach the page');
    expect(await p.shadowText('[data-guard]')).toBeNull();
    await p.close();
  });

  it('BSrE Data Diri with framework markup (+62 box before Nomor HP): the national number without 0 is ok', async () => {
    const p = await browser.newPage();
    await p.goto(`${URLS.AKTIVASI}?replica=markup:bare`);
    await p.waitForHost({ page: 'bsre-aktivasi', step: 'data-diri' });
    await p.fill('input[name="x4"]', '812-3456-7890');
    await expectVerdict(p, 'nomor-hp', 'ok');
    await p.fill('input[name="x4"]', '8123');
    await expectVerdict(p, 'nomor-hp', 'error');
    expect(await p.shadowText('[data-field="nomor-hp"]')).toContain('digit setelah +62, minimal');
    await p.close();
  });

  it('Kontak Pribadi: "Verifikasi" opens the "Apakah anda yakin?" dialog, detected as its own step', async () => {
    const p = await browser.newPage();
    await p.goto('https://myasn.bkn.go.id/profil/update#kontak-pribadi');
    await p.waitForHost({ page: 'myasn-kontak-pribadi', step: 'form' });
    await p.fill('input[name="email_dinas"]', 'eko.prasetyo@pns.magelangkota.go.id');
    await expectVerdict(p, 'email-dinas', 'ok');
    await p.click('#btn-verifikasi');
    await p.waitForHost({ page: 'myasn-kontak-pribadi', step: 'konfirmasi' });
    expect(await p.shadowText('[data-tip="buka-webmail"]')).toContain('Aktivasi Email Dinas MyASN');
    await p.click('#dlg-verifikasi button[data-close]');
    await p.waitForHost({ step: 'form' });
    await p.close();
  });

  it('SSO: a 17-digit username is held back on Enter; the typed password is never checked or shown', async () => {
    const p = await browser.newPage();
    await p.goto('https://sso-siasn.bkn.go.id/auth/realms/public-siasn/protocol/openid-connect/auth?client_id=x');
    await p.waitForHost({ page: 'sso-login' });
    await p.fill('#username', '19900101201503100');
    await expectVerdict(p, 'nip', 'error');
    await p.fill('#password', 'Rahasia#2026');
    await p.click('#kc-login');
    await p.waitForShadow('[data-guard]');
    expect(await p.evaluate(() => (window as unknown as { replicaSubmitted?: number }).replicaSubmitted ?? 0, null)).toBe(0);
    const html = await p.evaluate(() => document.querySelector('pemandu-tte')!.shadowRoot!.innerHTML, null);
    expect(html).not.toContain('Rahasia');
    expect(html).not.toContain('19900101201503100');
    await p.close();
  });

  it('Buat Passphrase at 360×640: live checklist, confirmation, agreement, and no value in the overlay', async () => {
    const p = await browser.newPage({ width: 360, height: 640 });
    await p.goto(`${URLS.PASSPHRASE}?replica=step:buat-passphrase`);
    await p.waitForHost({ page: 'bsre-passphrase', step: 'buat-passphrase' });
    await p.waitForShadow('.pt-fab');
    await p.shadowClick('[data-action="expand"]');
    await p.fill('#pass', 'kelinci');
    await expectVerdict(p, 'passphrase', 'error');
    // The checklist's state is in its words and classes, in no attribute: "Huruf besar" is not met yet.
    expect(await p.evaluate(() => Array.from(document.querySelector('pemandu-tte')!.shadowRoot!.querySelectorAll('.pt-rules li')).find((li) => li.textContent!.includes('Huruf besar'))?.className, null)).toBe('pt-unmet');
    await p.fill('#pass', 'Kelinci#2026');
    await expectVerdict(p, 'passphrase', 'ok');
    // While a field has focus, the open sheet moves to whichever side of it has room.
    await sheetClearOf(p, '#pass');
    await p.fill('#pass2', 'Kelinci#2025');
    await expectVerdict(p, 'passphrase-konfirmasi', 'error');
    await sheetClearOf(p, '#pass2');
    // …and the finding of the field being typed in is in view inside the sheet (scrolled there once
    // the browser has laid it out: a frame after it is drawn).
    await waitUntil(
      () =>
        p.evaluate(() => {
          const root = document.querySelector('pemandu-tte')!.shadowRoot!;
          const f = root.querySelector('[data-field="passphrase-konfirmasi"]')!.getBoundingClientRect();
          const b = root.querySelector('.pt-panel')!.getBoundingClientRect();
          return f.top >= b.top && f.top < b.bottom;
        }, null),
      5000,
      async () => 'the confirmation finding in view inside the sheet',
    );
    await p.fill('#pass2', 'Kelinci#2026');
    await expectVerdict(p, 'passphrase-konfirmasi', 'ok');
    await p.screenshot(join(SHOTS, `${name}-passphrase-360.png`));
    const html = await p.evaluate(() => document.querySelector('pemandu-tte')!.shadowRoot!.innerHTML + document.querySelector('pemandu-tte')!.outerHTML, null);
    expect(html).not.toContain('Kelinci');
    // On a phone the open panel is a bottom sheet; the user folds it away to reach Submit.
    await p.shadowClick('[data-action="collapse"]');
    // Submit without the agreement is held back (the panel opens again); after "Setuju" it passes.
    await p.click('[data-replica-step="buat-passphrase"] button[data-act="next"]');
    await p.waitForShadow('[data-guard-field="persetujuan"]');
    await p.shadowClick('[data-action="fix-first"]');
    await p.click('button[data-target="perjanjian"]');
    await p.click('#perjanjian button[data-act="agree"]');
    await p.click('[data-replica-step="buat-passphrase"] button[data-act="next"]');
    await p.waitForHost({ step: 'berhasil' });
    expect(p.errors).toEqual([]);
    await p.close();
  });

  it('after all the typing above, extension storage holds preferences only, no field value', async () => {
    // Also checked when the suite closes its browser (against everything typed); here with the
    // fragments of values that must never appear, shorter ones included.
    const stored = await readExtensionStorage(browser);
    expect(storageProblems(stored, ['3371014101900001', '337101410190000', '0812', '81234567890', 'gmail', 'Kelinci', 'Rahasia', '1990010120', '200012312024211001', '363695'])).toEqual([]);
  });
});
