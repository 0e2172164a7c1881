/**
 * Firefox ESR (Debian's /usr/bin/firefox-esr) through puppeteer-core over WebDriver BiDi, with the
 * built extension installed as a temporary add-on. Replicas are served by request interception.
 */
import { resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { BasePage } from './base';
import { clearFieldExpr } from './common';
import { replicaResponse } from './serve';
import type { E2EBrowser } from './types';

const EXT = resolve(__dirname, '../../../.output/firefox-mv2');
const GECKO_ID = 'pemandu-tte@pemandu-tte.id';
// Pinned so moz-extension://<uuid>/ is known before the add-on is installed.
const EXT_UUID = '5b0c7a2e-1f3d-4e6a-9b8c-0d1e2f3a4b5c';

class FirefoxPage extends BasePage {
  readonly browser = 'firefox' as const;
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
    // `>>>` pierces shadow roots in puppeteer selectors.
    await this.page.click(`pemandu-tte >>> ${sel}`);
  }
  async fill(sel: string, text: string) {
    await this.page.evaluate(clearFieldExpr(sel));
    await this.page.type(sel, text);
  }
  async paste(sel: string, text: string) {
    await this.page.$eval(sel, (el, t) => {
      (el as HTMLTextAreaElement).value = t as string;
      el.dispatchEvent(new Event('input', { bubbles: true }));
    }, text);
  }
  async click(sel: string) {
    // Like Playwright's locators: wait for late content before clicking.
    await this.page.waitForSelector(sel, { visible: true, timeout: 10_000 });
    await this.page.click(sel);
  }
  async setViewport(width: number, height: number) {
    await this.page.setViewport({ width, height });
  }
  async screenshot(path: string) {
    await this.page.screenshot({ path: path as `${string}.png` });
  }
  async close() {
    await this.page.close();
  }
}

export async function launchFirefox(): Promise<E2EBrowser> {
  const strayRequests: string[] = [];
  const browser: Browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
    headless: true,
    defaultViewport: { width: 1366, height: 768 },
    // Needed to open moz-extension:// pages from the driver.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'intl.accept_languages': 'id, en',
      'browser.shell.checkDefaultBrowser': false,
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXT_UUID }),
    },
  });
  await browser.installExtension(EXT);
  return {
    name: 'firefox',
    strayRequests,
    async newPage(viewport = { width: 1366, height: 768 }) {
      const page = await browser.newPage();
      await page.setViewport(viewport);
      await page.setRequestInterception(true);
      page.on('request', (req) => {
        const url = req.url();
        // The browser's own data:, blob: and extension URLs are not network requests.
        if (!/^https?:/.test(url)) return void req.continue();
        const r = replicaResponse(url);
        if (r) void req.respond({ status: 200, contentType: r.contentType, body: r.body, headers: r.headers });
        else if (url.endsWith('/favicon.ico')) void req.respond({ status: 404, body: '' });
        else {
          strayRequests.push(url);
          void req.abort();
        }
      });
      return new FirefoxPage(page);
    },
    async extensionPage(path: string, ready: string) {
      const page = await browser.newPage();
      // Firefox never reports load events for moz-extension:// pages to the driver: don't await.
      page.goto(`moz-extension://${EXT_UUID}${path}`, { timeout: 0 }).catch(() => {});
      await page.waitForSelector(ready, { timeout: 15_000 });
      return new FirefoxPage(page);
    },
    async close() {
      await browser.close();
    },
  };
}
