/**
 * The submit guard never traps, in the real browsers: a submit inside a page's modal dialog (our
 * panel is inert behind it) goes through and the problems are still listed; a button the page
 * re-creates passes once after "Tetap lanjutkan"; and a slow page that shows "Memuat…" for 3 s is
 * never told it looks different from the guide.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { URLS } from '../fixtures/cases';
import { waitUntil } from './harness/common';
import { BROWSERS, typePublicEmailDinas, withBrowser, type E2EPage } from './harness';

const SHOTS = join(__dirname, 'screenshots');
const KONTAK = (variant: string) => `https://myasn.bkn.go.id/profil/update?replica=${variant}#kontak-pribadi`;
const saved = (p: E2EPage) => p.evaluate(() => (window as unknown as { replicaSaved?: number }).replicaSaved ?? 0, null);
const guardMode = (p: E2EPage) => p.shadowAttr('[data-guard]', 'data-guard');
const sleep = (p: E2EPage, ms: number) => p.evaluate((t) => new Promise((r) => setTimeout(r, t)), ms);

/**
 * A real click on a button the page re-creates every 400 ms: puppeteer (Firefox) gives up when the
 * element it found is replaced before it clicks (nothing was clicked then), so try again.
 */
async function clickRecreated(p: E2EPage, sel: string): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await p.click(sel);
    } catch (err) {
      if (attempt >= 5 || !/detached/i.test(String(err))) throw err;
    }
  }
}


describe.each(BROWSERS)('%s: the submit guard never traps', (name) => {
  const browser = withBrowser(name);

  it('a submit inside a modal dialog goes through (the panel is inert behind it) and the problems are still listed', async () => {
    const p = await browser.newPage();
    await p.goto(KONTAK('form:dialog'));
    await typePublicEmailDinas(p);
    expect(await p.evaluate(() => document.getElementById('dlg-kontak')?.matches(':modal') ?? false, null)).toBe(true);
    await p.click('#btn-simpan');
    await waitUntil(async () => (await saved(p)) === 1, 5000, async () => `the portal to receive Simpan (saved ${await saved(p)})`);
    await p.waitForShadow('[data-guard="passed"] [data-guard-field="email-dinas"]', 5000);
    expect(await p.shadowExists('[data-action="submit-anyway"]')).toBe(false);
    expect(await p.evaluate(() => (document.querySelector('input[name="email_dinas"]') as HTMLInputElement).value, null)).toBe('budi@gmail.com');
    await p.screenshot(join(SHOTS, `${name}-guard-modal.png`));
    expect(p.errors).toEqual([]);
    await p.close();
  });

  it('a button the page re-creates: "Tetap lanjutkan" asks to click again, then that click goes through once', async () => {
    const p = await browser.newPage();
    await p.goto(KONTAK('rerender:button'));
    await typePublicEmailDinas(p);
    await clickRecreated(p, '#btn-simpan');
    await p.waitForShadow('[data-guard="held"]', 5000);
    expect(await saved(p)).toBe(0);
    // The page re-renders its button every 400 ms: the held element is gone by now.
    await p.evaluate(() => ((window as unknown as { marked: Element | null }).marked = document.getElementById('btn-simpan')), null);
    await sleep(p, 600);
    expect(await p.evaluate(() => (window as unknown as { marked: Element }).marked.isConnected, null)).toBe(false);
    await p.shadowClick('[data-action="submit-anyway"]');
    await p.waitForShadow('[data-guard="again"]', 5000);
    expect(await p.shadowText('[data-guard="again"]')).toContain('Simpan');
    expect(await saved(p)).toBe(0);
    await clickRecreated(p, '#btn-simpan');
    await waitUntil(async () => (await saved(p)) === 1, 5000, async () => `the click after "Tetap lanjutkan" to reach the portal`);
    await waitUntil(async () => (await guardMode(p)) === null, 5000, async () => `the "click again" notice to go (have ${await guardMode(p)})`);
    // One pass only: the next click with the same error is held again.
    await clickRecreated(p, '#btn-simpan');
    await p.waitForShadow('[data-guard="held"]', 5000);
    await sleep(p, 200);
    expect(await saved(p)).toBe(1);
    expect(p.errors).toEqual([]);
    await p.close();
  });

  it('a slow page ("Memuat…" for 3 s) is never told it looks different from the guide', async () => {
    const p = await browser.newPage();
    await p.goto(`${URLS.SERTIFIKAT}?replica=slow:3000`);
    await p.waitForHost({ page: 'myasn-sertifikat' });
    const start = Date.now();
    let seen = false;
    let status: string | null = null;
    // Well past the content (3 s) and the quiet period after it.
    while (Date.now() - start < 8000) {
      seen ||= await p.shadowExists('[data-looks-different]');
      status = (await p.hostAttrs())?.['data-status'] ?? null;
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(seen).toBe(false);
    expect(status).toBe('NOT_REGISTERED');
    expect(p.errors).toEqual([]);
    await p.close();
  });
});
