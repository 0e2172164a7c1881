/**
 * Helpdesk reproduction end to end: a user types on a replica page and copies the help code; staff
 * paste it into the extension's helpdesk page and see the same page, step, status and verdicts —
 * with none of the typed values anywhere.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { URLS } from '../fixtures/cases';
import { BROWSERS, withBrowser } from './harness';

const SHOTS = join(__dirname, 'screenshots');

describe.each(BROWSERS)('%s: helpdesk', (name) => {
  const browser = withBrowser(name);

  it('reproduces what the user sees from a copied help code, without their data', async () => {
    const user = await browser.newPage();
    await user.goto(URLS.AKTIVASI);
    await user.waitForHost({ page: 'bsre-aktivasi', step: 'data-diri' });
    await user.fill('#nik', '337101410190000');
    await user.fill('input[name="no_hp"]', '0812-3456-7890');
    await user.waitForShadow('[data-field="nik"][data-verdict="error"]');
    await user.waitForShadow('[data-field="nomor-hp"][data-verdict="ok"]');
    await user.shadowClick('[data-action="copy-code"]');
    await user.waitForShadow('[data-help-code]');
    const code = (await user.shadowText('[data-help-code]'))!.trim();
    expect(code).toMatch(/^TTE2-/);
    expect(code).not.toContain('337101410190000');
    expect(code).not.toContain('81234567890');
    await user.close();

    const staff = await browser.extensionPage('/helpdesk.html', '[data-testid="helpdesk"]');
    await staff.paste('[data-testid="code-input"]', code);
    await staff.click('[data-testid="show-code"]');
    await staff.waitForHost({ page: 'bsre-aktivasi', step: 'data-diri' });
    expect(await staff.shadowAttr('[data-field="nik"]', 'data-verdict')).toBe('error');
    expect(await staff.shadowText('[data-field="nik"]')).toContain('15');
    expect(await staff.shadowAttr('[data-field="nomor-hp"]', 'data-verdict')).toBe('ok');
    expect(await staff.evaluate(() => document.body.innerHTML.includes('337101410190000'), null)).toBe(false);
    await staff.screenshot(join(SHOTS, `${name}-helpdesk.png`));

    // A mistyped code is refused with a clear reason.
    await staff.paste('[data-testid="code-input"]', code.slice(0, -1) + (code.endsWith('A') ? 'B' : 'A'));
    await staff.click('[data-testid="show-code"]');
    await staff.evaluate(() => new Promise((r) => setTimeout(r, 200)), null);
    expect(await staff.evaluate(() => document.querySelector('[data-testid="code-error"]')?.getAttribute('data-error'), null)).toBe('checksum');
    await staff.close();
  });

  it('a name shown as the certificate status reaches neither the overlay nor the help code', async () => {
    const user = await browser.newPage();
    await user.goto(`${URLS.SERTIFIKAT}?replica=${encodeURIComponent('status:BUDI SANTOSO')}`);
    await user.waitForHost({ page: 'myasn-sertifikat', status: '?' });
    expect(await user.evaluate(() => document.body.textContent!.includes('Status: BUDI SANTOSO'), null)).toBe(true);
    await user.waitForShadow('[data-status-explained="?"]');
    await user.shadowClick('[data-action="copy-code"]');
    await user.waitForShadow('[data-help-code]');
    const code = (await user.shadowText('[data-help-code]'))!.trim();
    // Everything the overlay wrote: its host (attributes) and its shadow root.
    const overlay = await user.evaluate(() => [...document.querySelectorAll('pemandu-tte')].map((h) => h.outerHTML + (h.shadowRoot?.innerHTML ?? '')).join(''), null);
    expect(overlay).toContain('data-status="?"');
    expect(overlay).not.toMatch(/BUDI|SANTOSO/i);
    expect(code.split('-')[5]).toBe('UK');
    expect(code).not.toMatch(/BUDI|SANTOSO/i);
    await user.close();

    const staff = await browser.extensionPage('/helpdesk.html', '[data-testid="helpdesk"]');
    await staff.paste('[data-testid="code-input"]', code);
    await staff.click('[data-testid="show-code"]');
    await staff.waitForHost({ page: 'myasn-sertifikat', status: '?' });
    expect(await staff.shadowText('[data-status-explained="?"]')).toContain('belum mengenal');
    expect(await staff.evaluate(() => document.querySelector('[data-testid="summary-status"]')?.textContent, null)).toContain('belum dikenal');

    // A TTE1 code (a format no Pemandu TTE ever published) is not read, and the page says so.
    await staff.paste('[data-testid="code-input"]', 'Kode: TTE1-0.1.0-F-MS-0-S6-0-0-magelang-en-Ws45-7Z4G');
    await staff.click('[data-testid="show-code"]');
    await staff.evaluate(() => new Promise((r) => setTimeout(r, 200)), null);
    const error = await staff.evaluate(() => {
      const el = document.querySelector('[data-testid="code-error"]');
      return el && { kind: el.getAttribute('data-error'), text: el.textContent };
    }, null);
    expect(error).toEqual({ kind: 'version', text: expect.stringContaining('"TTE2-"') });
    expect(await staff.evaluate(() => !!document.querySelector('[data-testid="reproduction"]'), null)).toBe(false);
    await staff.close();
  });

  it('offers a gallery of every page and status', async () => {
    const staff = await browser.extensionPage('/helpdesk.html', '[data-testid="helpdesk"]');
    await staff.click('[data-gallery="myasn-sertifikat/EXPIRED"]');
    await staff.waitForHost({ page: 'myasn-sertifikat', status: 'EXPIRED' });
    expect(await staff.shadowText('[data-status-explained="EXPIRED"]')).toContain('EXPIRED');
    await staff.click('[data-gallery="bsre-passphrase/buat-passphrase"]');
    await staff.waitForHost({ page: 'bsre-passphrase', step: 'buat-passphrase' });
    await staff.close();
  });
});
