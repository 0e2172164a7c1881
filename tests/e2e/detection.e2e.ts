/**
 * Every replica page, step and status at its real URL, detected by the built extension: each page
 * rule's examples (rules/pages/<page-id>.examples.ts, gathered by tests/fixtures/cases.ts).
 */
import { describe, expect, it } from 'vitest';
import { cases } from '../fixtures/cases';
import { BROWSERS, withBrowser } from './harness';

describe.each(BROWSERS)('%s: detection on every replica', (name) => {
  const browser = withBrowser(name);

  it.each(cases.map((c) => [c.name, c] as const))('%s', async (_n, c) => {
    const page = await browser.newPage();
    try {
      await page.goto(c.url);
      if (c.expect.page === null) {
        // Give the page the time a portal page needs to show the panel, then check there is none.
        await page.evaluate(() => new Promise((r) => setTimeout(r, 800)));
        expect(await page.countHosts()).toBe(0);
      } else {
        await page.waitForHost({ page: c.expect.page, ...(c.expect.step !== undefined && { step: c.expect.step }), ...(c.expect.status !== undefined && { status: c.expect.status }) });
        if (c.expect.status) expect(await page.shadowText(`[data-status-explained="${c.expect.status}"]`)).toContain(c.expect.status);
      }
      expect(page.errors).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('asked for nothing that no replica serves (the extension makes no requests)', () => {
    expect(browser.strayRequests).toEqual([]);
    // Where the browser tells who made a request (Chromium), none came from the extension.
    expect(browser.requests.filter((r) => r.fromExtension)).toEqual([]);
    expect(browser.requests.length).toBeGreaterThan(cases.length);
  });
});
