// Time to panel and input → verdict, from the extension's performance marks (bench/README.md).
// The content script runs in an isolated world but shares the document's performance timeline, so
// its marks ('pemandu:panel', 'pemandu:verdict') are read from the page's main world.
import { URLS, stats } from './lib.mjs';

/**
 * Content ready → panel showing that content: 'content-ready' (set by the page when it inserts its
 * content, `delay` ms after load or after the extension's host appeared) → the 'pemandu:panel' mark
 * of the first render that shows the certificate status.
 */
export async function panelVisible(ctx, runs, delay, from = 'load', lanes = 1) {
  const times = [];
  const sources = { mark: 0, dom: 0 };
  let failed = 0;
  const run = async (i) => {
    const pg = await ctx.newPage();
    try {
      await pg.goto(URLS.cert(delay, i, from));
      await pg.waitForFunction(() => window.benchPanel, null, { timeout: 15000 });
      const r = await pg.evaluate(() => ({ ready: performance.getEntriesByName('content-ready')[0].startTime, ...window.benchPanel }));
      sources[r.mark !== null ? 'mark' : 'dom']++;
      times.push((r.mark ?? r.seenAt) - r.ready);
    } catch {
      failed++; // no panel with the status within 15 s: reported, and the budget row shows it
    } finally {
      await pg.close();
    }
  };
  // Late content spends most of each run waiting: two tabs, started half a run apart, so one
  // tab's measured moment falls in the other's idle wait.
  const lane = async (k) => {
    if (k) await new Promise((r) => setTimeout(r, (delay + 600) / 2));
    for (let i = k; i < runs; i += lanes) await run(i);
  };
  await Promise.all(Array.from({ length: lanes }, (_, k) => lane(k)));
  return { ...(times.length ? stats(times) : { median: NaN, p95: NaN, runs: 0 }), contentDelayMs: delay, delayFrom: from, tabsAtOnce: lanes, failed, source: sources };
}

/**
 * A field's input event → its verdict rendered: the page marks 'bench:input' and dispatches `input`
 * on the NIK field (a different digit count each time, so the verdict changes); the content script
 * notes the field at once and judges and renders in a task after the next paint, then marks
 * 'pemandu:verdict'. The page waits for that mark (up to 1 s) before the next event.
 */
export async function inputToVerdict(ctx, runs) {
  const pg = await ctx.newPage();
  await pg.goto(URLS.form);
  await pg.waitForSelector('pemandu-tte[data-step="data-diri"]', { state: 'attached', timeout: 15000 });
  const r = await pg.evaluate(async (runs) => {
    const input = document.getElementById('nik');
    const verdictText = () => document.querySelector('pemandu-tte')?.shadowRoot?.querySelector('[data-field="nik"]')?.textContent ?? '';
    const out = { times: [], mark: 0, dom: 0, missed: 0 };
    for (let i = 0; out.times.length < runs && i < runs * 2; i++) {
      const value = '3'.repeat((i % 15) + 1);
      const before = verdictText();
      performance.clearMarks('bench:input');
      const t0 = performance.mark('bench:input').startTime;
      input.value = value;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      const marked = () => (performance.getEntriesByName('pemandu:verdict')[0]?.startTime ?? -1) >= t0;
      for (const until = performance.now() + 1000; !marked() && performance.now() < until; ) await new Promise((done) => setTimeout(done, 5));
      const verdict = performance.getEntriesByName('pemandu:verdict')[0];
      if (verdict && verdict.startTime >= t0) {
        out.times.push(verdict.startTime - t0);
        out.mark++;
      } else if (verdictText() !== before) {
        out.times.push(performance.now() - t0); // fallback: no mark, but the rendered verdict changed
        out.dom++;
      } else out.missed++;
      await new Promise((done) => setTimeout(done, 20));
    }
    return out;
  }, runs);
  await pg.close();
  return { ...stats(r.times), source: { mark: r.mark, dom: r.dom }, eventsWithoutVerdictChange: r.missed };
}
