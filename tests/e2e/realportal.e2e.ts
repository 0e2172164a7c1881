/**
 * Real portal, real people, in both browsers: the SSO as Keycloak's own templates render it, the
 * submit guard inside the focus traps UI kits ship (keyboard only) and on a page that ignores script
 * clicks, a wrong optional field, validity dates that say nothing, consents the page shows, progress
 * from what the page shows done, and no other agency's desks by default.
 */
import { describe, expect, it } from 'vitest';
import { URLS } from '../fixtures/cases';
import { readExtensionStorage, waitUntil } from './harness/common';
import { BROWSERS, KONTAK_URL, withBrowser, type E2EPage } from './harness';

const KC = 'https://sso-siasn.bkn.go.id/auth/realms/public-siasn/login-actions/authenticate?session_code=abc&execution=def&client_id=asndigital&tab_id=ghi&kc=';
const saved = (p: E2EPage) => p.evaluate(() => (window as unknown as { replicaSaved?: number }).replicaSaved ?? 0, null);
const expectVerdict = (p: E2EPage, field: string, want: string) => p.waitForShadow(`[data-field="${field}"][data-verdict="${want}"]`, 5000);
/** The content script calls a page settled after this long without change (platform/content/readPolicy.ts SETTLE_MS), plus slack. */
const SETTLED_MS = 5_500;

/** A UI kit's modal around the Kontak Pribadi form, with that kit's focus trap (tests/fixtures/assets/focus-trap.js). */
async function trapForm(p: E2EPage, kind: string): Promise<void> {
  await p.evaluate(() => {
    const s = document.createElement('script');
    s.src = '/test-assets/focus-trap.js';
    document.head.append(s);
  }, null);
  await waitUntil(() => p.evaluate(() => typeof (window as unknown as { replicaTrap?: unknown }).replicaTrap === 'function', null), 5000, async () => 'the focus-trap script');
  await p.evaluate((k) => {
    (window as unknown as { replicaTrap(kind: string, el: Element, o: object): unknown }).replicaTrap(k, document.getElementById('form-kontak')!, { initialFocus: 'first' });
  }, kind);
}

/** Keyboard only: focus moves by Tab inside the dialog until it reaches `id`. */
async function tabTo(p: E2EPage, id: string): Promise<void> {
  for (let i = 0; i < 20; i++) {
    if (await p.evaluate((x) => document.activeElement?.id === x, id)) return;
    await p.press('Tab');
  }
  throw new Error(`Tab never reached #${id}`);
}

