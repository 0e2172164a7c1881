/**
 * The certificate-status page at its real URL: SPA navigation, late content, each status explained,
 * expiry warning, strict CSP, no overlay off the portals, and the panel never covering the page's
 * own buttons.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeHelpCode } from '../../rules/helpCode/decode';
import { cases, URLS } from '../fixtures/cases';
import { BROWSERS, withBrowser, type E2EPage } from './harness';

const SHOTS = join(__dirname, 'screenshots');
mkdirSync(SHOTS, { recursive: true });
/** Every certificate status the replica can show (cases.ts), each at its ?replica=status:<CODE> URL. */
const STATUS_CASES = cases.filter((c) => c.url.startsWith(URLS.SERTIFIKAT) && c.url.includes('replica=status:'));

/** Page-world: rectangles of the overlay and of every visible page control that it intersects. */
function overlaps(): string[] {
  const host = document.querySelector('pemandu-tte');
  const box = host?.shadowRoot?.querySelector('.pt-panel, .pt-fab')?.getBoundingClientRect();
  if (!box) return ['no overlay'];
  const hits: string[] = [];
  for (const el of Array.from(document.querySelectorAll('a[href], button, input, select, textarea'))) {
    const r = el.getBoundingClientRect();
    if (!r.width || !r.height) continue;
    if (r.left < box.right && box.left < r.right && r.top < box.bottom && box.top < r.bottom) hits.push((el.textContent || el.getAttribute('name') || el.tagName).trim().slice(0, 40));
  }
  return hits;
}

