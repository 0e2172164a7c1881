/**
 * The e2e harness: one browser-neutral API over Chromium (playwright-core) and Firefox ESR
 * (puppeteer-core over WebDriver BiDi), each with the built extension and the replica portal served
 * at the portals' real URLs. Launch one browser per test file and open a new page per test.
 */
import { launchChromium } from './chromium';
import { launchFirefox } from './firefox';
import type { BrowserName, E2EBrowser, LaunchOptions } from './types';

export type { AxeViolation, BrowserName, E2EBrowser, E2EPage, HostAttrs, LaunchOptions, Rect, SeenRequest } from './types';
export { replicaResponse } from './serve';

/** Both browsers by default; E2E_BROWSERS=chromium (or firefox) narrows a local run. */
export const BROWSERS: BrowserName[] = (process.env.E2E_BROWSERS?.split(',') as BrowserName[] | undefined) ?? ['chromium', 'firefox'];

export function launchBrowser(name: BrowserName, opts?: LaunchOptions): Promise<E2EBrowser> {
  return name === 'chromium' ? launchChromium(opts) : launchFirefox(opts);
}
