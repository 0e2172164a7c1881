// Budgets, the console table and the generated block of bench/README.md, all from one results object.
import { readFileSync, writeFileSync } from 'node:fs';
import { PORTAL_PAGES } from './lib.mjs';

const num = (x) => {
  if (typeof x !== 'number' || Number.isNaN(x)) throw new Error('not measured');
  return x;
};
const kB = (b) => `${(num(b) / 1000).toFixed(1)} kB`;
const ms = (x) => `${num(x)} ms`;
const dist = (s) => `median ${ms(s.median)}, p95 ${ms(s.p95)} (${s.runs} runs)`;

/** Every budget in bench/budget.json against its measured value. Failures stay failures. */
export function checkBudgets(r, budget) {
  const o = r.observation;
  const u = r.observationUnmatched;
  const h = r.heap;
  const f = r.firstHelp;
  const hostRow = (host) => r.sizePerHost.find((x) => x.host === host);
  const rows = [
    ...['chrome', 'firefox'].flatMap((b) =>
      Object.keys(PORTAL_PAGES).map((host) => [`what a ${host} page loads, ${b === 'chrome' ? 'Chrome' : 'Firefox'} build, gzip -9 (bytes)`, () => hostRow(host)[b].gzip, budget.portalPageGzipBytes]),
    ),
    ['first help from navigation start, Pemandu TTE / empty extension, medians', () => f.timeRatioPemanduToFloor, budget.firstHelpRatioToFloorMedian],
    ['first help from navigation start, Pemandu TTE / driver.js, medians', () => f.timeRatioPemanduToDriver, budget.firstHelpRatioToDriverJsMedian, '<'],
    ['content ready → panel, median ms', () => r.panelVisibleMs.median, budget.panelVisibleMedianMs],
    ['content ready → panel, p95 ms', () => r.panelVisibleMs.p95, budget.panelVisibleP95Ms],
    ['late content (2 s after the host) → panel, median ms', () => r.panelVisibleLateMs.median, budget.panelVisibleLateMedianMs],
    ['late content (2 s after the host) → panel, p95 ms', () => r.panelVisibleLateMs.p95, budget.panelVisibleLateP95Ms],
    ['input → verdict rendered, median ms', () => r.inputToVerdictMs.median, budget.inputToVerdictMedianMs],
    ['input → verdict rendered, p95 ms', () => r.inputToVerdictMs.p95, budget.inputToVerdictP95Ms],
    [`observation cost ratio (main-thread CPU), median of ${o.pairs ?? '?'} pairs`, () => o.ratio.median, budget.observationCostRatioMedian],
    [`observation cost ratio on a portal page no rule matches, median of ${u?.pairs ?? '?'} pairs`, () => u.ratio.median, budget.observationCostRatioUnmatchedMedian],
    ['long tasks > 50 ms caused by the extension (traced run)', () => o.traced.with.longTasksCausedByExtension, budget.extensionLongTasksOver50ms],
    [`extension heap right after load, with − without, median of ${r.heapAfterLoad?.pairs ?? '?'} pairs (bytes)`, () => r.heapAfterLoad.extensionBytes.median, budget.extensionHeapAfterLoadBytes],
    ['extension heap right after load over the empty extension\'s (floor), difference of the medians (bytes)', () => r.heapAfterLoad.overFloorBytes, budget.extensionHeapOverFloorBytes],
    ['extension heap growth, route change 50→200 (bytes)', () => h.extensionGrowthBytes, budget.extensionHeapGrowthBytes],
    ['extension MutationObservers added after route change 50', () => h.extension.mutationObservers[1] - h.extension.mutationObservers[0], budget.leakedMutationObservers],
    ['extension window/document/navigation listeners added after route change 50', () => h.extension.listeners[1] - h.extension.listeners[0], budget.leakedListeners],
    ['extension AbortSignal listeners added after route change 50', () => h.extension.abortSignalListeners[1] - h.extension.abortSignalListeners[0], budget.leakedListeners],
    ['route changes whose page was not detected', () => h.routeChangesNotDetected, 0],
    ['`<pemandu-tte>` hosts after 200 route changes', () => h.hostsAtEnd, budget.hostsAfterRouteChanges, '='],
  ];
  return rows.map(([name, get, limit, op = '≤']) => {
    let value;
    try {
      value = get();
    } catch {}
    if (typeof value !== 'number' || Number.isNaN(value)) value = null; // not measured: fails
    const within = { '=': () => value === limit, '<': () => value < limit, '≤': () => value <= limit }[op];
    return { name, value, op, limit, pass: value !== null && within() };
  });
}

