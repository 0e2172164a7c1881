// Shared pieces of the benchmark (bench/run.mjs): browser launch, the bench pages served at
// real portal URLs, statistics and CDP helpers.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Real portal URLs the bench pages are served at (they match the rules' host and path patterns). */
export const URLS = {
  cert: (delay, run, from = 'load') => `https://myasn.bkn.go.id/layanan-asn/sertifikat-elektronik-bsre?bench=cert&delay=${delay}&from=${from}&run=${run}`,
  form: 'https://bsre.bssn.go.id/email/aktivasi/akun/3f2c9a7e-5b1d-4e8a-9c61-0d7e2b4f8a13?bench=form',
  mutating: 'https://myasn.bkn.go.id/layanan-asn/sertifikat-elektronik-bsre?bench=mutating',
  // The content script matches only the four portal hosts: the same page here runs without it.
  mutatingWithout: 'https://example.org/?bench=mutating',
  // A portal page no rule matches, with mutating content that no rule's markers match either.
  mutatingUnmatched: 'https://myasn.bkn.go.id/some/unknown/page?bench=mutating&content=none',
  mutatingUnmatchedWithout: 'https://example.org/some/unknown/page?bench=mutating&content=none',
  spa: 'https://myasn.bkn.go.id/dashboard',
  spaWithout: 'https://example.org/dashboard',
};

/** One page per portal host (the replica pages), for what a page of that host loads. */
export const PORTAL_PAGES = {
  'myasn.bkn.go.id': 'https://myasn.bkn.go.id/layanan-asn/sertifikat-elektronik-bsre',
  'asndigital.bkn.go.id': 'https://asndigital.bkn.go.id/',
  'sso-siasn.bkn.go.id': 'https://sso-siasn.bkn.go.id/auth/realms/public-siasn/protocol/openid-connect/auth',
  'bsre.bssn.go.id': 'https://bsre.bssn.go.id/email/aktivasi/akun/3f2c9a7e-5b1d-4e8a-9c61-0d7e2b4f8a13',
};
/** The replica page of the other portal hosts (the replica MyASN SPA answers myasn and example.org). */
const REPLICA_BY_HOST = {
  'asndigital.bkn.go.id': () => 'replicas/asndigital.html',
  'sso-siasn.bkn.go.id': () => 'replicas/sso-login.html',
  'bsre.bssn.go.id': (u) => (u.pathname.startsWith('/email/passphrase/') ? 'replicas/bsre-passphrase.html' : 'replicas/bsre-aktivasi.html'),
};

const HTML = 'text/html; charset=utf-8';
const page = (name) => readFileSync(join(root, 'bench/pages', name), 'utf8');
const replica = (file) => readFileSync(join(root, 'public', file), 'utf8');

/** What answers a request: bench pages by ?bench=, the replica MyASN SPA for everything else. */
export function respond(url) {
  const u = new URL(url);
  if (!/^https?:$/.test(u.protocol)) return null;
  // The replica's scripts and styles, whatever folder name the replica pages use for them.
  const asset = /\/([a-z-]+)\.(js|css)$/.exec(u.pathname);
  if (asset && existsSync(join(root, 'public/replica-assets', `${asset[1]}.${asset[2]}`))) return { contentType: asset[2] === 'js' ? 'text/javascript; charset=utf-8' : 'text/css; charset=utf-8', body: replica(`replica-assets/${asset[1]}.${asset[2]}`) };
  const bench = u.searchParams.get('bench');
  if (bench) return { contentType: HTML, body: page(`${bench}.html`) };
  if (u.hostname === 'myasn.bkn.go.id' || u.hostname === 'example.org') {
    // The replica SPA without its artificial 450 ms render delay, so 200 route changes stay quick.
    return { contentType: HTML, body: replica('replicas/myasn.html').replace('<head>', '<head><script>window.__REPLICA_NO_DELAY__ = true;</script>') };
  }
  if (REPLICA_BY_HOST[u.hostname]) return { contentType: HTML, body: replica(REPLICA_BY_HOST[u.hostname](u)) };
  return { status: 404, contentType: 'text/plain', body: 'not found' };
}

const BASE_ARGS = ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--enable-precise-memory-info'];

/** A fresh persistent Chromium profile with the given unpacked extension (absolute path) loaded. */
export async function launch(extDir) {
  const args = [...BASE_ARGS, `--disable-extensions-except=${extDir}`, `--load-extension=${extDir}`];
  const profile = mkdtempSync(join(tmpdir(), 'pemandu-bench-'));
  const ctx = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args,
    viewport: { width: 1366, height: 768 },
  });
  await ctx.route('**/*', (route) => {
    const r = respond(route.request().url());
    return r ? route.fulfill({ status: r.status ?? 200, contentType: r.contentType, body: r.body }) : route.continue();
  });
  // Closing the context ends the browser; then its temporary profile goes too.
  const close = ctx.close.bind(ctx);
  ctx.close = async () => {
    await close();
    try {
      rmSync(profile, { recursive: true, force: true, maxRetries: 3 });
    } catch {}
  };
  return ctx;
}

export const round = (x, digits = 2) => +x.toFixed(digits);

/** A trace event of the extension's own script (its script URL is chrome-extension://…). */
export const fromExtension = (e) => String(e.args?.data?.url ?? '').startsWith('chrome-extension://');

