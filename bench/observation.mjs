// Cost of observation on a mutation-heavy page, in ONE browser with the extension loaded: the same
// page at the portal URL (content script active) and at https://example.org/ (not injected), in
// alternating pairs, every run traced: main-thread time and long tasks are attributed to the
// extension's own script (trace events whose script URL is chrome-extension://…).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { URLS, cdpFor, extensionCalls, extensionWorld, fromExtension, mainThreadOf, mergeSpans, root, round, stats, topEntryPoints } from './lib.mjs';

// Measured once the content script has settled: its read policy reads a page once more when it has
// been quiet for SETTLE_MS (platform/content/readPolicy.ts, the working tree's: with --ext, the
// build measured must be of the same code). This wait was 1.6 s, from when that was 1.5 s, and the
// one-off read of a page that has just settled then fell into the runs on the page no rule matches.
// Observation is what comes after.
function settledWaitMs() {
  const found = /export const SETTLE_MS = ([\d_]+);/.exec(readFileSync(join(root, 'platform/content/readPolicy.ts'), 'utf8'));
  if (!found) throw new Error('platform/content/readPolicy.ts: SETTLE_MS not found');
  return Number(found[1].replaceAll('_', '')) + 500;
}
// Main-thread work by kind in the traced pair (top-level phases of a frame, and script).
// FunctionCall here is the page's own script; the extension's is extensionScriptMs.
const BREAKDOWN = ['FunctionCall', 'UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint', 'Layerize', 'MajorGC', 'MinorGC'];
const METRICS = ['TaskDuration', 'ThreadTime', 'ProcessTime', 'ScriptDuration', 'LayoutDuration', 'RecalcStyleDuration'];

// The certificate page (a rule matches, the panel shows its status), and a portal page no rule
// matches (the content script is injected but has nothing to show: no host to wait for).
export const SCENARIOS = {
  known: { with: URLS.mutating, without: URLS.mutatingWithout, waitFor: 'pemandu-tte[data-status]' },
  unmatched: { with: URLS.mutatingUnmatched, without: URLS.mutatingUnmatchedWithout, waitFor: null },
};

export async function mutationRun(ctx, withExtension, trace = false, scenario = SCENARIOS.known) {
  const pg = await ctx.newPage();
  await pg.goto(withExtension ? scenario.with : scenario.without);
  if (withExtension && scenario.waitFor) await pg.waitForSelector(scenario.waitFor, { state: 'attached', timeout: 15000 });
  await pg.waitForTimeout(withExtension ? settledWaitMs() : 500);
  const { cdp, metrics } = await cdpFor(ctx, pg);
  // Whether the content script really runs in this page (its isolated world exists).
  const injected = (await extensionWorld(cdp)) !== null;
  if (injected !== withExtension) throw new Error(`${pg.url()}: content script ${injected ? 'injected' : 'not injected'}, expected the opposite`);
  const events = [];
  if (trace) {
    cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
    await cdp.send('Tracing.start', { traceConfig: { includedCategories: ['toplevel', 'devtools.timeline', 'v8.execute'] }, transferMode: 'ReportEvents' });
  }
  const t0 = await pg.evaluate(() => performance.now());
  const before = await metrics();
  const { mutations, wallMs } = await pg.evaluate(() => window.runMutations(5000));
  const after = await metrics();
  if (trace) {
    const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
    await cdp.send('Tracing.end');
    await done;
  }
  const longTasks = await pg.evaluate((t0) => window.longTasks.filter((t) => t.start >= t0 && t.duration > 50).map((t) => t.duration), t0);
  const frameId = trace ? (await cdp.send('Page.getFrameTree')).frameTree.frame.id : null;
  const hostShown = await pg.evaluate(() => document.querySelector('pemandu-tte') !== null);
  await pg.close();
  const ms = Object.fromEntries(METRICS.map((m) => [m, (after[m] - before[m]) * 1000]));
  return { ms, mutations, wallMs, longTasks, hostShown, attribution: trace ? attribute(events, frameId) : null };
}

/**
 * From a trace of one run: main-thread task time, the extension's own script time (trace events of
 * script entry points whose URL is chrome-extension://…, merged so nested calls count once) and,
 * for every task over 50 ms, how much of it was the extension's script.
 */
