/**
 * The extension's own pages in both browsers: options drive the overlay, guide ticks persist, popup;
 * and an agency profile set by policy (managed storage) wins over the user's choice.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { URLS } from '../fixtures/cases';
import { BROWSERS, withBrowser } from './harness';

const SHOTS = join(__dirname, 'screenshots');

describe.each(BROWSERS)('%s: extension pages', (name) => {
  const browser = withBrowser(name);

  it('guide ticks are kept across visits', async () => {
    let p = await browser.extensionPage('/guide.html', '[data-testid="guide"]');
    await p.click('[data-testid="guide-step-persiapan"] input');
    await p.evaluate(() => new Promise((r) => setTimeout(r, 200)), null);
    await p.close();
    p = await browser.extensionPage('/guide.html', '[data-testid="guide-step-persiapan"][data-done="true"]');
    expect(await p.evaluate(() => document.querySelector('[data-testid="guide-progress"]')!.textContent, null)).toContain('1 dari 10');
    await p.screenshot(join(SHOTS, `${name}-guide.png`));
    await p.close();
  });

  it('the popup outside a portal tab says so and links the guide, helpdesk and settings', async () => {
    const p = await browser.extensionPage('/popup.html', '[data-testid="popup-not-portal"]');
    const links = await p.evaluate(() => Array.from(document.querySelectorAll('nav a')).map((a) => new URL((a as HTMLAnchorElement).href).pathname), null);
    expect(links).toEqual(['/guide.html', '/helpdesk.html', '/options.html']);
    await p.close();
  });

  it('the language chosen in the options is the overlay’s language on the portal', async () => {
    const options = await browser.extensionPage('/options.html', '[data-testid="language-select"]');
    await options.evaluate(() => {
      const s = document.querySelector('[data-testid="language-select"]') as HTMLSelectElement;
      s.value = 'en';
      s.dispatchEvent(new Event('change', { bubbles: true }));
    }, null);
    await options.evaluate(() => new Promise((r) => setTimeout(r, 300)), null);
    await options.close();
    const page = await browser.newPage();
    await page.goto(URLS.SERTIFIKAT);
    await page.waitForHost({ status: 'NOT_REGISTERED' });
    expect(await page.shadowText('.pt-progress')).toContain('Step 4 of 10');
    await page.shadowClick('[data-action="locale"]');
    await page.waitForShadow('[data-action="locale"]');
    expect(await page.shadowText('.pt-progress')).toContain('Langkah 4 dari 10');
    await page.close();
  });

  it('switching to English on a portal page brings the English words the content script does not carry', async () => {
    // The test before left Indonesian chosen: this page's script has only the Indonesian words.
    const page = await browser.newPage();
    await page.goto(URLS.SERTIFIKAT);
    await page.waitForHost({ status: 'NOT_REGISTERED' });
    expect(await page.shadowText('.pt-progress')).toContain('Langkah 4 dari 10');
    await page.shadowClick('[data-action="locale"]');
    const lang = () => page.hostAttrs().then((a) => a?.lang);
    for (let i = 0; i < 50 && (await lang()) !== 'en'; i++) await page.evaluate(() => new Promise((r) => setTimeout(r, 20)), null);
    expect(await lang()).toBe('en');
    expect(await page.shadowText('.pt-progress')).toContain('Step 4 of 10');
    await page.close();
  });
});

/** The documented Firefox policy (docs/deploy/firefox-policies.json), managed storage part only. */
function managedPolicy(agencyId: string) {
  const { policies } = JSON.parse(readFileSync(join(__dirname, '../../docs/deploy/firefox-policies.json'), 'utf8'));
  const extensions: Record<string, { agencyId: string }> = policies['3rdparty'].Extensions;
  // Not ExtensionSettings: its force-install would fetch the .xpi from the example intranet URL.
  return { policies: { '3rdparty': { Extensions: Object.fromEntries(Object.keys(extensions).map((id) => [id, { ...extensions[id], agencyId }])) } } };
}

describe.each(BROWSERS)('%s: an agency profile set by policy', (name) => {
  if (name === 'chromium') {
    // Chromium reads extension policies (managed storage) only from a machine-wide folder,
    // /etc/chromium/policies/managed, and a test must not write there. Firefox covers this path.
    it.skip('managed "umum" wins over the local choice in the options page and the overlay (needs /etc/chromium/policies/managed)', () => {});
    return;
  }
  const browser = withBrowser(name, { policies: managedPolicy('umum') });

  it('the options page shows the managed profile, locked, over a local choice', async () => {
    const options = await browser.extensionPage('/options.html', '[data-testid="agency-managed"]');
    // The user's own (earlier) choice stays stored but does not win.
    await options.evaluate(() => (globalThis as unknown as { browser: { storage: { local: { set(v: object): Promise<void> } } } }).browser.storage.local.set({ agencyId: 'magelang' }), null);
    await options.evaluate(() => new Promise((r) => setTimeout(r, 300)), null);
    const select = await options.evaluate(() => {
      const s = document.querySelector('[data-testid="agency-select"]') as HTMLSelectElement;
      return { value: s.value, disabled: s.disabled, text: s.selectedOptions[0]?.textContent };
    }, null);
    expect(select).toEqual({ value: 'umum', disabled: true, text: 'Instansi lain (umum)' });
    expect(await options.evaluate(() => document.querySelector('[data-testid="agency-managed"]')!.textContent, null)).toContain('TI instansi');
    expect(await options.evaluate(() => document.querySelector('[data-testid="agency-email"]')!.textContent, null)).toContain('.go.id');
    await options.screenshot(join(SHOTS, `${name}-options-managed.png`));
    await options.close();
  });

  it("the overlay on Kontak Pribadi judges the email dinas by the managed profile's rule", async () => {
    const p = await browser.newPage();
    await p.goto('https://myasn.bkn.go.id/profil/update#kontak-pribadi');
    await p.waitForHost({ page: 'myasn-kontak-pribadi', step: 'form' });
    // The managed profile's own desks, once the policy value has been read.
    await p.waitForShadow('[data-contact="email-dinas"]', 5000);
    for (let i = 0; i < 100 && !(await p.shadowText('[data-contact="email-dinas"]'))?.includes('instansi Anda'); i++) await new Promise((r) => setTimeout(r, 100));
    expect(await p.shadowText('[data-contact="email-dinas"]')).toContain('Pengelola email dinas instansi Anda');
    // Kota Magelang (the local choice) would call this an error: not its domain.
    await p.fill('input[name="email_dinas"]', 'nama@contoh.go.id');
    await p.waitForShadow('[data-field="email-dinas"][data-verdict="ok"]', 5000);
    expect(await p.shadowText('[data-field="email-dinas"]')).toContain('memakai domain pemerintah');
    await p.screenshot(join(SHOTS, `${name}-kontak-pribadi-managed-umum.png`));
    await p.fill('input[name="email_dinas"]', 'nama@kampus.ac.id');
    await p.waitForShadow('[data-field="email-dinas"][data-verdict="warn"]', 5000);
    expect(await p.shadowText('[data-field="email-dinas"]')).toContain('tidak berakhiran .go.id');
    await p.fill('input[name="email_dinas"]', 'nama@gmail.com');
    await p.waitForShadow('[data-field="email-dinas"][data-verdict="error"]', 5000);
    expect(await p.shadowText('[data-field="email-dinas"]')).toContain('bukan email pribadi seperti Gmail');
    await p.close();
  });
});