/** Numbers with no budget, for the README and the console. */
function otherRows(r) {
  const o = r.observation;
  const h = r.heap;
  const u = r.observationUnmatched;
  const f = r.firstHelp;
  const ha = r.heapAfterLoad;
  const w = o.medianMs?.with;
  const wo = o.medianMs?.without;
  const tw = o.traced?.with;
  const two = o.traced?.without;
  const phases = (b) => `script (page) ${ms(b.FunctionCall)}, style ${ms(b.UpdateLayoutTree)}, layout ${ms(b.Layout)}, pre-paint ${ms(b.PrePaint)}, paint ${ms(b.Paint)}, layerize ${ms(b.Layerize)}, GC ${ms(round1(b.MajorGC + b.MinorGC))}`;
  const rows = [
    ['content scripts', () => r.size.files.map((f) => `\`${f.file}\` ${kB(f.raw)} raw, ${kB(f.gzip)} gzip`).join('; ')],
    ...(Array.isArray(r.sizePerHost) ? r.sizePerHost : []).map((x) => [
      `what a ${x.host} page loads`,
      () => {
        const side = (s) => `${kB(s.gzip)} gzip (${kB(s.raw)} raw: ${s.files.map((f) => `\`${f.file}\`${f.missing ? ' missing' : ''}`).join(', ')})`;
        return `Chrome ${side(x.chrome)}, fetched at start-up: ${x.chrome.fetchedAtStartup.map((p) => `\`${p}\``).join(', ') || 'none'}; Firefox ${x.firefox ? side(x.firefox) : 'not measured'}`;
      },
    ]),
    ['content ready (at 450 ms) → panel', () => `${dist(r.panelVisibleMs)}; source: ${r.panelVisibleMs.source.mark} marks, ${r.panelVisibleMs.source.dom} DOM fallback`],
    ['late content (2 s after the host) → panel', () => `${dist(r.panelVisibleLateMs)}; source: ${r.panelVisibleLateMs.source.mark} marks, ${r.panelVisibleLateMs.source.dom} DOM fallback`],
    ['input → verdict', () => `${dist(r.inputToVerdictMs)}; source: ${r.inputToVerdictMs.source.mark} marks, ${r.inputToVerdictMs.source.dom} DOM fallback`],
    ['observation ratio, main-thread CPU (with / without)', () => `median ${o.ratio.median}, spread ${o.ratio.min}–${o.ratio.max} over ${o.pairs} alternating pairs (${o.ratio.all.join(', ')})`],
    ['same, task wall time (TaskDuration)', () => `median ${o.taskDurationRatio.median}, spread ${o.taskDurationRatio.min}–${o.taskDurationRatio.max}`],
    ['main thread per run, with / without (medians)', () => `CPU ${ms(w.ThreadTime)} / ${ms(wo.ThreadTime)}; tasks ${ms(w.TaskDuration)} / ${ms(wo.TaskDuration)}; script ${ms(w.ScriptDuration)} / ${ms(wo.ScriptDuration)}; style ${ms(w.RecalcStyleDuration)} / ${ms(wo.RecalcStyleDuration)}; layout ${ms(w.LayoutDuration)} / ${ms(wo.LayoutDuration)}; 5,000 mutations took ${ms(o.wallMsMedian.with)} / ${ms(o.wallMsMedian.without)}`],
    ['long tasks > 50 ms (longtask API, all pairs)', () => `with ${o.longTasksOver50ms.with}, without ${o.longTasksOver50ms.without}`],
    ['traced pair: long tasks > 50 ms', () => tw.error ?? `with ${tw.longTasksOver50ms} (${tw.longTasksWithExtensionScript} containing extension script, ${tw.longTasksCausedByExtension} caused by it; worst ${tw.worstCausedByExtension.map((t) => ms(t.ms)).join(', ') || '—'}), without ${two.longTasksOver50ms}`],
    ['traced pair: extension script', () => tw.error ?? `${ms(tw.extensionScriptMs)} in ${tw.extensionScriptCalls} calls; by entry point: ${tw.extensionEntryPoints.map((e) => `\`${e.at}\` ${e.calls}× ${ms(e.ms)} (max ${ms(e.maxMs)})`).join('; ')}`],
    // Steadier than the pairs' ratio, whose runs swing by ±15 % in layout and paint with or without the extension.
    ['traced pair: extension script as a share of the page\'s own CPU (with / without median)', () => tw.error ?? `+${((tw.extensionScriptMs / wo.ThreadTime) * 100).toFixed(1)} % (${ms(tw.extensionScriptMs)} / ${ms(wo.ThreadTime)}); informative, the budget is the pairs' ratio`],
    ['traced pair: main thread by phase, with', () => tw.error ?? `tasks ${ms(tw.mainThreadTaskMs)}: extension script ${ms(tw.extensionScriptMs)}, ${phases(tw.breakdownMs)}`],
    ['traced pair: main thread by phase, without', () => two.error ?? `tasks ${ms(two.mainThreadTaskMs)}: ${phases(two.breakdownMs)}`],
    [`portal page no rule matches: observation ratio, main-thread CPU`, () => `median ${u.ratio.median}, spread ${u.ratio.min}–${u.ratio.max} over ${u.pairs} alternating pairs (${u.ratio.all.join(', ')}); task wall time median ${u.taskDurationRatio.median}; CPU per run ${ms(u.medianMs.with.ThreadTime)} / ${ms(u.medianMs.without.ThreadTime)}; long tasks > 50 ms with ${u.longTasksOver50ms.with}, without ${u.longTasksOver50ms.without}; overlay shown in ${u.withHostShown} of ${u.pairs} runs`],
    ['heap right after load (fresh tabs), with / without', () => `median ${kB(ha.withBytes.median)} / ${kB(ha.withoutBytes.median)}; extension median ${kB(ha.extensionBytes.median)}, spread ${kB(ha.extensionBytes.min)}–${kB(ha.extensionBytes.max)} over ${ha.pairs} pairs`],
    ['heap right after load, empty extension (floor)', () => `with ${kB(ha.floor.withBytes.median)} / without ${kB(ha.floor.withoutBytes.median)}: the empty extension's isolated world keeps ${kB(ha.floor.extensionBytes.median)} (median of ${ha.floor.pairs} pairs); Pemandu TTE ${kB(ha.overFloorBytes)} over it`],
    ['heap after load, with / without (route-change run)', () => `${kB(h.withExtensionBytes)} / ${kB(h.withoutExtensionBytes)}`],
    ['heap growth, route change 50→200', () => `with ${kB(h.growthWithBytes)}, without ${kB(h.growthWithoutBytes)}, extension's share ${kB(h.extensionGrowthBytes)}`],
    ['extension at route change 50 → end', () => `MutationObservers ${h.extension.mutationObservers.join(' → ')}; listeners on window/document/navigation ${h.extension.listeners.join(' → ')}; AbortSignal listeners ${h.extension.abortSignalListeners.join(' → ')}`],
    ['route change → page detected', () => h.routeChangeToDetectedMs ? dist(h.routeChangeToDetectedMs) : '—'],
    ['first help: Pemandu TTE first panel', () => dist(f.pemanduFirstPanelFromNavigationMs) + ' from navigation start'],
    [`first help: ${f?.floor?.name ?? 'empty extension (floor)'}`, () => `${kB(f.floor.raw)} raw, ${kB(f.floor.gzip)} gzip; one line in a shadow root ${dist(f.floor.firstLineFromNavigationMs)} from navigation start`],
    [`first help: ${f?.driver?.name ?? 'driver.js'}`, () => `${kB(f.driver.raw)} raw, ${kB(f.driver.gzip)} gzip; first tip ${dist(f.driver.firstTipFromNavigationMs)} from navigation start`],
    ['first help, traced loads (medians): the content scripts\' evaluation (compiling them included) and their first event → mark', () => {
      const t = f.traced;
      const side = (name, x) => (x ? `${name} ${ms(x.scriptMs)} (compile ${ms(x.compileMs)}), mark after ${ms(x.toMarkMs)}` : `${name} not traced`);
      return `${side('Pemandu TTE', t.pemandu)}; ${side('empty extension', t.floor)}; ${side('driver.js', t.driver)}; ${t.pemandu?.loads ?? 0} loads each, not in the medians above`;
    }],
    ['first help, ratios of medians', () => `Pemandu TTE / empty extension ${f.timeRatioPemanduToFloor}×, Pemandu TTE / driver.js ${f.timeRatioPemanduToDriver}×, driver.js / empty extension ${f.timeRatioDriverToFloor}×; size (gzip) Pemandu TTE / driver.js ${f.sizeRatioPemanduToDriver}×`],
  ];
  return rows.map(([label, text]) => {
    try {
      return [label, text()];
    } catch {
      return [label, 'not measured (see the error in latest.json)'];
    }
  });
}

