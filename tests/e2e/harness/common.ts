/**
 * Page-world helpers as plain source text: evaluated the same way in both browsers and immune to
 * whatever the test transpiler does to functions.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { E2EBrowser, HostAttrs, SeenRequest } from './types';

/** The repository root (import.meta.url, not __dirname: the demo loads this file through Vite's runner). */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
/** Where the e2e suite builds what ships (the zips' build: closed shadow root, no test contract). */
export const SHIP_DIR = '.output/ship';

export function ensureParentDir(file: string): void {
  mkdirSync(dirname(resolve(file)), { recursive: true });
}

/** Expression: does a <pemandu-tte> host carry these attributes? (null = absent; page null = no host) */
export function hostMatchesExpr(want: HostAttrs): string {
  return `(() => {
    const want = ${JSON.stringify(want)};
    const host = document.querySelector('pemandu-tte[data-page]');
    if ('page' in want && want.page === null) return host === null;
    if (!host) return false;
    for (const [k, v] of Object.entries(want)) {
      const got = host.getAttribute('data-' + k);
      if (v === null ? got !== null : got !== v) return false;
    }
    return true;
  })()`;
}

export const HOST_ATTRS_EXPR = `(() => {
  const host = document.querySelector('pemandu-tte');
  return host ? Object.fromEntries(Array.from(host.attributes).map((a) => [a.name, a.value])) : null;
})()`;

export function shadowQueryExpr(sel: string): string {
  return `(() => {
    for (const host of Array.from(document.querySelectorAll('pemandu-tte'))) {
      const el = host.shadowRoot && host.shadowRoot.querySelector(${JSON.stringify(sel)});
      if (el) return { text: el.textContent, attrs: Object.fromEntries(Array.from(el.attributes).map((a) => [a.name, a.value])) };
    }
    return null;
  })()`;
}

export function shadowRectExpr(sel: string): string {
  return `(() => {
    for (const host of Array.from(document.querySelectorAll('pemandu-tte'))) {
      const el = host.shadowRoot && host.shadowRoot.querySelector(${JSON.stringify(sel)});
      if (el) { const r = el.getBoundingClientRect(); return { x: r.x, y: r.y, width: r.width, height: r.height }; }
    }
    return null;
  })()`;
}

export const COUNT_HOSTS_EXPR = `document.querySelectorAll('pemandu-tte').length`;

export function clearFieldExpr(sel: string): string {
  return `(() => {
    const el = document.querySelector(${JSON.stringify(sel)});
    el.focus();
    el.value = '';
    el.dispatchEvent(new Event('input', { bubbles: true }));
  })()`;
}

/** Console noise that belongs to the replica pages themselves, not to the extension. */
export const PAGE_NOISE = /favicon|Content Security Policy|Content-Security-Policy|Refused to (load|apply)|net::ERR_|NS_ERROR|ERR_FAILED|Failed to load resource/i;

export async function waitUntil(check: () => Promise<boolean>, timeout: number, what: () => Promise<string>): Promise<void> {
  const end = Date.now() + timeout;
  for (;;) {
    if (await check()) return;
    if (Date.now() > end) throw new Error(`timed out after ${timeout} ms waiting for ${await what()}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * The requests a browser made. Who made a request may be told apart from the request itself (Chromium
 * tells it over a separate DevTools session), before or after it: `attribute` pairs them by URL.
 */
export class RequestLog {
  readonly requests: SeenRequest[] = [];
  readonly strayRequests: string[] = [];
  private readonly pending = new Map<string, Pick<SeenRequest, 'fromExtension' | 'initiator'>[]>();

  record(url: string, outcome: SeenRequest['outcome'], who: Pick<SeenRequest, 'fromExtension' | 'initiator'> = {}): void {
    const told = this.pending.get(url)?.shift();
    this.requests.push({ url, outcome, ...told, ...who });
    if (outcome === 'blocked') this.strayRequests.push(url);
  }

  /**
   * Throws when a request reached for something no replica serves, or the browser says the
   * extension made one: checked when every suite closes its browser, so each e2e file proves it.
   */
  assertNoneStray(browser: string): void {
    const fromExtension = this.requests.filter((r) => r.fromExtension).map((r) => `${r.url} (${r.initiator ?? 'extension'})`);
    const bad = [...new Set([...this.strayRequests, ...fromExtension])];
    if (bad.length) throw new Error(`${browser}: requests no replica serves, or made by the extension:\n  ${bad.join('\n  ')}`);
  }

  attribute(url: string, who: Pick<SeenRequest, 'fromExtension' | 'initiator'>): void {
    const req = this.requests.find((r) => r.url === url && r.fromExtension === undefined);
    if (req) Object.assign(req, who);
    else this.pending.set(url, [...(this.pending.get(url) ?? []), who]);
  }
}

/** The only keys the extension may keep (UI preferences, ticked guide steps, their layout version; platform/settings.ts). */
export const STORED_KEYS = ['locale', 'panelCollapsed', 'agencyId', 'guideDone', 'settingsVersion'];

type StorageDump = Record<string, Record<string, unknown>>;

/** Every storage area the extension can write, read from one of its own pages. */
export async function readExtensionStorage(b: Pick<E2EBrowser, 'extensionPage'>): Promise<StorageDump> {
  const page = await b.extensionPage('/options.html', '[data-testid="options"]');
  try {
    return await page.evaluate(async () => {
      type Area = { get(k: null): Promise<Record<string, unknown>> };
      // Firefox's promise API is `browser`; Chromium's is `chrome`.
      const g = globalThis as unknown as { browser?: { storage: Record<string, Area | undefined> }; chrome: { storage: Record<string, Area | undefined> } };
      const storage = (g.browser ?? g.chrome).storage;
      const out: Record<string, Record<string, unknown>> = {};
      for (const area of ['local', 'sync', 'session']) {
        const a = storage[area];
        if (a) out[area] = await a.get(null).catch(() => ({}));
      }
      return out;
    }, null);
  } finally {
    await page.close();
  }
}

/** What in extension storage is not a known preference, or contains anything a test typed (4+ characters). */
export function storageProblems(dump: StorageDump, typed: Iterable<string>): string[] {
  const problems: string[] = [];
  for (const [area, items] of Object.entries(dump)) {
    for (const key of Object.keys(items)) if (area !== 'local' || !STORED_KEYS.includes(key)) problems.push(`unexpected key ${area}.${key}`);
    const text = JSON.stringify(items);
    for (const t of typed) if (t.trim().length >= 4 && text.includes(t.trim())) problems.push(`${area} holds a typed value (${t.length} characters)`);
  }
  return problems;
}

/** axe-core's browser build, as source text to evaluate in a page (the same in both browsers). */
let axeSource: string | undefined;
export function axeSourceText(): string {
  axeSource ??= readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  return axeSource;
}

/**
 * Expression: every axe rule on the document (or on `include`, axe's context selector list),
 * open shadow roots included; the violations as plain data.
 */
export function axeRunExpr(include?: string[][]): string {
  const context = include ? JSON.stringify({ include }) : 'document';
  return `(async () => {
    const result = await window.axe.run(${context}, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? null,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target, html: n.html.slice(0, 300), summary: n.failureSummary ?? '' })),
    }));
  })()`;
}