describe.each(BROWSERS)('%s: real portal, real people', (name) => {
  const browser = withBrowser(name);

  it("Keycloak's own pages: the SSO and its step, whatever the theme or language", async () => {
    const p = await browser.newPage();
    for (const [fixture, step] of [
      ['v2-id-login', 'masuk'],
      ['classic-en-login', 'masuk'],
      ['v2-en-otp', 'otp'],
      ['classic-id-otp', 'otp'],
    ] as const) {
      await p.goto(KC + fixture);
      await p.waitForHost({ page: 'sso-login', step });
    }
    await p.close();
  });

  it('Keycloak\'s "Nama pengguna atau kata sandi tidak valid.": explained, and never "looks different"', async () => {
    const p = await browser.newPage();
    await p.goto(KC + 'v2-id-login-error');
    await p.waitForHost({ page: 'sso-login', step: 'masuk' });
    await p.waitForShadow('[data-tip="nip-atau-sandi-salah"]');
    await new Promise((r) => setTimeout(r, SETTLED_MS));
    expect(await p.shadowExists('[data-looks-different]')).toBe(false);
    await p.goto(KC + 'classic-id-otp-error');
    await p.waitForHost({ page: 'sso-login', step: 'otp' });
    expect(await p.shadowText('[data-tip="kode-otp-salah"]')).toMatch(/jam dan zona waktu/);
    await p.close();
  });

  it('"Nama pengguna atau surel": an address is a warning and Masuk goes through', async () => {
    const p = await browser.newPage();
    await p.goto(KC + 'v2-id-login-email');
    await p.waitForHost({ page: 'sso-login', step: 'masuk' });
    await p.fill('#username', 'budi@pns.magelangkota.go.id');
    await expectVerdict(p, 'nip', 'warn');
    await p.click('#kc-login');
    // Keycloak posts the form: the page leaves for the login action, nothing held it.
    await waitUntil(() => p.evaluate(() => !location.search.includes('kc='), null).catch(() => false), 10_000, async () => 'the form to be posted');
    await p.close();
  });

  it.each(['bootstrap', 'mui', 'antd', 'antd6', 'inert'])('keyboard only, in a %s dialog with its focus trap: a held Simpan is sent by pressing it again', async (kind) => {
    const p = await browser.newPage();
    await p.goto(KONTAK_URL);
    await p.waitForHost({ page: 'myasn-kontak-pribadi', step: 'form' });
    await trapForm(p, kind);
    await tabTo(p, 'alamat');
    await tabTo(p, 'hp');
    await p.type('#hp', '0812');
    await expectVerdict(p, 'nomor-hp', 'error');
    await tabTo(p, 'btn-simpan');
    await p.press('Enter');
    await p.waitForShadow('[data-guard="held"]');
    expect(await saved(p)).toBe(0);
    // Focus stays on Simpan, inside the dialog: the panel did not take it out for the trap to throw back.
    expect(await p.evaluate(() => document.activeElement?.id, null)).toBe('btn-simpan');
    expect(await p.shadowText('[data-guard]')).toContain('sekali lagi');
    await p.press('Enter');
    await waitUntil(async () => (await saved(p)) === 1, 5000, async () => 'the second press to send the form');
    expect(await p.evaluate(() => (document.getElementById('hp') as HTMLInputElement).value, null)).toBe('0812');
    await p.close();
  });

  it('keyboard only, in a native modal <dialog> (everything else inert, the panel too): Simpan goes through at once, the problems still listed', async () => {
    const p = await browser.newPage();
    await p.goto(KONTAK_URL);
    await p.waitForHost({ page: 'myasn-kontak-pribadi', step: 'form' });
    await trapForm(p, 'dialog');
    await tabTo(p, 'hp');
    await p.type('#hp', '0812');
    await expectVerdict(p, 'nomor-hp', 'error');
    await tabTo(p, 'btn-simpan');
    await p.press('Enter');
    await waitUntil(async () => (await saved(p)) === 1, 5000, async () => 'Simpan to go through');
    await p.waitForShadow('[data-guard="passed"]');
    await p.close();
  });

  it('a page that ignores script clicks: after "Tetap lanjutkan", the next real click on Simpan goes through', async () => {
    const p = await browser.newPage();
    await p.goto(KONTAK_URL);
    await p.waitForHost({ page: 'myasn-kontak-pribadi', step: 'form' });
    await p.evaluate(() => {
      // As some UI kits do: a click no person made does nothing.
      document.getElementById('btn-simpan')!.addEventListener('click', (e) => {
        if (!e.isTrusted) e.preventDefault();
      });
    }, null);
    await p.fill('#hp', '0812');
    await expectVerdict(p, 'nomor-hp', 'error');
    await p.click('#btn-simpan');
    await p.waitForShadow('[data-guard="held"]');
    await p.shadowClick('[data-action="submit-anyway"]');
    await new Promise((r) => setTimeout(r, 300));
    expect(await saved(p)).toBe(0);
    await p.click('#btn-simpan');
    await waitUntil(async () => (await saved(p)) === 1, 5000, async () => 'the real click to go through');
    expect(await p.shadowExists('[data-guard="held"]')).toBe(false);
    await p.close();
  });

  it('a wrong optional office number is shown but holds neither Verifikasi nor Simpan', async () => {
    const p = await browser.newPage();
    await p.goto(KONTAK_URL);
    await p.waitForHost({ page: 'myasn-kontak-pribadi', step: 'form' });
    await p.fill('input[name="telepon"]', '0293 363695 ext 12');
    await expectVerdict(p, 'nomor-telepon', 'error');
    await p.fill('input[name="email_dinas"]', 'budi@pns.magelangkota.go.id');
    await p.click('#btn-verifikasi');
    await p.waitForHost({ step: 'konfirmasi' });
    await p.click('#dlg-verifikasi button[data-close]');
    await p.waitForHost({ step: 'form' });
    await p.click('#btn-simpan');
    await waitUntil(async () => (await saved(p)) === 1, 5000, async () => 'Simpan to go through');
    expect(await p.shadowExists('[data-guard="held"]')).toBe(false);
    await p.close();
  });

  it('an ACTIVE certificate with one "Masa Aktif" date is never called expired', async () => {
    const p = await browser.newPage();
    await p.goto(`${URLS.SERTIFIKAT}?replica=status:ACTIVE`);
    await p.waitForHost({ page: 'myasn-sertifikat', status: 'ACTIVE' });
    await p.evaluate(() => {
      // As a portal that shows only one date beside "Masa Aktif": the start or the end, nobody can tell.
      for (const dt of Array.from(document.querySelectorAll('dt'))) if (dt.textContent === 'Masa Berlaku') dt.textContent = 'Masa Aktif';
      for (const dd of Array.from(document.querySelectorAll('dd'))) if (dd.textContent?.includes(' s/d ')) dd.textContent = '14-01-2026';
    }, null);
    await p.waitForShadow('[data-validity="unknown"]');
    expect(await p.shadowExists('[data-validity="expired"]')).toBe(false);
    await p.close();
  });

  it('consents: with the one box the page shows ticked, Submit is not held', async () => {
    const p = await browser.newPage();
    await p.goto(`${URLS.AKTIVASI}?replica=step:foto-diri`);
    await p.waitForHost({ page: 'bsre-aktivasi', step: 'foto-diri' });
    // The second box worded so no consent label or name matches it: the page shows one consent.
    await p.evaluate(() => {
      const box = document.querySelector<HTMLInputElement>('input[name="consent_privacy"]')!;
      for (const n of Array.from(box.closest('label')!.childNodes)) if (n.nodeType === 3) n.textContent = ' Lanjut';
      box.name = 'lanjut';
    }, null);
    await p.click('input[name="consent_data"]');
    await p.click('input[name="lanjut"]');
    await expectVerdict(p, 'persetujuan', 'ok');
    await p.click('[data-replica-step="foto-diri"] button[data-act="next"]');
    await p.waitForHost({ step: 'berhasil' });
    await p.close();
  });

  it('progress: NOT_REGISTERED with Email BSrE filled is step 7; EXPIRED keeps the page\'s own step 4', async () => {
    const p = await browser.newPage();
    await p.goto(`${URLS.SERTIFIKAT}?replica=status:NOT_REGISTERED,email:filled`);
    await p.waitForHost({ page: 'myasn-sertifikat', status: 'NOT_REGISTERED' });
    await waitUntil(async () => (await p.shadowAttr('[data-guide-step]', 'data-guide-step')) === '7', 5000, async () => 'step 7');
    await p.goto(`${URLS.SERTIFIKAT}?replica=status:EXPIRED,email:filled`);
    await p.waitForHost({ page: 'myasn-sertifikat', status: 'EXPIRED' });
    expect(await p.shadowAttr('[data-guide-step]', 'data-guide-step')).toBe('4');
    await p.close();
  });

  it("no agency chosen: no other agency's desk; the page's Instansi Kerja is offered once and stored as an id", async () => {
    const p = await browser.newPage();
    await p.goto(URLS.SERTIFIKAT);
    await p.waitForHost({ page: 'myasn-sertifikat' });
    await p.waitForShadow('[data-agency-offer="magelang"]');
    const before = await p.evaluate(() => document.querySelector('pemandu-tte')!.shadowRoot!.textContent ?? '', null);
    expect(before).not.toMatch(/Diskominsta|Statistik dan Persandian/);
    await p.shadowClick('[data-action="agency-accept"]');
    await p.waitForShadow('[data-contact="persandian"]');
    expect(await p.shadowText('[data-contact="persandian"]')).toContain('Magelang');
    expect(await p.shadowExists('[data-agency-offer]')).toBe(false);
    expect((await readExtensionStorage(browser)).local?.agencyId).toBe('magelang');
    await p.goto(URLS.SERTIFIKAT);
    await p.waitForHost({ page: 'myasn-sertifikat' });
    await p.waitForShadow('[data-contact="persandian"]');
    expect(await p.shadowExists('[data-agency-offer]')).toBe(false);
    expect(await p.shadowText('[data-contact="persandian"]')).toContain('Magelang');
    // Another portal host's script carries only the generic profile: the stored choice comes from the background, before the first render.
    await p.goto(URLS.PASSPHRASE);
    await p.waitForShadow('[data-contact="persandian"]');
    expect(await p.shadowText('[data-contact="persandian"]')).toContain('Magelang');
    await p.close();
  });
});
