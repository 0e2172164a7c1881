// npm run demo: builds the Chrome extension and opens it on the replica portal, served at the
// portals' real https:// URLs. With a display: a visible Chromium you can click through. Without
// one (CI, SSH): a screenshot of every replica page with the overlay, and the folder is printed.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const fixtures = join(root, 'tests/fixtures');
execFileSync('npx', ['wxt', 'build'], { cwd: root, stdio: 'inherit' });

// The replica routing lives in TypeScript (tests/fixtures/routes.ts); load it through Vite's loader.
const { createServer } = await import('vite');
const vite = await createServer({ root, server: { middlewareMode: true }, appType: 'custom', logLevel: 'silent' });
const { resolveReplica } = await vite.ssrLoadModule('/tests/fixtures/routes.ts');
const { cases } = await vite.ssrLoadModule('/tests/fixtures/cases.ts');
await vite.close();

const ext = join(root, '.output/chrome-mv3');
const headed = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'pemandu-demo-')), {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: !headed,
  viewport: headed ? null : { width: 1366, height: 768 },
  args: [`--disable-extensions-except=${ext}`, `--load-extension=${ext}`, '--no-first-run', '--disable-background-networking', ...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])],
});
await context.route('**/*', async (route) => {
  const r = resolveReplica(route.request().url());
  if (r) await route.fulfill({ status: 200, contentType: r.contentType, body: readFileSync(join(fixtures, r.file), 'utf8'), headers: r.headers ?? {} });
  else await route.fulfill({ status: 404, body: '' });
});

if (headed) {
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto('https://myasn.bkn.go.id/dashboard');
  console.log('Demo open: click through MyASN (Layanan ASN → Sertifikat Elektronik BSrE), or visit');
  for (const c of cases) if (c.expect.page) console.log(`  ${c.url}`);
  console.log('Close the browser window to end the demo.');
  await new Promise((done) => context.on('close', done));
} else {
  const out = join(root, 'demo-screenshots');
  mkdirSync(out, { recursive: true });
  const written = [];
  for (const c of cases) {
    if (!c.expect.page) continue;
    const sizes = c.url.includes('bsre.bssn.go.id') ? [[1366, 768], [360, 640]] : [[1366, 768]];
    for (const [width, height] of sizes) {
      const page = await context.newPage();
      await page.setViewportSize({ width, height });
      await page.goto(c.url);
      await page.waitForSelector(`pemandu-tte[data-page="${c.expect.page}"]`, { state: 'attached', timeout: 10_000 }).catch(() => {});
      await page.waitForTimeout(700);
      const file = join(out, `${c.name}-${width}x${height}.png`);
      await page.screenshot({ path: file });
      written.push(file);
      await page.close();
    }
  }
  console.log(`No display found: wrote ${written.length} screenshots of the replica portal with the overlay to ${out}/`);
  for (const f of written) console.log(`  ${f}`);
}
await context.close();
