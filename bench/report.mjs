// Budgets, the console table and the generated block of bench/README.md, all from one results object.
import { readFileSync, writeFileSync } from 'node:fs';
import { TYPING_SECTIONS } from './budgets.mjs';

const num = (x) => {
  if (typeof x !== 'number' || Number.isNaN(x)) throw new Error('not measured');
  return x;
};
const kB = (b) => `${(num(b) / 1000).toFixed(1)} kB`;
const ms = (x) => `${num(x)} ms`;
const dist = (s) => `median ${ms(s.median)}, p95 ${ms(s.p95)} (${s.runs} runs)`;

/** Numbers with no budget, for the README and the console. */
function otherRows(r) {
  const o = r.observation;
  const h = r.heap;
  const u = r.observationUnmatched;
  const f = r.firstHelp;
  const ft = r.firstHelpThrottled;
  const ff = r.firefox;
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
    ['observation, busy certificate page: extension\'s traced script as % of the page\'s CPU, per pair', () => `median ${o.extensionSharePercent.median} %, spread ${o.extensionSharePercent.min}–${o.extensionSharePercent.max} % (${o.extensionSharePercent.all.join(', ')}); extension script ${o.extensionScriptMs.map((x) => ms(x)).join(', ')}`],
    ['observation ratio, main-thread CPU (with / without), no budget', () => `median ${o.ratio.median}, spread ${o.ratio.min}–${o.ratio.max} over ${o.pairs} alternating pairs (${o.ratio.all.join(', ')})`],
    ['same, task wall time (TaskDuration)', () => `median ${o.taskDurationRatio.median}, spread ${o.taskDurationRatio.min}–${o.taskDurationRatio.max}`],
    ['main thread per run, with / without (medians)', () => `CPU ${ms(w.ThreadTime)} / ${ms(wo.ThreadTime)}; tasks ${ms(w.TaskDuration)} / ${ms(wo.TaskDuration)}; script ${ms(w.ScriptDuration)} / ${ms(wo.ScriptDuration)}; style ${ms(w.RecalcStyleDuration)} / ${ms(wo.RecalcStyleDuration)}; layout ${ms(w.LayoutDuration)} / ${ms(wo.LayoutDuration)}; 5,000 mutations took ${ms(o.wallMsMedian.with)} / ${ms(o.wallMsMedian.without)}`],
    ['long tasks > 50 ms (longtask API, all pairs)', () => `with ${o.longTasksOver50ms.with}, without ${o.longTasksOver50ms.without}`],
    ['long tasks > 50 ms caused by the extension (all traced runs with it)', () => `busy page ${o.longTasksCausedByExtension}, page no rule matches ${u.longTasksCausedByExtension}`],
    ['median-share pair: long tasks > 50 ms', () => tw.error ?? `with ${tw.longTasksOver50ms} (${tw.longTasksWithExtensionScript} containing extension script, ${tw.longTasksCausedByExtension} caused by it; worst ${tw.worstCausedByExtension.map((t) => ms(t.ms)).join(', ') || '—'}), without ${two.longTasksOver50ms}`],
    ['median-share pair: extension script', () => tw.error ?? `${ms(tw.extensionScriptMs)} in ${tw.extensionScriptCalls} calls; by entry point: ${tw.extensionEntryPoints.map((e) => `\`${e.at}\` ${e.calls}× ${ms(e.ms)} (max ${ms(e.maxMs)})`).join('; ')}`],
    ['median-share pair: main thread by phase, with', () => tw.error ?? `tasks ${ms(tw.mainThreadTaskMs)}: extension script ${ms(tw.extensionScriptMs)}, ${phases(tw.breakdownMs)}`],
    ['median-share pair: main thread by phase, without', () => two.error ?? `tasks ${ms(two.mainThreadTaskMs)}: ${phases(two.breakdownMs)}`],
    ['portal page no rule matches: extension\'s traced script as % of the page\'s CPU, per pair', () => `median ${u.extensionSharePercent.median} %, spread ${u.extensionSharePercent.min}–${u.extensionSharePercent.max} % (${u.extensionSharePercent.all.join(', ')}); extension script ${u.extensionScriptMs.map((x) => ms(x)).join(', ')}`],
    [`portal page no rule matches: observation ratio, main-thread CPU, no budget`, () => `median ${u.ratio.median}, spread ${u.ratio.min}–${u.ratio.max} over ${u.pairs} alternating pairs (${u.ratio.all.join(', ')}); task wall time median ${u.taskDurationRatio.median}; CPU per run ${ms(u.medianMs.with.ThreadTime)} / ${ms(u.medianMs.without.ThreadTime)}; long tasks > 50 ms with ${u.longTasksOver50ms.with}, without ${u.longTasksOver50ms.without}; overlay shown in ${u.withHostShown} of ${u.pairs} runs`],
    ['heap right after load (fresh tabs), with / without, no budget (the budget is over the empty extension)', () => `median ${kB(ha.withBytes.median)} / ${kB(ha.withoutBytes.median)}; extension median ${kB(ha.extensionBytes.median)}, spread ${kB(ha.extensionBytes.min)}–${kB(ha.extensionBytes.max)} over ${ha.pairs} pairs`],
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
    [`first help, Chromium, ${ft?.throttle ?? 6}× CPU throttle (medians from navigation start)`, () => {
      const t = ft.traced;
      const ev = (x) => (x ? `${ms(x.scriptMs)}` : 'not traced');
      return `Pemandu TTE ${dist(ft.pemanduFirstPanelFromNavigationMs)}; empty extension ${dist(ft.floor.firstLineFromNavigationMs)}; driver.js ${dist(ft.driver.firstTipFromNavigationMs)}; ratios Pemandu TTE / empty ${ft.timeRatioPemanduToFloor}×, / driver.js ${ft.timeRatioPemanduToDriver}×; content-script evaluation (traced) Pemandu TTE ${ev(t.pemandu)}, empty ${ev(t.floor)}, driver.js ${ev(t.driver)}`;
    }],
    ...Object.entries(TYPING_SECTIONS).flatMap(([key, name]) => typingRows(r[key], `typing, ${name}`)),
    [`Firefox ESR (${ff?.browser ?? 'not run'}): first help from navigation start`, () => `Pemandu TTE ${dist(ff.firstHelp.pemanduFirstPanelFromNavigationMs)}; empty MV2 extension ${dist(ff.firstHelp.floorFirstLineFromNavigationMs)}; ratio ${ff.firstHelp.timeRatioPemanduToFloor}×; unthrottled (Firefox has no CPU throttling)`],
    ['Firefox ESR: typing, BSrE activation (NIK, WhatsApp)', () => `slowest interaction, median of runs: Pemandu TTE ${ms(ff.typing.pemandu.slowestInteractionMs.median)}, empty extension ${ms(ff.typing.floor.slowestInteractionMs.median)} (${ff.typing.pemandu.slowestInteractionMs.runs} run${ff.typing.pemandu.slowestInteractionMs.runs > 1 ? 's' : ''} each), over the floor ${ms(ff.typing.overFloorMs)}; long frames are not reported by Firefox (no LoAF)`],
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

/** A Chromium typing section's rows: both sides' slowest interactions, and the traced run's attribution. */
function typingRows(t, name) {
  const side = (s) => `${ms(s.slowestInteractionMs.median)} (runs ${s.runs.map((x) => `${x.slowestMs} ${x.slowestWas}`).join(', ')}; long frames > 50 ms ${s.longFramesOver50ms})`;
  return [
    [`${name}: slowest interaction, median of runs`, () => `Pemandu TTE ${side(t.pemandu)}; empty extension ${side(t.floor)}; over the floor ${ms(t.overFloorMs)}; ${t.keysPerSecond} keys/s`],
    [`${name}: traced run with Pemandu TTE`, () => {
      const x = t.traced;
      if (x.error) return `not traced: ${x.error}`;
      const top = x.entryPoints.map((e) => `\`${e.at}\` ${e.calls}× ${ms(e.ms)} (max ${ms(e.maxMs)})`).join('; ');
      return `extension script ${ms(x.extensionScriptMs)} in ${x.extensionScriptCalls} calls while typing; slowest interaction ${ms(x.slowestInteractionMs)}, ${ms(x.extensionMsInSlowest)} of it the extension's; long frames > 50 ms ${x.longFramesOver50ms}, ${x.longFramesWithExtensionScript} with an extension call ≥ 5 ms; top entry points: ${top || '—'}`;
    }],
  ];
}
const fmt = (v) => (v === null ? 'not measured' : typeof v === 'number' && Math.abs(v) >= 1000 ? v.toLocaleString('en-US') : String(v));

export function markdown(r) {
  const m = r.meta;
  const lines = [
    `Generated by \`bench/run.mjs\` from \`bench/results/latest.json\` on ${m.measuredAt.slice(0, 10)}: ${m.chromium}, ${m.firefox ?? 'no Firefox'}, ${m.cpus} cores, ` +
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
  console.log('\nPemandu TTE benchmark (headless Chromium and Firefox ESR)\n');
  for (const [k, v] of otherRows(r)) console.log(`  ${k}: ${v.replace(/`/g, '')}`);
  const width = Math.max(...r.budgets.map((b) => b.name.replace(/`/g, '').length));
  console.log(`\n  ${'budget'.padEnd(width)} ${'value'.padStart(12)}   ${'limit'.padEnd(11)} result`);
  for (const b of r.budgets) console.log(`  ${b.name.replace(/`/g, '').padEnd(width)} ${fmt(b.value).padStart(12)}   ${(b.op + ' ' + fmt(b.limit)).padEnd(11)} ${b.pass ? 'ok' : 'FAIL'}`);
}
