// npm run bench: measures the built extension in headless Chromium (Debian's /usr/bin/chromium)
// and prints a table, also written to bench/results/latest.json. Method: bench/README.md.
// Budgets that fail are reported as FAIL, never hidden; --strict exits 1 on a failed budget.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const budget = JSON.parse(readFileSync(join(root, 'bench/budget.json'), 'utf8'));
const RUNS = 30;
if (!process.argv.includes('--no-build')) execFileSync('npx', ['wxt', 'build'], { cwd: root, stdio: 'inherit' });
const EXT = join(root, '.output/chrome-mv3');

const stats = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const q = (p) => s[Math.min(s.length - 1, Math.floor(p * s.length))];
  return { median: +q(0.5).toFixed(2), p95: +q(0.95).toFixed(2), runs: s.length };
};

// ---- pages (served at real portal URLs) ----
const CERT = `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>MyASN</title></head><body><main id="app">Memuat…</main>
<script>setTimeout(() => { performance.mark('content-ready'); document.getElementById('app').innerHTML =
'<h1>Sertifikat Elektronik BSrE</h1><p>NIK Pegawai 3371</p><p>Email BSrE</p><p>Status: NOT_REGISTERED</p><button>Registrasi Sertifikat</button>'; }, 100);</script></body></html>`;
const FORM = `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>BSrE</title></head><body><h2>Data Diri</h2>
<label for="nik">NIK</label><input id="nik" name="nik"><div><span>Nomor HP</span><input name="no_hp"></div><button>Kirim Kode OTP</button></body></html>`;
const MUTATING = `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>MyASN</title></head><body>
<h1>Sertifikat Elektronik BSrE</h1><p>NIK Pegawai</p><p>Email BSrE</p><p>Status: ACTIVE</p><div id="grid"></div>
<script>
const grid = document.getElementById('grid');
for (let i = 0; i < 10000; i++) { const s = document.createElement('span'); s.textContent = i + ' '; grid.append(s); }
window.runMutations = () => new Promise((done) => {
  let n = 0; const cells = grid.children;
  const t = setInterval(() => {
    for (let k = 0; k < 10; k++) cells[(n * 7919 + k) % cells.length].textContent = 'x' + (n++) + ' ';
    if (n >= 5000) { clearInterval(t); done(n); }
  }, 10);
});
window.longTasks = [];
new PerformanceObserver((l) => { for (const e of l.getEntries()) window.longTasks.push(e.duration); }).observe({ type: 'longtask', buffered: true });
</script></body></html>`;
const SPA = `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>MyASN</title></head><body><main id="app"></main>
<script>
const views = { '/dashboard': '<h1>Selamat Datang</h1><p>Aksi Cepat</p>', '/layanan-asn': '<h1>Layanan ASN</h1><a>Sertifikat Elektronik BSrE</a><a>Kartu ASN Virtual</a>',
  '/layanan-asn/sertifikat-elektronik-bsre': '<h1>Sertifikat Elektronik BSrE</h1><p>NIK Pegawai</p><p>Email BSrE</p><p>Status: NOT_REGISTERED</p>' };
window.go = (p) => { history.pushState({}, '', p); document.getElementById('app').innerHTML = views[p]; };
window.go(location.pathname in views ? location.pathname : '/dashboard');
</script></body></html>`;

async function launch(withExtension) {
  const args = ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--enable-precise-memory-info', '--js-flags=--expose-gc'];
  if (withExtension) args.push(`--disable-extensions-except=${EXT}`, `--load-extension=${EXT}`);
  const ctx = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'pemandu-bench-')), { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, args, viewport: { width: 1366, height: 768 } });
  await ctx.route('**/*', (r) => {
    const u = new URL(r.request().url());
    if (!/^https?:/.test(u.protocol)) return r.continue();
    const body = u.pathname.startsWith('/bench/form') ? FORM : u.pathname.startsWith('/bench/mutating') ? MUTATING : u.pathname.startsWith('/bench/cert') ? CERT : SPA;
    return r.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body });
  });
  return ctx;
}

const results = {};

// 1. Size of what a portal page loads.
const dir = join(EXT, 'content-scripts');
results.size = readdirSync(dir).filter((f) => f.endsWith('.js') || f.endsWith('.css')).map((f) => {
  const buf = readFileSync(join(dir, f));
  return { file: f, raw: buf.length, gzip: gzipSync(buf, { level: 9 }).length };
});
const totalGzip = results.size.reduce((a, s) => a + s.gzip, 0);

