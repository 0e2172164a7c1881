// Throwaway extensions generated into the temp dir at bench time, to compare Pemandu TTE with:
// - the floor: an empty MV3 extension that shows one line of text in an open shadow root and
//   marks 'floor:shown' (what any extension pays to show something on these pages);
// - driver.js: its published IIFE bundle + CSS and a short script showing one tip.
// Both get the same content-script `matches`, `exclude_matches` and `run_at` as Pemandu TTE,
// read from Pemandu TTE's built manifest, so the browser injects them at the same moment.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { root } from './lib.mjs';

export const FLOOR = `// The floor: one line of text in an open shadow root, then a performance mark.
// All content scripts of an extension share one world: show the line once.
if (!globalThis.__benchFloorShown) {
  globalThis.__benchFloorShown = true;
  const host = document.createElement('bench-floor');
  const line = document.createElement('p');
  line.textContent = 'Status: NOT_REGISTERED. Isi Email BSrE, lalu klik Registrasi Sertifikat.';
  host.attachShadow({ mode: 'open' }).append(line);
  (document.body ?? document.documentElement).append(host);
  performance.mark('floor:shown');
}
`;

const TIP = `// One driver.js tip, then a performance mark when its popover is in the DOM.
if (!globalThis.__benchTipShown) {
  globalThis.__benchTipShown = true;
  window.driver.js.driver().highlight({
    element: 'h1',
    popover: { title: 'Status: NOT_REGISTERED', description: 'Isi Email BSrE, lalu klik Registrasi Sertifikat.' },
  });
  (function check() {
    if (document.querySelector('.driver-popover')) performance.mark('driver:tip');
    else requestAnimationFrame(check);
  })();
}
`;

/** The injection settings of every content-script entry of a built manifest (no files). */
export function injectionOf(manifest) {
  return (manifest.content_scripts ?? []).map((c) => ({
    matches: c.matches,
    ...(c.exclude_matches ? { exclude_matches: c.exclude_matches } : {}),
    run_at: c.run_at ?? 'document_idle',
    ...(c.all_frames !== undefined ? { all_frames: c.all_frames } : {}),
  }));
}

/**
 * Writes an MV3 extension to a temp dir: `files` (name → Buffer), and one content-script entry per
 * entry of Pemandu TTE's manifest with the same injection settings, loading `js` and `css`.
 */
function throwaway(prefix, name, files, js, css, pemanduManifest) {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  for (const [file, buf] of Object.entries(files)) writeFileSync(join(dir, file), buf);
  const content_scripts = injectionOf(pemanduManifest).map((c) => ({ ...c, js, ...(css.length ? { css } : {}) }));
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ manifest_version: 3, name, version: '1.0.0', content_scripts }, null, 2));
  const raw = Object.values(files).reduce((a, b) => a + b.length, 0);
  const gzip = Object.values(files).reduce((a, b) => a + gzipSync(b, { level: 9 }).length, 0);
  return { dir, raw, gzip, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export function floorExtension(pemanduManifest) {
  return { name: 'empty extension (floor)', ...throwaway('bench-floor-', 'floor bench', { 'floor.js': Buffer.from(FLOOR) }, ['floor.js'], [], pemanduManifest) };
}

export function driverExtension(pemanduManifest) {
  const dist = join(root, 'node_modules/driver.js/dist');
  const files = { 'driver.js.iife.js': readFileSync(join(dist, 'driver.js.iife.js')), 'driver.css': readFileSync(join(dist, 'driver.css')), 'tip.js': Buffer.from(TIP) };
  const version = JSON.parse(readFileSync(join(root, 'node_modules/driver.js/package.json'), 'utf8')).version;
  return { name: `driver.js ${version}`, ...throwaway('bench-driverjs-', 'driver.js bench', files, ['driver.js.iife.js', 'tip.js'], ['driver.css'], pemanduManifest) };
}
