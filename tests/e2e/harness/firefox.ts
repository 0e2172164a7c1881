/**
 * Firefox ESR (Debian's /usr/bin/firefox-esr) through puppeteer-core over WebDriver BiDi, with the
 * built extension installed as a temporary add-on. Replicas are served by request interception.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type KeyInput, type Page } from 'puppeteer-core';
import { BasePage } from './base';
import { clearFieldExpr, ensureParentDir, readExtensionStorage, RequestLog, ROOT, storageProblems } from './common';
import { replicaResponse } from './serve';
import type { E2EBrowser, LaunchOptions } from './types';

// Pinned so moz-extension://<uuid>/ is known before the add-on is installed.
const EXT_UUID = '5b0c7a2e-1f3d-4e6a-9b8c-0d1e2f3a4b5c';
/** Firefox's own services (remote settings, updates, telemetry): not the pages', not the extension's. */
const BROWSER_SERVICES = /(^|\.)(mozilla\.(com|org|net)|firefox\.com|mozaws\.net|mozgcp\.net)$/;

class FirefoxPage extends BasePage {
  readonly browser = 'firefox' as const;
  constructor(
    private readonly page: Page,
    typed: Set<string>,
  ) {
    super(typed);
    page.on('console', (m) => m.type() === 'error' && this.recordError(m.text(), m.location().url || undefined));
    page.on('pageerror', (e) => this.recordError(String(e), (e as Error).stack?.match(/moz-extension:\/\/[^\s)]+/)?.[0]));
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
    // `>>>` pierces shadow roots in puppeteer selectors.
    await this.page.click(`pemandu-tte >>> ${sel}`);
  }
  async type(sel: string, text: string) {
    this.typed.add(text);
    await this.page.type(sel, text);
  }
  async fill(sel: string, text: string) {
    await this.page.evaluate(clearFieldExpr(sel));
    await this.type(sel, text);
  }
  async paste(sel: string, text: string) {
    this.typed.add(text);
    await this.page.$eval(
      sel,
      (el, t) => {
        (el as HTMLTextAreaElement).value = t as string;
        el.dispatchEvent(new Event('input', { bubbles: true }));
      },
      text,
    );
  }
  async click(sel: string) {
    // Like Playwright's locators: wait for late content before clicking.
    await this.page.waitForSelector(sel, { visible: true, timeout: 10_000 });
    await this.page.click(sel);
  }
  async setViewport(width: number, height: number) {
    await this.page.setViewport({ width, height });
  }
  async press(key: string, opts: { shift?: boolean } = {}) {
    if (opts.shift) await this.page.keyboard.down('Shift');
    try {
      await this.page.keyboard.press(key as KeyInput);
    } finally {
      if (opts.shift) await this.page.keyboard.up('Shift');
    }
  }
  async screenshot(path: string) {
    ensureParentDir(path);
    await this.page.screenshot({ path: path as `${string}.png` });
  }
  async close() {
    await this.page.close();
  }
}

/**
 * Whatever escapes the pages' request interception (the add-on's background page and content
 * scripts are not intercepted per page) reaches this proxy, which refuses it and logs the host.
 */