const ext = await launch(true);
const plain = await launch(false);

// 2a. Content ready → panel visible.
const panelTimes = [];
for (let i = 0; i < RUNS; i++) {
  const page = await ext.newPage();
  await page.goto(`https://myasn.bkn.go.id/bench/cert/layanan-asn/sertifikat-elektronik-bsre?r=${i}`);
  const t = await page.evaluate(() => new Promise((done) => {
    const check = () => {
      const ready = performance.getEntriesByName('content-ready')[0];
      const panel = document.querySelector('pemandu-tte')?.shadowRoot?.querySelector('.pt-panel, .pt-fab');
      if (ready && panel && document.querySelector('pemandu-tte').getAttribute('data-status')) return done(performance.now() - ready.startTime);
      requestAnimationFrame(check);
    };
    check();
  }));
  panelTimes.push(t);
  await page.close();
}
results.panelVisibleMs = stats(panelTimes);

// 2b. Field input event → verdict rendered.
{
  const page = await ext.newPage();
  await page.goto('https://bsre.bssn.go.id/bench/form/email/aktivasi/akun/x');
  await page.waitForSelector('pemandu-tte[data-page]', { state: 'attached' });
  const times = await page.evaluate((runs) => new Promise(async (done) => {
    const out = [];
    const input = document.getElementById('nik');
    const root = () => document.querySelector('pemandu-tte').shadowRoot;
    for (let i = 1; i <= runs; i++) {
      const value = '3'.repeat(i % 15 + 1); // a different digit count every time, so the message changes
      const before = root().querySelector('[data-field="nik"]')?.textContent;
      const t0 = performance.now();
      input.value = value;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await new Promise((r) => {
        const poll = () => (root().querySelector('[data-field="nik"]')?.textContent !== before ? r() : queueMicrotask(poll));
        poll();
      });
      out.push(performance.now() - t0);
      await new Promise((r) => setTimeout(r, 5));
    }
    done(out);
  }), RUNS);
  results.inputToVerdictMs = stats(times);
  await page.close();
}

// 3. Observation cost on a mutation-heavy page: main-thread time with vs without the extension.
async function mutationRun(ctx) {
  const page = await ctx.newPage();
  await page.goto('https://myasn.bkn.go.id/bench/mutating/layanan-asn/sertifikat-elektronik-bsre');
  await page.waitForTimeout(2000); // let detection settle
  const cdp = await ctx.newCDPSession(page);
  await cdp.send('Performance.enable');
  const metric = async () => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
  const before = await metric();
  const mutations = await page.evaluate(() => window.runMutations());
  const after = await metric();
  const longTasks = await page.evaluate(() => window.longTasks.filter((d) => d > 50));
  await page.close();
  return { taskSeconds: after.TaskDuration - before.TaskDuration, scriptSeconds: after.ScriptDuration - before.ScriptDuration, mutations, longTasks };
}
const withExt = await mutationRun(ext);
const without = await mutationRun(plain);
results.observation = {
  withExtensionTaskMs: +(withExt.taskSeconds * 1000).toFixed(1),
  withoutExtensionTaskMs: +(without.taskSeconds * 1000).toFixed(1),
  ratio: +(withExt.taskSeconds / without.taskSeconds).toFixed(3),
  mutations: withExt.mutations,
  longTasksOver50msWith: withExt.longTasks.length,
  longTasksOver50msWithout: without.longTasks.length,
};

// 4. Heap with vs without, and after 200 SPA route changes.
async function heap(ctx, routeChanges) {
  const page = await ctx.newPage();
  await page.goto('https://myasn.bkn.go.id/dashboard');
  await page.waitForTimeout(500);
  const cdp = await ctx.newCDPSession(page);
  await cdp.send('Performance.enable');
  const used = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'JSHeapUsedSize').value;
  };
  const start = await used();
  const routes = ['/layanan-asn', '/layanan-asn/sertifikat-elektronik-bsre', '/dashboard'];
  for (let i = 0; i < routeChanges; i++) {
    await page.evaluate((r) => window.go(r), routes[i % routes.length]);
    await page.waitForTimeout(i % 20 === 0 ? 200 : 5);
  }
  await page.waitForTimeout(2000);
  const end = await used();
  const hosts = await page.evaluate(() => document.querySelectorAll('pemandu-tte').length);
  await page.close();
  return { start, end, hosts };
}
const heapWith = await heap(ext, 200);
const heapWithout = await heap(plain, 200);
results.heap = {
  withExtensionBytes: heapWith.start,
  withoutExtensionBytes: heapWithout.start,
  growthAfter200RouteChangesWith: heapWith.end - heapWith.start,
  growthAfter200RouteChangesWithout: heapWithout.end - heapWithout.start,
  hostsAfterRouteChanges: heapWith.hosts,
};

