// Typing, as INP sees it: real key events (CDP Input.dispatchKeyEvent through Playwright's
// keyboard; WebDriver BiDi input actions through puppeteer in Firefox) into a portal form at
// 8 keys per second; the slowest interaction is read in the page with the Event Timing API.
// Long animation frames (LoAF) are counted too; Chromium leaves scripts of isolated worlds (every
// extension's content script) out of a LoAF's scripts[] (checked with a throwaway extension whose
// keydown listener busy-waits: its frames list no script at all), so which frames ran the
// extension's script comes from a CDP trace of a separate run.
import { extensionCalls, mainThreadOf, mergeSpans, round, stats, topEntryPoints } from './lib.mjs';

/** Key presses per second: a brisk typist, on a phone or a numeric field. */
const KEY_INTERVAL_MS = 125;
/** Runs per side and page; the value is the median of the runs' slowest interactions. */
export const TYPING_RUNS = 3;
/** LoAF lists a script only when it ran 5 ms or more: the same threshold for the trace's attribution. */
const LOAF_SCRIPT_MS = 5;

// A plausible NIK (Kota Magelang, born 25-05-1990) and a WhatsApp number; a passphrase that meets
// BSrE's rules, typed twice. Nothing is submitted.
const NIK = '3371012505900001';
const WHATSAPP = '081234567890';
const PASSPHRASE = 'Kelinci#2026pagi';

/** The pages typed into, at their portal URLs; `step` is the wizard step Pemandu TTE must show first. */
export const TYPING_PAGES = {
  aktivasi: {
    name: 'BSrE activation, Data Diri: NIK then WhatsApp number',
    url: 'https://bsre.bssn.go.id/email/aktivasi/akun/3f2c9a7e-5b1d-4e8a-9c61-0d7e2b4f8a13',
    step: 'data-diri',
    fields: [['#nik', NIK], ['input[name="no_hp"]', WHATSAPP]],
  },
  passphrase: {
    name: 'BSrE passphrase: passphrase then its confirmation',
    url: 'https://bsre.bssn.go.id/email/passphrase/9f3e2a71-55c4-4c1e-b0d2-6a7e8f9a0b1c?replica=step:buat-passphrase',
    step: 'buat-passphrase',
    fields: [['#pass', PASSPHRASE], ['#pass2', PASSPHRASE]],
  },
};

/** What each side shows once it has run on the page: typing starts after that. */
export const readySelector = (side, page) => (side === 'pemandu' ? `pemandu-tte[data-step="${page.step}"]` : 'bench-floor');

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// Installed in the page's main world just before typing. Event Timing: `duration` is from the
// input's timestamp to the next paint after its handlers (rounded to 8 ms); the entries of one key
// press or click share an interactionId, and INP takes an interaction's longest entry. LoAF: every
// frame over 50 ms (Chromium only).
function observe() {
  const b = (window.__benchTyping = { t0: performance.now(), events: [], frames: [] });
  performance.mark('bench:typing');
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.interactionId > 0) b.events.push({ name: e.name, id: e.interactionId, start: e.startTime, duration: e.duration });
  }).observe({ type: 'event', durationThreshold: 16 });
  if (PerformanceObserver.supportedEntryTypes.includes('long-animation-frame')) {
    new PerformanceObserver((list) => {
      for (const f of list.getEntries()) b.frames.push({ start: f.startTime, duration: f.duration, scripts: f.scripts.map((s) => s.sourceURL) });
    }).observe({ type: 'long-animation-frame' });
  }
}

/**
 * One run on an open page (Playwright's or puppeteer's: the same calls): load, wait for the side to
 * show, `settleMs` of quiet, then click each field and type its text at 8 keys per second.
 * Returns every interaction (its longest entry), the long animation frames, and the page's
 * time origin offset of the 'bench:typing' mark (to line the page's times up with a trace).
 */
export async function typeOnce(pg, page, ready, settleMs) {
  await pg.goto(page.url);
  // `state` is Playwright's (attached, not visible); puppeteer waits for attached by default.
  await pg.waitForSelector(ready, { timeout: 30000, state: 'attached' });
  await sleep(settleMs);
  await pg.evaluate(observe);
  for (const [selector, text] of page.fields) {
    await pg.click(selector);
    const t0 = Date.now();
    for (let i = 0; i < text.length; i++) {
      await pg.keyboard.type(text[i]);
      const wait = t0 + (i + 1) * KEY_INTERVAL_MS - Date.now();
      if (wait > 0) await sleep(wait);
    }
  }
  // An entry is reported after the next paint; give the last keys' frames time.
  await sleep(1000);
  const b = await pg.evaluate(() => ({ ...window.__benchTyping, mark: performance.getEntriesByName('bench:typing')[0]?.startTime ?? null }));
  const byId = new Map();
  for (const e of b.events) {
    if (e.start < b.t0) continue;
    const was = byId.get(e.id);
    if (!was || e.duration > was.duration) byId.set(e.id, { ...e, kind: was?.kind ?? e.name });
  }
  const interactions = [...byId.values()];
  const slowest = interactions.reduce((a, e) => (e.duration > (a?.duration ?? -1) ? e : a), null);
  const keys = page.fields.reduce((a, [, t]) => a + t.length, 0);
  return {
    // No interaction reached 16 ms: the slowest was below the observer's threshold; 0 stands for that.
    slowestMs: slowest?.duration ?? 0,
    slowestWas: slowest ? slowest.name : 'none ≥ 16 ms',
    interactionsOver16ms: interactions.length,
    keys,
    longFrames: b.frames.filter((f) => f.duration > 50).map((f) => ({ start: round(f.start, 1), ms: round(f.duration, 1), scripts: f.scripts })),
    interactions: interactions.map((e) => ({ start: round(e.start, 1), ms: e.duration, name: e.name })),
    markAt: b.mark,
  };
}

