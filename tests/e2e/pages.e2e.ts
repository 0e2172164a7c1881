/** The extension's own pages in both browsers: options drive the overlay, guide ticks persist, popup. */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { URLS } from '../fixtures/cases';
import { BROWSERS, launchBrowser, type E2EBrowser } from './harness';

const SHOTS = join(__dirname, 'screenshots');

describe.each(BROWSERS)('%s: extension pages', (name) => {
  let browser: E2EBrowser;
  beforeAll(async () => {
    browser = await launchBrowser(name);
  });
  afterAll(async () => {
    await browser?.close();
  });

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
});