describe.each(BROWSERS)('%s: certificate status page', (name) => {
  const browser = withBrowser(name);
  let page: E2EPage;

  it('follows single-page navigation from the dashboard to the certificate page', async () => {
    page = await browser.newPage();
    await page.goto('https://myasn.bkn.go.id/dashboard');
    await page.waitForHost({ page: 'myasn-dashboard' });
    // A mark in the page's own world: it survives pushState navigation, not a reload.
    await page.evaluate(() => void ((window as unknown as { noReload: boolean }).noReload = true));
    await page.click('nav a[href="/layanan-asn"]');
    await page.waitForHost({ page: 'myasn-layanan' });
    await page.click('main a[href="/layanan-asn/sertifikat-elektronik-bsre"]');
    await page.waitForHost({ page: 'myasn-sertifikat', status: 'NOT_REGISTERED' });
    expect(await page.evaluate(() => location.pathname)).toBe('/layanan-asn/sertifikat-elektronik-bsre');
    expect(await page.evaluate(() => (window as unknown as { noReload?: boolean }).noReload)).toBe(true);
    expect(await page.countHosts()).toBe(1);
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('explains NOT_REGISTERED with the next steps and whom to call, after the late content renders', async () => {
    page = await browser.newPage();
    await page.goto(URLS.SERTIFIKAT);
    await page.waitForHost({ page: 'myasn-sertifikat', status: 'NOT_REGISTERED' });
    // Email BSrE is still empty on this replica (guide E.6): one way forward, verifying the email.
    const text = await page.shadowText('[data-status-explained="NOT_REGISTERED"]');
    expect(text).toContain('Verifikasi Email Dinas Anda');
    expect(text).not.toContain('Registrasi Sertifikat');
    expect(await page.shadowText('[data-contact="helpdesk-bkn"]')).toContain('Helpdesk BKN');
    expect(await page.shadowText('.pt-progress')).toContain('Langkah 4 dari 10');
    await page.screenshot(join(SHOTS, `${name}-sertifikat-1366.png`));
    await page.close();
  });

  it('points straight to Registrasi Sertifikat once Email BSrE is filled', async () => {
    page = await browser.newPage();
    await page.goto(`${URLS.SERTIFIKAT}?replica=email:filled`);
    await page.waitForHost({ page: 'myasn-sertifikat', status: 'NOT_REGISTERED' });
    const text = await page.shadowText('[data-status-explained="NOT_REGISTERED"]');
    expect(text).toContain('Email BSrE Anda sudah terisi');
    expect(text).toContain('Registrasi Sertifikat');
    expect(text).not.toContain('Verifikasi Email Dinas Anda');
    // Only the yes/no reached the overlay, never the address on the page.
    expect(text).not.toContain('@pns.magelangkota.go.id');
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it.each(STATUS_CASES.map((c) => [c.expect.status!, c.url] as const))('shows status %s on the host and explains it', async (code, url) => {
    page = await browser.newPage();
    await page.goto(url);
    await page.waitForHost({ page: 'myasn-sertifikat', status: code });
    const text = await page.shadowText(`[data-status-explained="${code}"]`);
    expect(text).toContain(code);
    // More than the code itself: a title and what to do.
    expect(text!.replace(code, '').trim().length).toBeGreaterThan(20);
    expect(await page.countHosts()).toBe(1);
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('adds nothing to a page outside the portals', async () => {
    page = await browser.newPage();
    await page.goto('https://example.org/');
    // The time a portal page needs to show the panel (late content included), then check there is none.
    await page.evaluate(() => new Promise((r) => setTimeout(r, 1000)));
    expect(await page.countHosts()).toBe(0);
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('warns 60 days before an active certificate expires', async () => {
    page = await browser.newPage();
    const soon = new Date(Date.now() + 30 * 86_400_000);
    const d = `${String(soon.getDate()).padStart(2, '0')}-${String(soon.getMonth() + 1).padStart(2, '0')}-${soon.getFullYear()}`;
    await page.goto(`${URLS.SERTIFIKAT}?replica=status:ACTIVE,validUntil:${d}`);
    await page.waitForHost({ status: 'ACTIVE' });
    expect(await page.shadowAttr('[data-validity]', 'data-validity')).toBe('expiring');
    expect(await page.shadowText('[data-validity]')).toMatch(/dalam (29|30|31) hari/);
    await page.close();
  });

  it('keeps its styles under a strict Content-Security-Policy', async () => {
    page = await browser.newPage();
    await page.goto(`${URLS.SERTIFIKAT}?csp=strict&replica=status:EXPIRED`);
    await page.waitForHost({ status: 'EXPIRED' });
    const style = await page.evaluate(() => {
      const panel = document.querySelector('pemandu-tte')!.shadowRoot!.querySelector('.pt-panel')!;
      const cs = getComputedStyle(panel);
      return { bg: cs.backgroundColor, radius: cs.borderRadius, position: getComputedStyle(panel.parentElement!).position };
    }, null);
    expect(style).toEqual({ bg: 'rgb(255, 255, 255)', radius: '12px', position: 'fixed' });
    expect(page.errors).toEqual([]);
    // The policy blocks the replica's own stylesheet and inline styles (page.noise); nothing of the extension's.
    expect(page.noise.filter((n) => /(chrome|moz)-extension:\/\//.test(n))).toEqual([]);
    // Proof the policy was in force: a <style> the page adds has no effect.
    const probe = await page.evaluate(() => {
      const st = document.createElement('style');
      st.textContent = 'body { --csp-probe: on; }';
      document.head.append(st);
      return getComputedStyle(document.body).getPropertyValue('--csp-probe').trim();
    }, null);
    expect(probe).toBe('');
    await page.screenshot(join(SHOTS, `${name}-sertifikat-csp.png`));
    await page.close();
  });

  it('says the page looks different when the portal changed, and still helps', async () => {
    page = await browser.newPage();
    await page.goto(`${URLS.SERTIFIKAT}?replica=changed:1`);
    await page.waitForHost({ page: 'myasn-sertifikat' });
    await page.waitForShadow('[data-looks-different]', 8000);
    expect(await page.shadowText('[data-contact="persandian"]')).toBeTruthy();
    expect(await page.shadowExists('[data-tip]')).toBe(true);
    // The help code tells the helpdesk what was not found on the user's page.
    await page.shadowClick('[data-action="copy-code"]');
    await page.waitForShadow('[data-help-code]');
    const decoded = decodeHelpCode((await page.shadowText('[data-help-code]'))!);
    expect(decoded.ok && decoded.value.missing).toEqual(expect.arrayContaining(['status']));
    expect(page.errors).toEqual([]);
    await page.close();
  });

  for (const [w, h] of [
    [1366, 768],
    [360, 640],
  ] as const) {
    it(`covers none of the page's controls at ${w}×${h}`, async () => {
      page = await browser.newPage({ width: w, height: h });
      await page.goto(URLS.SERTIFIKAT);
      await page.waitForHost({ status: 'NOT_REGISTERED' });
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 100))), null);
      expect(await page.evaluate(overlaps, null)).toEqual([]);
      await page.screenshot(join(SHOTS, `${name}-sertifikat-${w}x${h}.png`));
      await page.close();
    });
  }

  it('collapses, remembers it on the next page, and expands again', async () => {
    page = await browser.newPage();
    await page.goto(URLS.SERTIFIKAT);
    await page.waitForHost({ status: 'NOT_REGISTERED' });
    await page.shadowClick('[data-action="collapse"]');
    await page.waitForShadow('.pt-fab');
    await page.close();
    page = await browser.newPage();
    await page.goto(URLS.SERTIFIKAT);
    await page.waitForHost({ status: 'NOT_REGISTERED' });
    await page.waitForShadow('.pt-fab');
    await page.shadowClick('[data-action="expand"]');
    await page.waitForShadow('.pt-panel');
    await page.close();
  });
});
