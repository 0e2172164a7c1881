/**
 * The e2e harness: one browser-neutral API over Chromium (playwright-core) and Firefox ESR
 * (puppeteer-core over WebDriver BiDi), each with the built extension and the replica portal served
 * at the portals' real URLs. Launch one browser per test file and open a new page per test.
 */
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from './chromium';
import { launchFirefox } from './firefox';
import type { BrowserName, E2EBrowser, LaunchOptions } from './types';

export type { AxeViolation, BrowserName, E2EBrowser, E2EPage, HostAttrs, LaunchOptions, Rect, SeenRequest } from './types';
export { replicaResponse } from './serve';
export { chooseAgency, EXTENSION_PAGES, KONTAK_URL, typePublicEmailDinas } from './scenes';

/** Both browsers by default; E2E_BROWSERS=chromium (or firefox) narrows a local run. */
export const BROWSERS: BrowserName[] = (process.env.E2E_BROWSERS?.split(',') as BrowserName[] | undefined) ?? ['chromium', 'firefox'];

export function launchBrowser(name: BrowserName, opts?: LaunchOptions): Promise<E2EBrowser> {
  return name === 'chromium' ? launchChromium(opts) : launchFirefox(opts);
}

/**
 * One browser for the enclosing `describe`: launched before its tests, closed after them (closing
 * also runs the suite's request and storage checks). The value stands in for the browser itself:
 * every property is read from the launched one, so tests write `browser.newPage()` as before.
 */
export function withBrowser(name: BrowserName, opts?: LaunchOptions): E2EBrowser {
  let browser: E2EBrowser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser(name, opts);
  });
  afterAll(async () => {
    await browser?.close();
  });
  return new Proxy({} as E2EBrowser, {
    get(_target, prop) {
      if (!browser) throw new Error(`the ${name} browser is used before it was launched (use it inside a test or hook)`);
      const value = Reflect.get(browser, prop) as unknown;
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(browser) : value;
    },
  });
}
