// First help from navigation start, three extensions side by side on the same static certificate
// page at the same URL: Pemandu TTE (its first 'pemandu:panel'), driver.js showing one tip
// ('driver:tip') and the floor, an empty extension showing one line ('floor:shown'). The two
// throwaway extensions are generated at bench time (extensions.mjs), each in its own browser.
import { URLS, fromExtension, launch, round, stats } from './lib.mjs';
import { driverExtension, floorExtension } from './extensions.mjs';

const firstMark = (pg, name) =>
  pg.waitForFunction((name) => window.benchMarks.find((m) => m.name === name)?.t, name, { timeout: 15000 }).then((h) => h.jsonValue());

/** What the trace of one load says once the browser starts running a side's content script (below). */
function split(events, mark) {
  const ext = events.filter((e) => e.ph === 'X' && fromExtension(e));
  const at = events.find((e) => e.name === mark);
  if (!ext.length || !at) return null;
  const sum = (name) => ext.filter((e) => e.name === name).reduce((a, e) => a + e.dur / 1000, 0);
  return { scriptMs: sum('EvaluateScript'), compileMs: sum('v8.compile'), toMarkMs: (at.ts - Math.min(...ext.map((e) => e.ts))) / 1000 };
}

/**
 * One load of the certificate page, to the side's mark (ms from navigation start). Traced, it gives
 * instead where the side's time goes once the browser starts running its content script:
 * `scriptMs` is the evaluation of the extension's scripts (compiling them included, `compileMs`),
 * `toMarkMs` is from the first trace event of an extension script to the side's mark, so what is
 * left after the evaluation is the side's own start-up after it (waits, rendering, layout).
 */
async function loadFirst(ctx, mark, run, traced = false, throttle = 1) {
  const pg = await ctx.newPage();
  try {
    const events = [];
    const cdp = traced || throttle > 1 ? await ctx.newCDPSession(pg) : null;
    // A slow phone's CPU: the tab's renderer runs `throttle` times slower (from before navigation).
    if (throttle > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
    if (traced) {
      cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
      await cdp.send('Tracing.start', { traceConfig: { includedCategories: ['devtools.timeline', 'v8', 'blink.user_timing'] }, transferMode: 'ReportEvents' });
    }
    await pg.goto(URLS.cert(0, run)); // static: the content is in the page from the start
    const t = await firstMark(pg, mark);
    if (!traced) return t;
    const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
    await cdp.send('Tracing.end');
    await done;
    return split(events, mark);
  } finally {
    await pg.close();
  }
}

const TRACED_LOADS = 5;
const medians = (xs) => Object.fromEntries(['scriptMs', 'compileMs', 'toMarkMs'].map((k) => [k, round(stats(xs.map((x) => x[k])).median, 1)]));

/** `throttle`: CPU throttling rate of every tab (1: none); `tracedLoads`: traced loads per side after the timed ones. */
export async function firstHelp(pemandu, pemanduManifest, pemanduGzip, runs, { throttle = 1, tracedLoads = TRACED_LOADS } = {}) {
  const made = [floorExtension(pemanduManifest), driverExtension(pemanduManifest)];
  const [floor, driver] = made;
  const contexts = [];
  try {
    for (const ext of made) contexts.push(await launch(ext.dir));
    const sides = [
      { key: 'pemandu', ctx: pemandu, mark: 'pemandu:panel' },
      { key: 'floor', ctx: contexts[0], mark: 'floor:shown' },
      { key: 'driver', ctx: contexts[1], mark: 'driver:tip' },
    ];
    // One untimed page per browser first: a browser's first page pays for warming up its renderer.
    for (const s of sides) await loadFirst(s.ctx, s.mark, 'warmup', false, throttle);
    const times = { pemandu: [], floor: [], driver: [] };
    for (let i = 0; i < runs; i++) {
      // Alternate page by page, and rotate who goes first, so neither a machine getting busier
      // nor a position in the round favours one side. The idle browsers cost next to nothing.
      for (let k = 0; k < sides.length; k++) {
        const s = sides[(i + k) % sides.length];
        times[s.key].push(await loadFirst(s.ctx, s.mark, `t${i}`, false, throttle));
      }
    }
    // Then a few traced loads per side (not in the medians above: tracing slows a page down).
    const traced = {};
    for (const s of sides) {
      const loads = [];
      for (let i = 0; i < tracedLoads; i++) {
        const t = await loadFirst(s.ctx, s.mark, `trace${i}`, true, throttle);
        if (t) loads.push(t);
      }
      traced[s.key] = loads.length ? { loads: loads.length, ...medians(loads) } : null;
    }
    const p = stats(times.pemandu);
    const f = stats(times.floor);
    const d = stats(times.driver);
    return {
      throttle,
      pemanduFirstPanelFromNavigationMs: p,
      floor: { name: floor.name, raw: floor.raw, gzip: floor.gzip, firstLineFromNavigationMs: f },
      driver: { name: driver.name, raw: driver.raw, gzip: driver.gzip, firstTipFromNavigationMs: d },
      timeRatioPemanduToFloor: round(p.median / f.median),
      timeRatioPemanduToDriver: round(p.median / d.median),
      timeRatioDriverToFloor: round(d.median / f.median),
      sizeRatioPemanduToDriver: round(pemanduGzip / driver.gzip),
      traced,
    };
  } finally {
    for (const c of contexts) await c.close();
    for (const ext of made) ext.remove();
  }
}
