// npm run demo: builds the Chrome extension (the e2e build, PEMANDU_E2E=1: the open shadow root the
// screenshots' checks read) and opens it on the replica portal, served at the
// portals' real https:// URLs by the e2e harness (tests/e2e/harness). With a display ($DISPLAY or
// $WAYLAND_DISPLAY): a visible Chromium you can click through, until you close its window. Without
// one (CI, SSH): a screenshot of every replica case with the overlay in demo-screenshots/, then the
// folder and the files are printed. Exits non-zero when a page showed no overlay.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
execFileSync('npx', ['wxt', 'build'], { cwd: root, stdio: 'inherit', env: { ...process.env, PEMANDU_E2E: '1' } });

// The harness and the case table (every page rule's examples, gathered by tests/fixtures/cases.ts)
// are TypeScript: load them through Vite's module runner.
const load = async (file) => (await runnerImport(join(root, file), { root, configFile: false, logLevel: 'silent' })).module;
const { launchBrowser } = await load('tests/e2e/harness/index.ts');
const { cases } = await load('tests/fixtures/cases.ts');

const headed = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);

if (headed) {
  const browser = await launchBrowser('chromium', { headless: false, viewport: null });
  process.once('SIGINT', () => void browser.close());
  const page = await browser.newPage();
  await page.goto('https://asndigital.bkn.go.id/');
  console.log('Demo open on the replica portal at the real URLs: ASN Digital → MyASN → Layanan ASN → Sertifikat Elektronik BSrE.');
  console.log('Every replica page (add ?replica=status:<CODE> or ?replica=step:<step> as in rules/pages/*.examples.ts):');
  for (const c of cases) if (c.expect.page) console.log(`  ${c.url}`);
  console.log('Close the browser window (or press Ctrl+C) to end the demo.');
  await browser.closed;
} else {
  const out = join(root, 'demo-screenshots');
  mkdirSync(out, { recursive: true });
  for (const f of readdirSync(out)) if (f.endsWith('.png')) rmSync(join(out, f));
  const browser = await launchBrowser('chromium');
  const written = [];
  const missing = [];
  for (const c of cases) {
    if (!c.expect.page) continue;
    const sizes = c.url.startsWith('https://bsre.bssn.go.id/') ? [[1366, 768], [360, 640]] : [[1366, 768]];
    for (const [width, height] of sizes) {
      const page = await browser.newPage({ width, height });
      await page.goto(c.url);
      const want = Object.fromEntries(Object.entries(c.expect).filter(([, v]) => v !== undefined));
      try {
        await page.waitForHost(want, 10_000);
      } catch (e) {
        missing.push(`${c.name} ${width}x${height}: ${e.message}`);
      }
      // Let the panel finish placing itself (it re-reads the page once the page settles).
      await page.evaluate(() => new Promise((r) => setTimeout(r, 700)));
      const file = join(out, `${c.name}-${width}x${height}.png`);
      await page.screenshot(file);
      written.push(file);
      await page.close();
    }
  }
  await browser.close();
  console.log(`No display found: wrote ${written.length} screenshots of the replica portal with the overlay to ${out}/`);
  for (const f of written) console.log(`  ${f}`);
  if (missing.length) {
    console.error(`No overlay on ${missing.length} of them:`);
    for (const m of missing) console.error(`  ${m}`);
    process.exitCode = 1;
  }
}
