// Every budget in bench/budget.json against its measured value, as rows for the report. A value
// that was not measured (its section failed, or a number is missing) is null and FAILs.
import { PORTAL_PAGES } from './lib.mjs';

/** The Chromium typing sections: results key → how the rows name them. */
export const TYPING_SECTIONS = {
  typing: 'BSrE activation (NIK, WhatsApp), Chromium, 6× CPU throttle',
  typingPhonePassphrase: 'BSrE passphrase, phone 360×640, Chromium, 6× CPU throttle',
  typingPhoneAktivasi: 'BSrE activation wizard, phone 360×640, Chromium, 6× CPU throttle',
};

export function checkBudgets(r, budget) {
  const o = r.observation;
  const u = r.observationUnmatched;
  const h = r.heap;
  const f = r.firstHelp;
  const ft = r.firstHelpThrottled;
  const ff = r.firefox;
  const hostRow = (host) => r.sizePerHost.find((x) => x.host === host);
  const rows = [
    ...['chrome', 'firefox'].flatMap((b) =>
      Object.keys(PORTAL_PAGES).map((host) => [
        `what a ${host} page loads, ${b === 'chrome' ? 'Chrome' : 'Firefox'} build, gzip -9 (bytes)`,
        () => hostRow(host)[b].gzip,
        budget.portalPageGzipBytes[host],
      ]),
    ),
    ['first help from navigation start, Pemandu TTE / empty extension, medians', () => f.timeRatioPemanduToFloor, budget.firstHelpRatioToFloorMedian],
    ['first help from navigation start, Pemandu TTE / driver.js, medians', () => f.timeRatioPemanduToDriver, budget.firstHelpRatioToDriverJsMedian, '<'],
    ['first help, Chromium, 6× CPU throttle, Pemandu TTE / empty extension, medians', () => ft.timeRatioPemanduToFloor, budget.firstHelpThrottledRatioToFloorMedian],
    ['first help, Chromium, 6× CPU throttle, Pemandu TTE / driver.js, medians', () => ft.timeRatioPemanduToDriver, budget.firstHelpThrottledRatioToDriverJsMedian, '<'],
    ...Object.entries(TYPING_SECTIONS).flatMap(([key, name]) => [
      [`typing, ${name}: slowest interaction over the empty extension's, medians (ms)`, () => r[key].overFloorMs, budget.typingSlowestInteractionOverFloorMs],
      [`typing, ${name}: long animation frames > 50 ms with the extension's script (traced run)`, () => r[key].traced.longFramesWithExtensionScript, budget.typingLongFramesWithExtensionScript],
    ]),
    // Firefox ESR has no CPU throttling: held to the unthrottled Chromium first-help budget.
    ['first help, Firefox ESR, Pemandu TTE / empty MV2 extension, medians', () => ff.firstHelp.timeRatioPemanduToFloor, budget.firstHelpRatioToFloorMedian],
    ['typing, BSrE activation, Firefox ESR: slowest interaction over the empty extension\'s, medians (ms)', () => ff.typing.overFloorMs, budget.typingSlowestInteractionOverFloorMs],
    ['content ready → panel, median ms', () => r.panelVisibleMs.median, budget.panelVisibleMedianMs],
    ['content ready → panel, p95 ms', () => r.panelVisibleMs.p95, budget.panelVisibleP95Ms],
    ['late content (2 s after the host) → panel, median ms', () => r.panelVisibleLateMs.median, budget.panelVisibleLateMedianMs],
    ['late content (2 s after the host) → panel, p95 ms', () => r.panelVisibleLateMs.p95, budget.panelVisibleLateP95Ms],
    ['input → verdict rendered, median ms', () => r.inputToVerdictMs.median, budget.inputToVerdictMedianMs],
    ['input → verdict rendered, p95 ms', () => r.inputToVerdictMs.p95, budget.inputToVerdictP95Ms],
    [`observation, busy certificate page: extension's traced script as % of the page's main-thread CPU, median of ${o?.pairs ?? '?'} pairs`, () => o.extensionSharePercent.median, budget.observationExtensionSharePercentMedian],
    [`observation, portal page no rule matches: same share (%), median of ${u?.pairs ?? '?'} pairs`, () => u.extensionSharePercent.median, budget.observationExtensionSharePercentUnmatchedMedian],
    [`long tasks > 50 ms caused by the extension, busy certificate page (all ${o?.pairs ?? '?'} traced runs with it)`, () => o.longTasksCausedByExtension, budget.extensionLongTasksOver50ms],
    ['extension heap right after load over the empty extension\'s, difference of the medians (bytes)', () => r.heapAfterLoad.overFloorBytes, budget.extensionHeapOverFloorBytes],
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