/** The median of the runs' slowest interactions, with what the runs saw. */
export function summarise(runs) {
  const slowest = stats(runs.map((r) => r.slowestMs));
  return {
    slowestInteractionMs: slowest,
    runs: runs.map((r) => ({ slowestMs: r.slowestMs, slowestWas: r.slowestWas, interactionsOver16ms: r.interactionsOver16ms, longFramesOver50ms: r.longFrames.length })),
    longFramesOver50ms: runs.reduce((a, r) => a + r.longFrames.length, 0),
    // LoAF's own attribution: frames listing a chrome-extension:// script (Chromium lists none, above).
    longFramesListingExtension: runs.reduce((a, r) => a + r.longFrames.filter((f) => f.scripts.some((u) => String(u).startsWith('chrome-extension://'))).length, 0),
  };
}

/**
 * Chromium: `runs` runs per side in fresh tabs, alternating sides, each tab with `throttle`× CPU
 * throttling and the given viewport; then one traced run with Pemandu TTE for the attribution.
 * `sides` maps 'pemandu' / 'floor' to a Playwright browser context with that extension.
 */
export async function typingChromium(sides, pageKey, { throttle = 6, viewport = null, runs = TYPING_RUNS, settleMs = 1500 } = {}) {
  const page = TYPING_PAGES[pageKey];
  const open = async (side, traced = false) => {
    const ctx = sides[side];
    const pg = await ctx.newPage();
    try {
      if (viewport) await pg.setViewportSize(viewport);
      const cdp = await ctx.newCDPSession(pg);
      if (throttle > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
      if (!traced) return await typeOnce(pg, page, readySelector(side, page), settleMs);
      // Only the timeline's script entry points and the mark: the lighter the trace, the closer
      // the traced run stays to the untraced ones.
      const events = [];
      cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
      await cdp.send('Tracing.start', { traceConfig: { includedCategories: ['devtools.timeline', 'blink.user_timing'] }, transferMode: 'ReportEvents' });
      const run = await typeOnce(pg, page, readySelector(side, page), settleMs);
      const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
      await cdp.send('Tracing.end');
      await done;
      const frameId = (await cdp.send('Page.getFrameTree')).frameTree.frame.id;
      return { ...run, attribution: attributeTyping(events, frameId, run) };
    } finally {
      await pg.close();
    }
  };
  const results = { pemandu: [], floor: [] };
  for (let i = 0; i < runs; i++) for (const side of i % 2 === 0 ? ['pemandu', 'floor'] : ['floor', 'pemandu']) results[side].push(await open(side));
  let traced;
  try {
    traced = (await open('pemandu', true)).attribution;
  } catch (err) {
    traced = { error: String(err?.message ?? err).split('\n')[0] };
  }
  const p = summarise(results.pemandu);
  const f = summarise(results.floor);
  return {
    page: page.name,
    throttle,
    viewport,
    keysPerSecond: 1000 / KEY_INTERVAL_MS,
    pemandu: p,
    floor: f,
    overFloorMs: round(p.slowestInteractionMs.median - f.slowestInteractionMs.median, 1),
    traced,
  };
}

/**
 * The traced run: the extension's script entry points while typing (trace), and for every long
 * animation frame the page saw (> 50 ms) the extension's script in it. A frame counts as the
 * extension's when one of its script calls in it lasted 5 ms or more, what LoAF's scripts[] would
 * list if it listed isolated worlds.
 */
function attributeTyping(events, frameId, run) {
  const onMain = mainThreadOf(events, frameId);
  if (!onMain) return { error: 'renderer main thread not found in the trace' };
  const mark = events.find((e) => e.name === 'bench:typing' && e.ph !== 'M');
  if (!mark || run.markAt === null) return { error: "the 'bench:typing' mark is not in the trace" };
  // Page time (ms from its time origin) → trace time (µs).
  const toTrace = (t) => mark.ts + (t - run.markAt) * 1000;
  const typingStart = mark.ts;
  const calls = extensionCalls(onMain).filter((c) => c.end > typingStart);
  const inWindow = (a, b) => calls.filter((c) => c.end > a && c.start < b);
  const msIn = (a, b) => round(mergeSpans(inWindow(a, b).map((c) => [Math.max(c.start, a), Math.min(c.end, b)])).reduce((s, [x, y]) => s + y - x, 0) / 1000, 1);
  const frames = run.longFrames.map((f) => {
    const a = toTrace(f.start);
    const b = a + f.ms * 1000;
    const own = inWindow(a, b);
    return { ms: f.ms, extensionMs: msIn(a, b), extensionCallsOver5ms: own.filter((c) => c.end - c.start >= LOAF_SCRIPT_MS * 1000).map((c) => `${c.at} ${round((c.end - c.start) / 1000, 1)} ms`) };
  });
  const slowest = run.interactions.reduce((a, e) => (e.ms > (a?.ms ?? -1) ? e : a), null);
  return {
    slowestInteractionMs: slowest?.ms ?? 0,
    // The extension's script between the slowest interaction's input and its next paint.
    extensionMsInSlowest: slowest ? msIn(toTrace(slowest.start), toTrace(slowest.start + slowest.ms)) : 0,
    extensionScriptMs: msIn(typingStart, Infinity),
    extensionScriptCalls: calls.length,
    entryPoints: topEntryPoints(calls, 5),
    longFramesOver50ms: frames.length,
    longFramesWithExtensionScript: frames.filter((f) => f.extensionCallsOver5ms.length > 0).length,
    longFrames: frames,
  };
}