// 5. A popular tour library (driver.js, its IIFE bundle + CSS) showing one tip on the same page.
{
  const js = readFileSync(join(root, 'node_modules/driver.js/dist/driver.js.iife.js'));
  const css = readFileSync(join(root, 'node_modules/driver.js/dist/driver.css'));
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    const page = await plain.newPage();
    await page.goto(`https://myasn.bkn.go.id/bench/cert/layanan-asn/sertifikat-elektronik-bsre?d=${i}`);
    await page.waitForFunction(() => performance.getEntriesByName('content-ready').length > 0);
    const t = await page.evaluate(({ js, css }) => {
      const start = performance.now();
      const style = document.createElement('style');
      style.textContent = css;
      document.head.append(style);
      (0, eval)(js);
      window.driver.js.driver().highlight({ element: 'h1', popover: { title: 'Status', description: 'NOT_REGISTERED: daftar melalui MyASN' } });
      return new Promise((done) => {
        const check = () => (document.querySelector('.driver-popover') ? done(performance.now() - start) : requestAnimationFrame(check));
        check();
      });
    }, { js: js.toString(), css: css.toString() });
    times.push(t);
    await page.close();
  }
  const driverGzip = gzipSync(Buffer.concat([js, css]), { level: 9 }).length;
  results.tourLibrary = {
    name: 'driver.js',
    raw: js.length + css.length,
    gzip: driverGzip,
    firstTipMs: stats(times),
    sizeRatioPemanduToDriver: +(totalGzip / driverGzip).toFixed(2),
    timeRatioPemanduToDriver: +(results.panelVisibleMs.median / stats(times).median).toFixed(2),
  };
}
await ext.close();
await plain.close();

// ---- report ----
const checks = [
  ['content script gzip (bytes)', totalGzip, budget.contentScriptGzipBytes],
  ['content ready → panel visible, median ms', results.panelVisibleMs.median, budget.panelVisibleMedianMs],
  ['input → verdict rendered, median ms', results.inputToVerdictMs.median, budget.inputToVerdictMedianMs],
  ['observation cost ratio (with / without)', results.observation.ratio, budget.observationCostRatio],
  ['long tasks > 50 ms with the extension (minus without)', Math.max(0, results.observation.longTasksOver50msWith - results.observation.longTasksOver50msWithout), budget.extensionLongTasksOver50ms],
  ['heap growth after 200 route changes (bytes)', results.heap.growthAfter200RouteChangesWith, budget.heapGrowthAfterRouteChangesBytes],
];
results.budgets = checks.map(([name, value, limit]) => ({ name, value, limit, pass: value <= limit }));
results.measuredAt = new Date().toISOString();
mkdirSync(join(root, 'bench/results'), { recursive: true });
writeFileSync(join(root, 'bench/results/latest.json'), JSON.stringify(results, null, 2) + '\n');

console.log('\nPemandu TTE benchmark (headless Chromium)\n');
for (const s of results.size) console.log(`  ${s.file}: ${s.raw} B raw, ${s.gzip} B gzip`);
console.log(`  panel visible: median ${results.panelVisibleMs.median} ms, p95 ${results.panelVisibleMs.p95} ms (${RUNS} runs)`);
console.log(`  input → verdict: median ${results.inputToVerdictMs.median} ms, p95 ${results.inputToVerdictMs.p95} ms (${RUNS} runs)`);
console.log(`  observation: ${JSON.stringify(results.observation)}`);
console.log(`  heap: ${JSON.stringify(results.heap)}`);
console.log(`  driver.js: ${JSON.stringify(results.tourLibrary)}\n`);
console.log('  budget                                                   value      limit   result');
for (const b of results.budgets) console.log(`  ${b.name.padEnd(56)} ${String(b.value).padStart(9)} ${String(b.limit).padStart(9)}   ${b.pass ? 'ok' : 'FAIL'}`);
console.log('\nwritten to bench/results/latest.json');
if (process.argv.includes('--strict') && results.budgets.some((b) => !b.pass)) process.exit(1);
