// A popular tour library side by side: driver.js's published IIFE bundle + CSS shipped as the
// content script of a throwaway extension (generated into a temp dir at bench time) that shows one
// tip on the certificate heading, vs Pemandu TTE on the same static page at the same URL. Both are
// timed from navigation start (performance.timeOrigin) to their first tip/panel in the DOM.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { URLS, launch, root, round, stats } from './bench-lib.mjs';

const TIP = `// One driver.js tip, then a performance mark when its popover is in the DOM.
window.driver.js.driver().highlight({
  element: 'h1',
  popover: { title: 'Status: NOT_REGISTERED', description: 'Isi Email BSrE, lalu klik Registrasi Sertifikat.' },
});
(function check() {
  if (document.querySelector('.driver-popover')) performance.mark('driver:tip');
  else requestAnimationFrame(check);
})();
`;

function driverExtension() {
  const dir = mkdtempSync(join(tmpdir(), 'bench-driverjs-'));
  const dist = join(root, 'node_modules/driver.js/dist');
  const files = { 'driver.js.iife.js': readFileSync(join(dist, 'driver.js.iife.js')), 'driver.css': readFileSync(join(dist, 'driver.css')), 'tip.js': Buffer.from(TIP) };
  for (const [name, buf] of Object.entries(files)) writeFileSync(join(dir, name), buf);
  const version = JSON.parse(readFileSync(join(root, 'node_modules/driver.js/package.json'), 'utf8')).version;
  writeFileSync(
    join(dir, 'manifest.json'),
    JSON.stringify({
      manifest_version: 3,
      name: 'driver.js bench',
      version: '1.0.0',
      // Same matching and timing as Pemandu TTE's content script.
      content_scripts: [{ matches: ['https://myasn.bkn.go.id/*'], run_at: 'document_idle', js: ['driver.js.iife.js', 'tip.js'], css: ['driver.css'] }],
    }),
  );
  return { dir, version, files };
}

const firstMark = (pg, name) =>
  pg.waitForFunction((name) => window.benchMarks.find((m) => m.name === name)?.t, name, { timeout: 15000 }).then((h) => h.jsonValue());

export async function tourLibrary(pemandu, pemanduGzip, runs) {
  const drv = driverExtension();
  const driverCtx = await launch(drv.dir);
  const times = { pemandu: [], driver: [] };
  try {
    for (let i = 0; i < runs; i++) {
      // Alternate the two browsers page by page; the idle one costs next to nothing.
      for (const [key, ctx, mark] of [['pemandu', pemandu, 'pemandu:panel'], ['driver', driverCtx, 'driver:tip']]) {
        const pg = await ctx.newPage();
        await pg.goto(URLS.cert(0, `t${i}`)); // static: the content is in the page from the start
        times[key].push(await firstMark(pg, mark));
        await pg.close();
      }
    }
  } finally {
    await driverCtx.close();
    rmSync(drv.dir, { recursive: true, force: true });
  }
  const raw = Object.values(drv.files).reduce((a, b) => a + b.length, 0);
  const gzip = Object.values(drv.files).reduce((a, b) => a + gzipSync(b, { level: 9 }).length, 0);
  const p = stats(times.pemandu);
  const d = stats(times.driver);
  return {
    name: `driver.js ${drv.version}`,
    raw,
    gzip,
    firstTipFromNavigationMs: d,
    pemanduFirstPanelFromNavigationMs: p,
    sizeRatioPemanduToDriver: round(pemanduGzip / gzip),
    timeRatioPemanduToDriver: round(p.median / d.median),
  };
}
