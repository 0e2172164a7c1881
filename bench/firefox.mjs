// Firefox ESR (Debian's /usr/bin/firefox-esr) through puppeteer-core over WebDriver BiDi, with one
// extension installed as a temporary add-on, pages answered by request interception from the same
// routes as Chromium's (lib.mjs). Firefox has no CPU throttling: its rows are unthrottled.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { URLS, respond, round, stats } from './lib.mjs';
import { FLOOR, injectionOf } from './extensions.mjs';
import { TYPING_PAGES, readySelector, summarise, typeOnce } from './typing.mjs';

/** A fresh Firefox with the unpacked extension at `extDir` installed; close() ends it. */
export async function launchFirefox(extDir) {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
    headless: true,
    defaultViewport: { width: 1366, height: 768 },
    extraPrefsFirefox: {
      'browser.shell.checkDefaultBrowser': false,
      // Whatever is not intercepted (Firefox's own services) fails at once instead of waiting for a
      // network this machine does not have: a proxy on a port nothing listens on.
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': 9,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': 9,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': true,
    },
  });
  try {
    await browser.installExtension(extDir);
  } catch (e) {
    await browser.close();
    throw e;
  }
  return {
    browser,
    async newPage(viewport) {
      const pg = await browser.newPage();
      if (viewport) await pg.setViewport(viewport);
      await pg.setRequestInterception(true);
      pg.on('request', (req) => {
        if (!/^https?:/.test(req.url())) return void req.continue();
        const r = respond(req.url());
        if (r) void req.respond({ status: r.status ?? 200, contentType: r.contentType, body: r.body });
        else void req.abort();
      });
      return pg;
    },
    close: () => browser.close(),
  };
}


/**
 * The empty MV2 extension for Firefox, with the content-script `matches`, `exclude_matches`,
 * `run_at` and `all_frames` of Pemandu TTE's built Firefox manifest (as extensions.mjs does for
 * Chromium), so Firefox injects both at the same moment.
 */
export function firefoxFloorExtension(pemanduFirefoxManifest) {
  const dir = mkdtempSync(join(tmpdir(), 'bench-floor-ff-'));
  writeFileSync(join(dir, 'floor.js'), FLOOR);
  const content_scripts = injectionOf(pemanduFirefoxManifest).map((c) => ({ ...c, js: ['floor.js'] }));
  const manifest = { manifest_version: 2, name: 'floor bench', version: '1.0.0', browser_specific_settings: { gecko: { id: 'bench-floor@pemandu-tte.id' } }, content_scripts };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2));
  return { name: 'empty extension (floor), MV2', dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * Firefox rows: first help from navigation start (Pemandu TTE's first 'pemandu:panel' against the
 * MV2 floor's 'floor:shown' on the static certificate page; content scripts' marks land in the
 * page's timeline in Firefox too) and typing on the BSrE activation page, each side in its own
 * Firefox, alternating page by page.
 */
/** `ff`: the Firefox build, {dir, manifest}. */
export async function firefoxRows(ff, { runs, typingRuns }) {
  const floor = firefoxFloorExtension(ff.manifest);
  const browsers = {};
  try {
    browsers.pemandu = await launchFirefox(ff.dir);
    browsers.floor = await launchFirefox(floor.dir);
    const marks = { pemandu: 'pemandu:panel', floor: 'floor:shown' };
    const load = async (side, run) => {
      const pg = await browsers[side].newPage();
      try {
        await pg.goto(URLS.cert(0, run));
        const h = await pg.waitForFunction((name) => window.benchMarks.find((m) => m.name === name)?.t, { timeout: 15000 }, marks[side]);
        return await h.jsonValue();
      } finally {
        await pg.close();
      }
    };
    // A browser's first page pays for warming up: one untimed page each.
    for (const side of ['pemandu', 'floor']) await load(side, 'warmup');
    const times = { pemandu: [], floor: [] };
    for (let i = 0; i < runs; i++) for (const side of i % 2 === 0 ? ['pemandu', 'floor'] : ['floor', 'pemandu']) times[side].push(await load(side, `ff${i}`));
    const page = TYPING_PAGES.aktivasi;
    const typed = { pemandu: [], floor: [] };
    for (let i = 0; i < typingRuns; i++) {
      for (const side of i % 2 === 0 ? ['pemandu', 'floor'] : ['floor', 'pemandu']) {
        const pg = await browsers[side].newPage();
        try {
          typed[side].push(await typeOnce(pg, page, readySelector(side, page), 1500));
        } finally {
          await pg.close();
        }
        await sleep(100);
      }
    }
    // puppeteer reports 'firefox/153.8.0' over BiDi.
    const version = (await browsers.pemandu.browser.version()).replace(/^firefox\//i, 'Firefox ');
    const p = stats(times.pemandu);
    const f = stats(times.floor);
    const tp = summarise(typed.pemandu);
    const tf = summarise(typed.floor);
    return {
      browser: version,
      firstHelp: { pemanduFirstPanelFromNavigationMs: p, floorFirstLineFromNavigationMs: f, timeRatioPemanduToFloor: round(p.median / f.median) },
      typing: { page: page.name, pemandu: tp, floor: tf, overFloorMs: round(tp.slowestInteractionMs.median - tf.slowestInteractionMs.median, 1) },
    };
  } finally {
    for (const b of Object.values(browsers)) await b.close().catch(() => {});
    floor.remove();
  }
}
