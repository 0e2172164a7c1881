import { launchChromium } from './chromium';
import { launchFirefox } from './firefox';
import type { BrowserName, E2EBrowser } from './types';

export type { BrowserName, E2EBrowser, E2EPage, HostAttrs } from './types';

/** Both browsers by default; E2E_BROWSERS=chromium (or firefox) narrows a local run. */
export const BROWSERS: BrowserName[] = (process.env.E2E_BROWSERS?.split(',') as BrowserName[] | undefined) ?? ['chromium', 'firefox'];

export function launchBrowser(name: BrowserName): Promise<E2EBrowser> {
  return name === 'chromium' ? launchChromium() : launchFirefox();
}
