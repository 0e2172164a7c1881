/**
 * Firefox ESR (Debian's /usr/bin/firefox-esr) through puppeteer-core over WebDriver BiDi, with the
 * built extension installed as a temporary add-on. Replicas are served by request interception.
 */
import { resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { clearFieldExpr, COUNT_HOSTS_EXPR, HOST_ATTRS_EXPR, hostMatchesExpr, PAGE_NOISE, shadowQueryExpr, waitUntil } from './common';
import { replicaResponse } from './serve';
import type { E2EBrowser, E2EPage, HostAttrs } from './types';

const EXT = resolve(__dirname, '../../../.output/firefox-mv2');
const GECKO_ID = 'pemandu-tte@pemandu-tte.id';
// Pinned so moz-extension://<uuid>/ is known before the add-on is installed.
const EXT_UUID = '5b0c7a2e-1f3d-4e6a-9b8c-0d1e2f3a4b5c';

class FirefoxPage implements E2EPage {
  readonly browser = 'firefox' as const;
  readonly errors: string[] = [];
  constructor(private readonly page: Page) {
    page.on('console', (m) => m.type() === 'error' && !PAGE_NOISE.test(m.text()) && this.errors.push(m.text()));
    page.on('pageerror', (e) => !PAGE_NOISE.test(String(e)) && this.errors.push(String(e)));
  }
  async goto(url: string) {
    await this.page.goto(url, { waitUntil: 'domcontentloaded' });
  }
  async waitForHost(attrs: HostAttrs, timeout = 10_000) {
    await waitUntil(() => this.page.evaluate(hostMatchesExpr(attrs)) as Promise<boolean>, timeout, async () => `host ${JSON.stringify(attrs)}, have ${JSON.stringify(await this.hostAttrs())}`);
  }
  hostAttrs() {
    return this.page.evaluate(HOST_ATTRS_EXPR) as Promise<Record<string, string> | null>;
  }
  countHosts() {
    return this.page.evaluate(COUNT_HOSTS_EXPR) as Promise<number>;
  }
  evaluate<A, R>(fn: (arg: A) => R, arg: A): Promise<R> {
    return this.page.evaluate(fn as never, arg) as Promise<R>;
  }
  async shadowText(sel: string) {
    return ((await this.page.evaluate(shadowQueryExpr(sel))) as { text: string } | null)?.text ?? null;
  }
  async shadowAttr(sel: string, name: string) {
    return ((await this.page.evaluate(shadowQueryExpr(sel))) as { attrs: Record<string, string> } | null)?.attrs[name] ?? null;
  }
  async waitForShadow(sel: string, timeout = 10_000) {
    await waitUntil(async () => (await this.page.evaluate(shadowQueryExpr(sel))) !== null, timeout, async () => `overlay element ${sel}`);
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
