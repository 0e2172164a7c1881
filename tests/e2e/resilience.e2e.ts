/**
 * A hostile or changing portal must never break: rapid SPA navigation, the page replacing its
 * whole <body>, a page whose own handlers throw, a huge page. No duplicate panels, no errors.
 */
import { describe, expect, it } from 'vitest';
import { decodeHelpCode } from '../../rules/helpCode/decode';
import { URLS } from '../fixtures/cases';
import { waitUntil } from './harness/common';
import { BROWSERS, withBrowser } from './harness';

const waitFor = (check: () => Promise<boolean>, what: string) => waitUntil(check, 10_000, async () => what);

describe.each(BROWSERS)('%s: resilience', (name) => {
  const browser = withBrowser(name);

  it('survives 100 SPA route changes in 2 s with one panel that ends on the right page', async () => {
    const p = await browser.newPage();
    await p.goto('https://myasn.bkn.go.id/dashboard');
    await p.waitForHost({ page: 'myasn-dashboard' });
    await p.evaluate(async () => {
      const routes = ['/layanan-asn', '/dashboard', '/layanan-asn/sertifikat-elektronik-bsre', '/profil/update#kontak-pribadi'];
      const replica = (window as unknown as { replica: { go(r: string): void } }).replica;
      for (let i = 0; i < 100; i++) {
        replica.go(routes[i % routes.length]!);
        await new Promise((r) => setTimeout(r, 20));
      }
      replica.go('/layanan-asn/sertifikat-elektronik-bsre');
    }, null);
    await p.waitForHost({ page: 'myasn-sertifikat', status: 'NOT_REGISTERED' });
    expect(await p.countHosts()).toBe(1);
    expect(p.errors).toEqual([]);
    await p.close();
  });

  it('keeps working when the page replaces its whole <body>', async () => {
    const p = await browser.newPage();
    await p.goto('https://myasn.bkn.go.id/layanan-asn');
    await p.waitForHost({ page: 'myasn-layanan' });
    await p.evaluate(() => {
      history.pushState({}, '', '/layanan-asn/sertifikat-elektronik-bsre');
      const body = document.createElement('body');
      const h = document.createElement('h1');
      h.textContent = 'Sertifikat Elektronik BSrE';
      const p1 = document.createElement('p');
      p1.textContent = 'NIK Pegawai 3371 — Email BSrE — Status: EXPIRED';
      body.append(h, p1);
      document.body.replaceWith(body);
    }, null);
    await p.waitForHost({ page: 'myasn-sertifikat', status: 'EXPIRED' });
    expect(await p.countHosts()).toBe(1);
    expect(p.errors).toEqual([]);
    await p.close();
  });

  it('checks fields even when the page’s own handlers throw', async () => {
    const p = await browser.newPage();
    await p.goto(URLS.AKTIVASI);
    await p.waitForHost({ step: 'data-diri' });
    await p.evaluate(() => {
      document.addEventListener('input', () => {
        throw new Error('bug in the portal itself');
      });
    }, null);
    await p.fill('#nik', '1234');
    await p.waitForShadow('[data-field="nik"][data-verdict="error"]');
    // The page's handler did throw (and was seen), and the only errors are the page's own.
    expect(p.errors.length).toBeGreaterThan(0);
    expect(p.errors.every((e) => e.includes('bug in the portal itself'))).toBe(true);
    await p.close();
  });

  it('follows an input the page’s framework re-creates, and forgets the old one', async () => {
    const p = await browser.newPage();
    await p.goto(URLS.AKTIVASI);
    await p.waitForHost({ step: 'data-diri' });
    await p.fill('#nik', '1234');
    await p.waitForShadow('[data-field="nik"][data-verdict="error"]');
    // As a framework re-mount does: a fresh, empty element in place of the old one.
    await p.evaluate(() => {
      const old = document.querySelector('#nik')!;
      const fresh = document.createElement('input');
      for (const a of ['id', 'name', 'inputmode', 'placeholder']) if (old.hasAttribute(a)) fresh.setAttribute(a, old.getAttribute(a)!);
      old.replaceWith(fresh);
    }, null);
    // The finding of the removed input goes; the new one is checked as the user types.
    await waitFor(async () => !(await p.shadowExists('[data-field="nik"]')), 'old NIK finding gone');
    await p.fill('#nik', '3371014101900001');
    await p.waitForShadow('[data-field="nik"][data-verdict="ok"]');
    expect(p.errors).toEqual([]);
    await p.close();
  });

  it('records a field the portal no longer has in the help code, and still helps', async () => {
    const p = await browser.newPage();
    await p.goto(URLS.AKTIVASI);
    await p.waitForHost({ step: 'data-diri' });
    await p.evaluate(() => {
      const nik = document.querySelector('#nik')!;
      document.querySelector('label[for="nik"]')?.remove();
      nik.remove();
    }, null);
    await p.waitForShadow('[data-looks-different]', 8000);
    expect(await p.shadowExists('[data-tip]')).toBe(true);
    await p.shadowClick('[data-action="copy-code"]');
    await p.waitForShadow('[data-help-code]');
    const decoded = decodeHelpCode((await p.shadowText('[data-help-code]'))!);
    expect(decoded.ok && decoded.value.missing).toEqual(['field:nik']);
    expect(p.errors).toEqual([]);
    await p.close();
  });

  it('copes with a huge page (10,000 extra nodes) arriving late', async () => {
    const p = await browser.newPage();
    await p.goto(URLS.SERTIFIKAT);
    await p.waitForHost({ status: 'NOT_REGISTERED' });
    await p.evaluate(() => {
      const box = document.createElement('div');
      for (let i = 0; i < 10_000; i++) {
        const row = document.createElement('p');
        row.textContent = `Riwayat ${i}`;
        box.append(row);
      }
      document.querySelector('main')!.append(box);
    }, null);
    await p.evaluate(() => new Promise((r) => setTimeout(r, 600)), null);
    expect(await p.hostAttrs()).toMatchObject({ 'data-page': 'myasn-sertifikat', 'data-status': 'NOT_REGISTERED' });
    expect(p.errors).toEqual([]);
    await p.close();
  });

  it('extension reloaded while a page is open: the orphaned script cleans up, never two panels', async () => {
    const p = await browser.newPage();
    await p.goto(URLS.SERTIFIKAT);
    await p.waitForHost({ page: 'myasn-sertifikat', status: 'NOT_REGISTERED' });
    // Count hosts continuously from here on: a duplicate for even a moment fails the test.
    await p.evaluate(() => {
      const w = window as unknown as { maxHosts: number };
      w.maxHosts = document.querySelectorAll('pemandu-tte').length;
      new MutationObserver(() => {
        w.maxHosts = Math.max(w.maxHosts, document.querySelectorAll('pemandu-tte').length);
      }).observe(document.documentElement, { childList: true, subtree: true });
    }, null);
    await browser.reloadExtension();
    // A route change after the reload: an orphaned script must not follow it or keep its panel.
    await p.evaluate(() => (window as unknown as { replica: { go(r: string): void } }).replica.go('/dashboard'), null);
    if (name === 'firefox') {
      // Firefox injects the new instance into open tabs: exactly one panel, on the current page.
      await p.waitForHost({ page: 'myasn-dashboard' });
    } else {
      // Chromium does not inject into open tabs: the orphaned script removes its panel.
      await p.waitForHost({ page: null });
    }
    await p.evaluate(() => new Promise((r) => setTimeout(r, 500)), null);
    expect(await p.countHosts()).toBe(name === 'firefox' ? 1 : 0);
    expect(await p.evaluate(() => (window as unknown as { maxHosts: number }).maxHosts, null)).toBe(1);
    expect(p.errors).toEqual([]);
    // The next page load gets the new instance, once.
    await p.goto(URLS.SERTIFIKAT);
    await p.waitForHost({ page: 'myasn-sertifikat', status: 'NOT_REGISTERED' });
    expect(await p.countHosts()).toBe(1);
    await p.close();
  });
});
