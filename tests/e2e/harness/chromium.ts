/** Chromium (Debian's /usr/bin/chromium) through playwright-core, with the built MV3 extension. */
import { createHash } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { BasePage } from './base';
import { clearFieldExpr } from './common';
import { replicaResponse } from './serve';
import type { E2EBrowser } from './types';

const EXT = resolve(__dirname, '../../../.output/chrome-mv3');

class ChromiumPage extends BasePage {
  readonly browser = 'chromium' as const;
  constructor(private readonly page: Page) {
    super();
    page.on('console', (m) => m.type() === 'error' && this.recordError(m.text()));
    page.on('pageerror', (e) => this.recordError(String(e)));
  }
  protected run(expr: string) {
    return this.page.evaluate(expr);
  }
  async goto(url: string) {
    await this.page.goto(url, { waitUntil: 'domcontentloaded' });
  }
  evaluate<A, R>(fn: (arg: A) => R, arg: A): Promise<R> {
    return this.page.evaluate(fn as never, arg) as Promise<R>;
  }
  async shadowClick(sel: string) {
    // Playwright's CSS engine pierces open shadow roots.
    await this.page.locator(`pemandu-tte ${sel}`).first().click();
  }
  async fill(sel: string, text: string) {
    await this.page.evaluate(clearFieldExpr(sel));
    await this.page.locator(sel).pressSequentially(text);
  }
  async click(sel: string) {
    await this.page.locator(sel).first().click();
  }
  async paste(sel: string, text: string) {
    await this.page.locator(sel).fill(text);
  }
  async setViewport(width: number, height: number) {
    await this.page.setViewportSize({ width, height });
  }
  async screenshot(path: string) {
    await this.page.screenshot({ path });
  }
  async close() {
    await this.page.close();
  }
}

export async function launchChromium(): Promise<E2EBrowser> {
  const strayRequests: string[] = [];
  const context: BrowserContext = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'pemandu-chromium-')), {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1366, height: 768 },
    args: [
      `--disable-extensions-except=${EXT}`,
      `--load-extension=${EXT}`,
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--lang=id',
    ],
  });
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    // The extension's own pages and the browser's data: URLs are not network requests.
    if (!/^https?:/.test(url)) return route.continue();
    const r = replicaResponse(url);
    if (r) await route.fulfill({ status: 200, contentType: r.contentType, body: r.body, headers: r.headers });
    else if (url.endsWith('/favicon.ico')) await route.fulfill({ status: 404, body: '' });
    else {
      strayRequests.push(url);
      await route.abort();
    }
  });
  return {
    name: 'chromium',
    strayRequests,
    async newPage(viewport = { width: 1366, height: 768 }) {
      const page = await context.newPage();
      await page.setViewportSize(viewport);
      return new ChromiumPage(page);
    },
    async extensionPage(path: string, ready: string) {
      // An unpacked extension without a key gets its id from the hash of its absolute path.
      const id = [...createHash('sha256').update(EXT).digest('hex').slice(0, 32)].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');
      const page = await context.newPage();
      await page.goto(`chrome-extension://${id}${path}`);
      await page.waitForSelector(ready);
      return new ChromiumPage(page);
    },
    async close() {
      await context.close();
    },
  };
}