const round1 = (x) => Math.round(x * 10) / 10;
const fmt = (v) => (v === null ? 'not measured' : typeof v === 'number' && Math.abs(v) >= 1000 ? v.toLocaleString('en-US') : String(v));

export function markdown(r) {
  const m = r.meta;
  const lines = [
    `Generated by \`bench/run.mjs\` from \`bench/results/latest.json\` on ${m.measuredAt.slice(0, 10)}: ${m.chromium}, ${m.cpus} cores, ` +
      `1-minute load average ${m.loadAverage.start} at start and ${m.loadAverage.end} at the end (other work on the machine makes timings noisy), ` +
      `total runtime ${m.durationSeconds} s${m.built ? ' including the build' : ''}. Extension: \`${m.extension}\` (${m.built ? `built from ${m.commit}${m.uncommittedChanges ? ' with uncommitted changes' : ''}` : `a copy; repo at ${m.commit}`}; sha256 \`${m.contentScriptSha256}\`).`,
    '',
    '| budget | value | limit | result |',
    '| --- | --- | --- | --- |',
    ...r.budgets.map((b) => `| ${b.name} | ${fmt(b.value)} | ${b.op} ${fmt(b.limit)} | ${b.pass ? 'ok' : '**FAIL**'} |`),
    '',
    '| measurement | value |',
    '| --- | --- |',
    ...otherRows(r).map(([k, v]) => `| ${k} | ${v} |`),
  ];
  return lines.join('\n');
}

