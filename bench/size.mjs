// What a portal page loads, per portal host: the files of every `content_scripts` entry of the
// manifest whose `matches` (and not `exclude_matches`) take a page of that host, plus any extension
// file the content script fetches at start-up (dynamic import, fetch, stylesheet: seen as
// chrome-extension:// requests of the page through CDP Network, in Chromium). gzip level 9.
// The Firefox build is read from disk only: the files its manifest loads for the host, plus the
// same start-up files Chromium saw, by path.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { PORTAL_PAGES } from './lib.mjs';

const escape = (s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
const glob = (s) => new RegExp(`^${s.split('*').map(escape).join('.*')}$`);

/** Does a WebExtension match pattern take this URL? (<all_urls>, scheme://host/path with wildcards) */
export function matchesPattern(pattern, url) {
  const u = new URL(url);
  if (pattern === '<all_urls>') return ['http:', 'https:', 'file:', 'ws:', 'wss:'].includes(u.protocol);
  const m = /^(\*|[a-z-]+):\/\/(\*|\*\.[^/]+|[^/*]+)?(\/.*)$/.exec(pattern);
  if (!m) return false;
  const [, scheme, host = '', path] = m;
  if (scheme === '*' ? !['http:', 'https:'].includes(u.protocol) : u.protocol !== `${scheme}:`) return false;
  if (host !== '*' && host !== '') {
    if (host.startsWith('*.')) {
      const base = host.slice(2);
      if (u.hostname !== base && !u.hostname.endsWith(`.${base}`)) return false;
    } else if (u.hostname !== host) return false;
  }
  return glob(path).test(u.pathname + u.search);
}

/** The manifest's content-script entries that run on a page at `url`. */
export function entriesFor(manifest, url) {
  return (manifest.content_scripts ?? []).filter(
    (c) => c.matches.some((p) => matchesPattern(p, url)) && !(c.exclude_matches ?? []).some((p) => matchesPattern(p, url)),
  );
}

/** The files the manifest's content-script entries load on a page at `url`. */
export function filesFor(manifest, url) {
  return [...new Set(entriesFor(manifest, url).flatMap((c) => [...(c.js ?? []), ...(c.css ?? [])]))];
}

/** Each portal host has its own content script (rules/hosts.ts): exactly one entry must run on its page. */
function oneEntry(manifest, url, build) {
  const n = entriesFor(manifest, url).length;
  if (n !== 1) throw new Error(`${build} build: ${n} content-script entries run on ${url}, expected exactly 1`);
}

function sizes(dir, files) {
  const out = files.map((file) => {
    const path = join(dir, file);
    if (!existsSync(path)) return { file, missing: true, raw: 0, gzip: 0 };
    const buf = readFileSync(path);
    return { file, raw: buf.length, gzip: gzipSync(buf, { level: 9 }).length };
  });
  return { files: out, raw: out.reduce((a, f) => a + f.raw, 0), gzip: out.reduce((a, f) => a + f.gzip, 0) };
}

/** Extension files a page at `url` requests (chrome-extension://<id>/path → path) within `waitMs`. */
async function startupFetches(ctx, url, waitMs) {
  const pg = await ctx.newPage();
  try {
    const cdp = await ctx.newCDPSession(pg);
    const seen = new Set();
    cdp.on('Network.requestWillBeSent', (e) => {
      const m = /^chrome-extension:\/\/[a-p]{32}\/([^?#]*)/.exec(e.request.url);
      if (m) seen.add(decodeURIComponent(m[1]));
    });
    await cdp.send('Network.enable');
    await pg.goto(url);
    // The panel (when the page is one Pemandu TTE knows), then time for anything loaded after it.
    await pg.waitForSelector('pemandu-tte', { state: 'attached', timeout: waitMs }).catch(() => {});
    await pg.waitForTimeout(waitMs);
    return [...seen].sort();
  } finally {
    await pg.close();
  }
}

/**
 * Per portal host, for the Chrome build (`chrome`: {dir, manifest}) and, when given, the Firefox
 * build: what a page of that host loads. `ctx` is the Chromium browser with the Chrome build.
 */
export async function sizePerHost(ctx, chrome, firefox) {
  const hosts = [];
  for (const [host, url] of Object.entries(PORTAL_PAGES)) {
    oneEntry(chrome.manifest, url, 'Chrome');
    if (firefox) oneEntry(firefox.manifest, url, 'Firefox');
    const manifestFiles = filesFor(chrome.manifest, url);
    const fetched = (await startupFetches(ctx, url, 1500)).filter((f) => !manifestFiles.includes(f));
    const row = { host, url, chrome: { ...sizes(chrome.dir, [...manifestFiles, ...fetched]), fetchedAtStartup: fetched } };
    if (firefox) {
      const ffFiles = filesFor(firefox.manifest, url);
      const ffFetched = fetched.filter((f) => !ffFiles.includes(f));
      row.firefox = { ...sizes(firefox.dir, [...ffFiles, ...ffFetched]), fetchedAtStartupByChromiumPath: ffFetched };
    }
    hosts.push(row);
  }
  return hosts;
}