/** The trace events of a page's renderer main thread (where events about its frame happen), or null. */
export function mainThreadOf(events, frameId) {
  const main = events.find((e) => e.args?.data?.frame === frameId && e.ph !== 'M');
  return main ? events.filter((e) => e.pid === main.pid && e.tid === main.tid) : null;
}

/**
 * The extension's script entry points on a main thread's trace events (X events, or B/E pairs,
 * whose script URL is chrome-extension://…): one per call, [start, end] in trace µs, with its
 * entry point as `at` ("function file:line:column", minified positions).
 */
export function extensionCalls(onMain) {
  const calls = [];
  const open = [];
  const add = (e, start, end) => {
    const d = e.args.data;
    calls.push({ start, end, at: `${d.functionName || '(anonymous)'} ${String(d.url).split('/').pop()}:${d.lineNumber}:${d.columnNumber}` });
  };
  for (const e of onMain.filter((e) => ['FunctionCall', 'EvaluateScript', 'v8.callFunction'].includes(e.name)).sort((a, b) => a.ts - b.ts)) {
    if (e.ph === 'X' && fromExtension(e)) add(e, e.ts, e.ts + e.dur);
    else if (e.ph === 'B') open.push(e);
    else if (e.ph === 'E') {
      const b = open.pop();
      if (b && fromExtension(b)) add(b, b.ts, e.ts);
    }
  }
  return calls;
}

/** The `top` entry points with the most time: calls, total and longest ms each (minified positions tell callbacks apart). */
export function topEntryPoints(calls, top) {
  const by = {};
  for (const c of calls) {
    const ms = (c.end - c.start) / 1000;
    const was = by[c.at] ?? { calls: 0, ms: 0, maxMs: 0 };
    by[c.at] = { calls: was.calls + 1, ms: was.ms + ms, maxMs: Math.max(was.maxMs, ms) };
  }
  return Object.entries(by)
    .sort((a, b) => b[1].ms - a[1].ms)
    .slice(0, top)
    .map(([at, v]) => ({ at, calls: v.calls, ms: round(v.ms, 1), maxMs: round(v.maxMs, 1) }));
}

/** Spans merged where they overlap (nested calls count once), sorted. */
export function mergeSpans(spans) {
  const merged = [];
  for (const s of [...spans].sort((a, b) => a[0] - b[0])) {
    const last = merged[merged.length - 1];
    if (last && s[0] <= last[1]) last[1] = Math.max(last[1], s[1]);
    else merged.push([...s]);
  }
  return merged;
}

/** Median and p95 (nearest rank) of a sample. */
export function stats(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const q = (p) => s[Math.min(s.length - 1, Math.max(0, Math.ceil(p * s.length) - 1))];
  return { median: round(q(0.5)), p95: round(q(0.95)), min: round(s[0]), max: round(s[s.length - 1]), runs: s.length };
}

/** A CDP session on a page with the Performance domain on; metrics() returns name → value. */
export async function cdpFor(ctx, pg) {
  const cdp = await ctx.newCDPSession(pg);
  await cdp.send('Performance.enable');
  const metrics = async () => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
  const gc = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
  };
  return { cdp, metrics, gc };
}

/** The execution context id of the (only) extension's isolated world in a page, or null. */
export async function extensionWorld(cdp) {
  const contexts = [];
  const onCtx = (e) => contexts.push(e.context);
  cdp.on('Runtime.executionContextCreated', onCtx);
  await cdp.send('Runtime.enable'); // reports every existing context
  await new Promise((r) => setTimeout(r, 100));
  cdp.off('Runtime.executionContextCreated', onCtx);
  await cdp.send('Runtime.disable');
  return contexts.find((c) => c.auxData?.type === 'isolated' && c.origin.startsWith('chrome-extension://'))?.id ?? null;
}

/**
 * What the extension's world holds: live MutationObserver instances (Runtime.queryObjects on that
 * world's prototype) and the event listeners it registered on window, document and navigation.
 */
export async function extensionObjects(cdp, contextId) {
  const evaluate = async (expression) => (await cdp.send('Runtime.evaluate', { expression, contextId })).result;
  const listenersOn = async (objectId) => (await cdp.send('DOMDebugger.getEventListeners', { objectId })).listeners.length;
  /** Object ids of every live instance of a class in the extension's world. */
  const instances = async (cls) => {
    const proto = await evaluate(`${cls}.prototype`);
    const found = await cdp.send('Runtime.queryObjects', { prototypeObjectId: proto.objectId });
    const props = await cdp.send('Runtime.getProperties', { objectId: found.objects.objectId, ownProperties: true });
    return props.result.filter((p) => /^\d+$/.test(p.name) && p.value?.objectId).map((p) => p.value.objectId);
  };
  let listeners = 0;
  for (const target of ['window', 'document', 'window.navigation']) {
    const obj = await evaluate(target);
    if (obj.objectId) listeners += await listenersOn(obj.objectId);
  }
  // WXT's ContentScriptContext ties timers and listeners to an AbortSignal ('abort' listeners).
  let abortListeners = 0;
  for (const id of await instances('AbortSignal')) abortListeners += await listenersOn(id);
  return { mutationObservers: (await instances('MutationObserver')).length, listeners, abortListeners };
}