async function egressProxy(log: RequestLog) {
  const note = (hostPort: string, url: string) => {
    if (!BROWSER_SERVICES.test(hostPort.replace(/:\d+$/, ''))) log.record(url, 'blocked');
  };
  const server = createServer((req, res) => {
    note(new URL(req.url ?? '', 'http://invalid').host, req.url ?? '');
    res.writeHead(403).end();
  });
  server.on('connect', (req, socket) => {
    // HTTPS: only the host is visible; the path stays inside the (refused) tunnel.
    note(req.url ?? '', `https://${(req.url ?? '').replace(/:443$/, '')}/ (seen by the egress proxy: path unknown)`);
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return { server, port: (server.address() as AddressInfo).port };
}

/**
 * Enterprise policies from a file of our own instead of distribution/policies.json next to the
 * binary: Firefox reads `browser.policies.alternatePath` only in automation mode, which takes both
 * the pref below and MOZ_DISABLE_NONLOCAL_CONNECTIONS=1 (harmless here: every connection already
 * goes to the local egress proxy). Without them the policy engine stays inactive and
 * storage.managed finds nothing. In automation mode Firefox also honours puppeteer's placeholder
 * remote-settings server (http://dummy.test/…) and polls it; Mozilla's own test profiles point it
 * at a data: URL instead, which makes no request at all.
 */
function policySetup(policies: object | undefined) {
  if (!policies) return null;
  const dir = mkdtempSync(join(tmpdir(), 'pemandu-tte-policies-'));
  const file = join(dir, 'policies.json');
  writeFileSync(file, JSON.stringify(policies));
  return {
    prefs: {
      'browser.policies.alternatePath': file,
      'security.turn_off_all_security_so_that_viruses_can_take_over_this_computer': true,
      'services.settings.server': 'data:,#remote-settings-dummy/v1',
    },
    env: { MOZ_DISABLE_NONLOCAL_CONNECTIONS: '1' },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

export async function launchFirefox(opts: LaunchOptions = {}): Promise<E2EBrowser> {
  const ext = resolve(opts.extensionDir ?? join(ROOT, '.output/firefox-mv2'));
  const geckoId: string = JSON.parse(readFileSync(join(ext, 'manifest.json'), 'utf8')).browser_specific_settings.gecko.id;
  const viewport = opts.viewport === undefined ? { width: 1366, height: 768 } : opts.viewport;
  const log = new RequestLog();
  // Everything the tests type in this browser: extension storage must hold none of it at close.
  const typed = new Set<string>();
  const proxy = await egressProxy(log);
  const policy = policySetup(opts.policies);
  let browser: Browser;
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
      headless: opts.headless ?? true,
      defaultViewport: viewport,
      // Needed to open moz-extension:// pages from the driver.
      args: ['--remote-allow-system-access'],
      ...(policy && { env: { ...process.env, ...policy.env } }),
      extraPrefsFirefox: {
        ...policy?.prefs,
        ...(opts.forcedColors && { 'browser.display.document_color_use': 2 }),
        ...(opts.reducedMotion && { 'ui.prefersReducedMotion': 1 }),
        'intl.accept_languages': 'id, en',
        'browser.shell.checkDefaultBrowser': false,
        'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: EXT_UUID }),
        'network.proxy.type': 1,
        'network.proxy.http': '127.0.0.1',
        'network.proxy.http_port': proxy.port,
        'network.proxy.ssl': '127.0.0.1',
        'network.proxy.ssl_port': proxy.port,
        'network.proxy.no_proxies_on': '',
        'network.proxy.allow_hijacking_localhost': true,
      },
    });
    await browser.installExtension(ext);
  } catch (e) {
    proxy.server.close();
    policy?.remove();
    throw e;
  }
  const closed = new Promise<void>((done) => browser.once('disconnected', () => done()));
  const stopProxy = () => {
    proxy.server.close();
    proxy.server.closeAllConnections();
    policy?.remove();
  };
  void closed.then(stopProxy);
  const origin = `moz-extension://${EXT_UUID}`;
  const e2e: E2EBrowser = {
    name: 'firefox',
    extensionOrigin: origin,
    requests: log.requests,
    strayRequests: log.strayRequests,
    closed,
    async newPage(size = viewport ?? undefined) {
      const page = await browser.newPage();
      const zoom = opts.zoom ?? 1;
      if (size) await page.setViewport({ width: Math.round(size.width / zoom), height: Math.round(size.height / zoom), deviceScaleFactor: zoom });
      await page.setRequestInterception(true);
      page.on('request', (req) => {
        const url = req.url();
        // The browser's own data:, blob: and extension URLs are not network requests.
        if (!/^https?:/.test(url)) return void req.continue();
        const r = replicaResponse(url, req.isNavigationRequest());
        if (r) {
          // Firefox doesn't say which script made a request (its BiDi initiator is just "other").
          log.record(url, 'replica');
          void req.respond({ status: 200, contentType: r.contentType, body: r.body, headers: r.headers });
        } else if (url.endsWith('/favicon.ico')) void req.respond({ status: 404, body: '' });
        else {
          log.record(url, 'blocked');
          void req.abort();
        }
      });
      return new FirefoxPage(page, typed);
    },
    async extensionPage(path: string, ready: string) {
      const page = await browser.newPage();
      // Firefox never reports load events for moz-extension:// pages to the driver: don't await.
      page.goto(`${origin}${path}`, { timeout: 0 }).catch(() => {});
      // A query that lands while the document is being replaced fails ("right-hand side of 'in'
      // should be an object, got null") instead of waiting: ask again until the deadline.
      const end = Date.now() + 15_000;
      for (;;) {
        try {
          await page.waitForSelector(ready, { timeout: Math.max(1, end - Date.now()) });
          break;
        } catch (e) {
          if (Date.now() >= end) throw e;
          await new Promise((r) => setTimeout(r, 100));
        }
      }
      return new FirefoxPage(page, typed);
    },
    async reloadExtension() {
      // Installing the same add-on id again is an upgrade: the old instance is unloaded (its storage
      // and moz-extension:// UUID kept) and Firefox injects the new one into open portal tabs.
      await browser.installExtension(ext);
    },
    async close() {
      const leaks = browser.connected ? storageProblems(await readExtensionStorage(e2e), typed) : [];
      await browser.close();
      stopProxy();
      log.assertNoneStray('firefox');
      if (leaks.length) throw new Error(`firefox: extension storage after the suite: ${leaks.join('; ')}`);
    },
  };
  return e2e;
}
