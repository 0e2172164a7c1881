/** Chromium (Debian's /usr/bin/chromium) through playwright-core, with the built MV3 extension. */
import { createHash } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { BasePage } from './base';
import { clearFieldExpr, ensureParentDir, readExtensionStorage, RequestLog, ROOT, storageProblems } from './common';
import { replicaResponse } from './serve';
import type { E2EBrowser, LaunchOptions } from './types';

class ChromiumPage extends BasePage {
  readonly browser = 'chromium' as const;
  constructor(
    private readonly page: Page,
    typed: Set<string>,
  ) {
    super(typed);
    page.on('console', (m) => m.type() === 'error' && this.recordError(m.text(), m.location().url || undefined));
    page.on('pageerror', (e) => this.recordError(String(e), e.stack?.match(/chrome-extension:\/\/[^\s)]+/)?.[0]));
  }
  protected run(expr: string) {
    return this.page.evaluate(expr);
  }
  async goto(url: string) {
    await this.page.goto(url, { waitUntil: 'domcontentloaded' });
  }
  evaluate<A, R>(fn: (arg: A) => R, arg?: A) {
    return this.page.evaluate(fn as never, arg) as Promise<Awaited<R>>;
  }
  async shadowClick(sel: string) {
    // Playwright's CSS engine pierces open shadow roots.
    await this.page.locator(`pemandu-tte ${sel}`).first().click();
  }
  async type(sel: string, text: string) {
    this.typed.add(text);
    await this.page.locator(sel).first().pressSequentially(text);
  }
  async fill(sel: string, text: string) {
    await this.page.evaluate(clearFieldExpr(sel));
    await this.type(sel, text);
  }
  async click(sel: string) {
    await this.page.locator(sel).first().click();
  }
  async paste(sel: string, text: string) {
    this.typed.add(text);
    await this.page.locator(sel).fill(text);
  }
  async setViewport(width: number, height: number) {
    await this.page.setViewportSize({ width, height });
  }
  async press(key: string, opts: { shift?: boolean } = {}) {
    await this.page.keyboard.press(opts.shift ? `Shift+${key}` : key);
  }
  async screenshot(path: string) {
    ensureParentDir(path);
    await this.page.screenshot({ path });
  }
  async close() {
    await this.page.close();
  }
}

/** An unpacked extension without a `key` gets its id from the hash of its absolute path. */
function unpackedExtensionId(dir: string): string {
  return [...createHash('sha256').update(dir).digest('hex').slice(0, 32)].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');
}

export async function launchChromium(opts: LaunchOptions = {}): Promise<E2EBrowser> {
  const ext = resolve(opts.extensionDir ?? join(ROOT, '.output/chrome-mv3'));
  const viewport = opts.viewport === undefined ? { width: 1366, height: 768 } : opts.viewport;
  const zoom = opts.zoom ?? 1;
  const origin = `chrome-extension://${unpackedExtensionId(ext)}`;
  const log = new RequestLog();
  // Everything the tests type in this browser: extension storage must hold none of it at close.
  const typed = new Set<string>();
  const context: BrowserContext = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'pemandu-chromium-')), {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: opts.headless ?? true,
    viewport: viewport && zoom !== 1 ? { width: Math.round(viewport.width / zoom), height: Math.round(viewport.height / zoom) } : viewport,
    ...(zoom !== 1 && { deviceScaleFactor: zoom }),
    ...(opts.forcedColors && { forcedColors: 'active' as const }),
    ...(opts.reducedMotion && { reducedMotion: 'reduce' as const }),
    args: [
      `--disable-extensions-except=${ext}`,
      `--load-extension=${ext}`,
      // The sandbox needs user namespaces that root and containers lack; a visible window as a user keeps it.
      ...((opts.headless ?? true) || process.getuid?.() === 0 ? ['--no-sandbox'] : []),
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--lang=id',
      // Lets the harness reload the extension over DevTools (Extensions.loadUnpacked).
      '--enable-unsafe-extension-debugging',
    ],
  });
  // Every request of every page and of the extension's service worker comes through here.
  await context.route('**/*', async (route) => {
    const req = route.request();
    const url = req.url();
    // The extension's own pages and the browser's data: URLs are not network requests.
    if (!/^https?:/.test(url)) return route.continue();
    const who = req.serviceWorker() ? { fromExtension: true, initiator: req.serviceWorker()!.url() } : {};
    const r = replicaResponse(url, req.isNavigationRequest());
    if (r) {
      log.record(url, 'replica', who);
      await route.fulfill({ status: 200, contentType: r.contentType, body: r.body, headers: r.headers });
    } else if (url.endsWith('/favicon.ico')) await route.fulfill({ status: 404, body: '' });
    else {
      log.record(url, 'blocked', who);
      await route.abort();
    }
  });
  let isClosed = false;
  const closed = new Promise<void>((done) =>
    context.on('close', () => {
      isClosed = true;
      done();
    }),
  );
  const wrap = async (page: Page) => {
    // DevTools names the script behind each request: a content script is a chrome-extension:// URL.
    const cdp = await context.newCDPSession(page);
    cdp.on('Network.requestWillBeSent', (e) => {
      if (!/^https?:/.test(e.request.url)) return;
      const frames = e.initiator.stack?.callFrames ?? [];
      const ext = frames.find((f) => f.url.startsWith('chrome-extension://'));
      const initiator = ext?.url ?? frames[0]?.url ?? e.initiator.url;
      log.attribute(e.request.url, { fromExtension: Boolean(ext), ...(initiator && { initiator }) });
    });
    await cdp.send('Network.enable');
    return new ChromiumPage(page, typed);
  };
  const browser: E2EBrowser = {
    name: 'chromium',
    extensionOrigin: origin,
    requests: log.requests,
    strayRequests: log.strayRequests,
    closed,
    async newPage(size = viewport ?? undefined) {
      // A visible browser opens with an empty tab: use it rather than leave it beside the first page.
      // (Headless, it stays open: a browser whose last page closes may quit.)
      const blank = opts.headless === false ? context.pages().find((p) => p.url() === 'about:blank') : undefined;
      const page = blank ?? (await context.newPage());
      if (size) await page.setViewportSize({ width: Math.round(size.width / zoom), height: Math.round(size.height / zoom) });
      return wrap(page);
    },
    async extensionPage(path: string, ready: string) {
      const page = await context.newPage();
      await page.goto(`${origin}${path}`);
      await page.waitForSelector(ready);
      return wrap(page);
    },
    async reloadExtension() {
      // DevTools' Extensions.loadUnpacked over the same folder is what "Reload" on
      // chrome://extensions does: same id, old instance unloaded, open tabs keep the orphaned script.
      const cdp = await context.browser()!.newBrowserCDPSession();
      try {
        await cdp.send('Extensions.loadUnpacked', { path: ext });
      } finally {
        await cdp.detach();
      }
    },
    async close() {
      const leaks = isClosed ? [] : storageProblems(await readExtensionStorage(browser), typed);
      await context.close();
      log.assertNoneStray('chromium');
      if (leaks.length) throw new Error(`chromium: extension storage after the suite: ${leaks.join('; ')}`);
    },
  };
  return browser;
}