function attribute(events, frameId) {
  const onMain = mainThreadOf(events, frameId);
  if (!onMain) return { error: 'renderer main thread not found in the trace' };
  const calls = extensionCalls(onMain);
  const spans = calls.map((c) => [c.start, c.end]);
  const merged = mergeSpans(spans);
  const overlap = (a, b) => merged.reduce((sum, [s, e]) => sum + Math.max(0, Math.min(e, b) - Math.max(s, a)), 0);
  // Top-level tasks: Chromium names them ThreadControllerImpl::RunTask (older: RunTask).
  const taskName = onMain.some((e) => e.name === 'ThreadControllerImpl::RunTask') ? 'ThreadControllerImpl::RunTask' : 'RunTask';
  const tasks = onMain.filter((e) => e.name === taskName && e.ph === 'X');
  // Where the main thread's time went (self-contained trace events, summed by name, ms).
  const byName = {};
  for (const e of onMain) if (e.ph === 'X' && BREAKDOWN.includes(e.name) && !(e.name === 'FunctionCall' && fromExtension(e))) byName[e.name] = (byName[e.name] ?? 0) + e.dur / 1000;
  const long = tasks.filter((t) => t.dur > 50000).map((t) => ({ ms: round(t.dur / 1000, 1), extensionMs: round(overlap(t.ts, t.ts + t.dur) / 1000, 1) }));
  return {
    mainThreadTaskMs: round(tasks.reduce((a, t) => a + t.dur, 0) / 1000, 1),
    // Summed by trace event name; a forced layout inside a script counts in both.
    breakdownMs: Object.fromEntries(BREAKDOWN.map((n) => [n, round(byName[n] ?? 0, 1)])),
    extensionScriptMs: round(merged.reduce((a, [s, e]) => a + e - s, 0) / 1000, 1),
    extensionScriptCalls: spans.length,
    extensionEntryPoints: topEntryPoints(calls, 4),
    longTasksOver50ms: long.length,
    longTasksWithExtensionScript: long.filter((t) => t.extensionMs > 0).length,
    // A long task the extension caused: over 50 ms with its script, 50 ms or less without it.
    longTasksCausedByExtension: long.filter((t) => t.extensionMs > 0 && t.ms - t.extensionMs <= 50).length,
    // The worst ones the extension caused, for the report.
    worstCausedByExtension: long.filter((t) => t.extensionMs > 0 && t.ms - t.extensionMs <= 50).sort((a, b) => b.extensionMs - a.extensionMs).slice(0, 5),
  };
}

/**
 * Alternating traced with/without pairs of one scenario. The budget is the extension's traced
 * script time as a share of the page's own main-thread CPU (ThreadTime of the run without it) per
 * pair, median of the pairs: steady where the pairs' CPU ratio is not (the runs' layout and paint
 * swing by ±15 % with or without the extension, wider than a few percent of script). Both sides are
 * traced, so the tracing's overhead is in both. The ratio stays as an informative row.
 */
async function pairsOf(ctx, pairs, scenario) {
  const runs = [];
  for (let i = 0; i < pairs; i++) {
    // Alternate the order so a machine getting busier or calmer does not favour one side.
    const order = i % 2 === 0 ? [true, false] : [false, true];
    const pair = {};
    for (const withExtension of order) pair[withExtension ? 'with' : 'without'] = await mutationRun(ctx, withExtension, true, scenario);
    runs.push(pair);
  }
  // CPU time (ThreadTime) rather than task wall time (TaskDuration): it does not grow when other
  // processes take the CPU away from the renderer.
  const shares = runs.map((p) => (p.with.attribution.error ? NaN : (p.with.attribution.extensionScriptMs / p.without.ms.ThreadTime) * 100));
  const ratios = runs.map((p) => p.with.ms.ThreadTime / p.without.ms.ThreadTime);
  const wallRatios = runs.map((p) => p.with.ms.TaskDuration / p.without.ms.TaskDuration);
  const side = (k) => Object.fromEntries(METRICS.map((m) => [m, round(stats(runs.map((p) => p[k].ms[m])).median, 1)]));
  const sh = stats(shares);
  const r = stats(ratios);
  const w = stats(wallRatios);
  // The pair whose share is the median, for the report's breakdown and entry points.
  const mid = runs[shares.indexOf([...shares].sort((a, b) => a - b)[Math.ceil(shares.length / 2) - 1])] ?? runs[0];
  const withRuns = runs.map((p) => p.with.attribution).filter((a) => !a.error);
  return {
    pairs: runs.length,
    extensionSharePercent: { median: round(sh.median, 2), min: round(sh.min, 2), max: round(sh.max, 2), all: shares.map((x) => round(x, 2)) },
    extensionScriptMs: runs.map((p) => p.with.attribution.extensionScriptMs ?? null),
    ratio: { median: round(r.median, 3), min: round(r.min, 3), max: round(r.max, 3), all: ratios.map((x) => round(x, 3)) },
    taskDurationRatio: { median: round(w.median, 3), min: round(w.min, 3), max: round(w.max, 3) },
    mutationsPerRun: runs[0].with.mutations,
    wallMsMedian: { with: stats(runs.map((p) => p.with.wallMs)).median, without: stats(runs.map((p) => p.without.wallMs)).median },
    medianMs: { with: side('with'), without: side('without') },
    longTasksOver50ms: { with: runs.reduce((a, p) => a + p.with.longTasks.length, 0), without: runs.reduce((a, p) => a + p.without.longTasks.length, 0) },
    // Over every traced run with the extension.
    longTasksCausedByExtension: withRuns.length === runs.length ? withRuns.reduce((a, t) => a + t.longTasksCausedByExtension, 0) : NaN,
    // Runs with the extension whose page had a <pemandu-tte> host at the end (the overlay showed).
    withHostShown: runs.filter((p) => p.with.hostShown).length,
    traced: { with: { threadTimeMs: round(mid.with.ms.ThreadTime, 1), ...mid.with.attribution }, without: { threadTimeMs: round(mid.without.ms.ThreadTime, 1), ...mid.without.attribution } },
  };
}

/** The certificate page at its portal URL, 5,000 mutations on 10,000 elements. */
export const observation = (ctx, pairs) => pairsOf(ctx, pairs, SCENARIOS.known);

/** The same mutating page at a portal URL no rule matches, its certificate part removed. */
export const observationUnmatched = (ctx, pairs) => pairsOf(ctx, pairs, SCENARIOS.unmatched);