/** Rewrites the block between <!-- bench:start --> and <!-- bench:end --> in bench/README.md. */
export function writeReadmeBlock(file, r) {
  const text = readFileSync(file, 'utf8');
  const re = /(<!-- bench:start -->)[\s\S]*?(<!-- bench:end -->)/;
  if (!re.test(text)) throw new Error(`${file}: no <!-- bench:start --> … <!-- bench:end --> block`);
  writeFileSync(file, text.replace(re, (_, a, b) => `${a}\n${markdown(r)}\n${b}`));
}

export function printConsole(r) {
  console.log('\nPemandu TTE benchmark (headless Chromium)\n');
  for (const [k, v] of otherRows(r)) console.log(`  ${k}: ${v.replace(/`/g, '')}`);
  const width = Math.max(...r.budgets.map((b) => b.name.replace(/`/g, '').length));
  console.log(`\n  ${'budget'.padEnd(width)} ${'value'.padStart(12)}   ${'limit'.padEnd(11)} result`);
  for (const b of r.budgets) console.log(`  ${b.name.replace(/`/g, '').padEnd(width)} ${fmt(b.value).padStart(12)}   ${(b.op + ' ' + fmt(b.limit)).padEnd(11)} ${b.pass ? 'ok' : 'FAIL'}`);
}
