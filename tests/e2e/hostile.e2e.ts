/**
 * The page is not trusted: each attack a portal's own scripts, its analytics or a session recorder
 * could make, from the page's side, in Chromium and Firefox. Against the build that ships (closed
 * shadow root, no test contract), where the page can only watch what the overlay does to the page;
 * and, for what it could press or read were the overlay open to it, against the e2e build too.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readExtensionStorage, ROOT, SHIP_DIR, waitUntil } from './harness/common';
import { BROWSERS, KONTAK_URL, withBrowser, type E2EBrowser, type E2EPage } from './harness';

const SHIPPED: Record<string, string> = { chromium: 'chrome-mv3', firefox: 'firefox-mv2' };
/** Firefox's runtime id is the add-on's gecko id (wxt.config.ts). */
const GECKO_ID = /GECKO_ID = '([^']+)'/.exec(readFileSync(join(ROOT, 'wxt.config.ts'), 'utf8'))![1]!;
const saved = (p: E2EPage) => p.evaluate(() => (window as unknown as { replicaSaved?: number }).replicaSaved ?? 0, null);
const hosts = (p: E2EPage) => p.evaluate(() => document.querySelectorAll('pemandu-tte:not([id])').length, null);
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The Kontak Pribadi form with our panel on it (found without the test contract: the build that ships has none). */
async function kontak(p: E2EPage): Promise<void> {
  await p.goto(KONTAK_URL);
  await waitUntil(async () => (await p.evaluate(() => !!document.getElementById('form-kontak'), null)) && (await hosts(p)) === 1, 10_000, async () => 'the form and our panel');
}

/** A mobile number too short, typed as a person would, then Simpan clicked: held, the portal never saves. */
async function heldSimpan(p: E2EPage): Promise<void> {
  await p.fill('#hp', '0812');
  await pause(300);
  await p.click('#btn-simpan');
  await pause(500);
  expect(await saved(p)).toBe(0);
}

/** The name WXT gives its start-up announcement: the extension's id, the script's name (both public). */
async function takeoverEvent(b: E2EBrowser, script: string): Promise<string> {
  const id = b.name === 'firefox' ? GECKO_ID : new URL(b.extensionOrigin).host;
  return `${id}:${script}:wxt:content-script-started`;
}

describe.each(BROWSERS)('%s: a hostile page against the build that ships', (name) => {
  const browser = withBrowser(name, { extensionDir: join(ROOT, SHIP_DIR, SHIPPED[name]!) });

  it('cannot switch Pemandu TTE off with a forged start-up event', async () => {
    const p = await browser.newPage();
    await kontak(p);
    const type = await takeoverEvent(browser, 'myasn');
    await p.evaluate((t) => {
      for (const detail of [{ contentScriptName: 'myasn', messageId: 'forged' }, { contentScriptName: 'myasn' }, null])
        document.dispatchEvent(new CustomEvent(t, { detail }));
    }, type);
    await pause(300);
    expect(await hosts(p)).toBe(1);
    // Still guarding: a wrong field holds Simpan.
    await heldSimpan(p);
    expect(p.errors).toEqual([]);
    await p.close();
  });

  it('cannot read the overlay: the shadow root is closed and the host says nothing about the page', async () => {
    const p = await browser.newPage();
    await kontak(p);
    const seen = await p.evaluate(() => {
      const host = document.querySelector('pemandu-tte')!;
      return { shadowRoot: host.shadowRoot, attributes: host.getAttributeNames().filter((a) => a.startsWith('data-')), text: document.documentElement.innerText.includes('Pemandu TTE') };
    }, null);
    expect(seen).toEqual({ shadowRoot: null, attributes: [], text: false });
    await p.close();
  });

  it('cannot slip a submit past the guard by wrapping its form in an element named like ours, nor make ours give way to a decoy', async () => {
    const p = await browser.newPage();
    await kontak(p);
    await p.evaluate(() => {
      const form = document.getElementById('form-kontak')!;
      const decoy = document.createElement('pemandu-tte');
      decoy.id = 'decoy';
      form.replaceWith(decoy);
      decoy.append(form);
    }, null);
    await heldSimpan(p);
    // A decoy at the end of the page, and ours removed by the page: ours comes back, the decoy stays the page's own.
    await p.evaluate(() => {
      const decoy = document.createElement('pemandu-tte');
      decoy.id = 'decoy-2';
      document.documentElement.append(decoy);
      document.querySelector('pemandu-tte:not([id])')!.remove();
    }, null);
    await waitUntil(async () => (await hosts(p)) === 1, 10_000, async () => 'our panel back beside the decoys');
    expect(await p.evaluate(() => document.querySelectorAll('pemandu-tte').length, null)).toBe(3);
    await p.close();
  });

  it("leaves no mark in the page's User Timing", async () => {
    const p = await browser.newPage();
    await kontak(p);
    await p.fill('#hp', '0812');
    await pause(300);
    const marks = await p.evaluate(() => performance.getEntriesByType('mark').map((e) => e.name), null);
    expect(marks.filter((m) => m.startsWith('pemandu'))).toEqual([]);
    await p.close();
  });
});

describe.each(BROWSERS)('%s: a hostile page against the e2e build (the overlay open to it)', (name) => {
  const browser = withBrowser(name);

  it("cannot press the overlay's buttons: language, folding, Escape, the help code, a held click", async () => {
    const p = await browser.newPage();
    await p.goto(KONTAK_URL);
    await p.waitForHost({ page: 'myasn-kontak-pribadi', step: 'form' });
    await p.fill('#hp', '0812');
    await p.click('#btn-simpan');
    await p.waitForShadow('[data-guard="held"]');
    await p.evaluate(() => {
      const root = document.querySelector('pemandu-tte')!.shadowRoot!;
      for (const action of ['submit-anyway', 'fix-first', 'copy-code', 'locale', 'collapse']) (root.querySelector(`[data-action="${action}"]`) as HTMLElement | null)?.click();
      root.querySelector('.pt-root')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true, cancelable: true }));
    }, null);
    await pause(500);
    expect(await saved(p)).toBe(0);
    expect(await p.shadowExists('[data-guard="held"]')).toBe(true);
    expect(await p.shadowExists('[data-help-code]')).toBe(false);
    expect(await p.shadowAttr('.pt-root', 'data-collapsed')).toBe('false');
    expect((await p.hostAttrs())?.lang).toBe('id');
    // Nothing written for every portal host.
    const local = (await readExtensionStorage(browser)).local ?? {};
    expect(Object.keys(local).filter((k) => k === 'locale' || k === 'panelCollapsed')).toEqual([]);
    // A person's own click still works.
    await p.shadowClick('[data-action="submit-anyway"]');
    await waitUntil(async () => (await saved(p)) === 1, 5000, async () => 'the person’s "Tetap lanjutkan"');
    await p.close();
  });

  it("cannot speak through the overlay: the notice names the button by the rule's word, never the page's text", async () => {
    const p = await browser.newPage();
    await p.goto(KONTAK_URL);
    await p.waitForHost({ page: 'myasn-kontak-pribadi', step: 'form' });
    await p.evaluate(() => {
      document.getElementById('btn-simpan')!.textContent = 'PERINGATAN Pemandu TTE: kirim passphrase Anda ke WA 0812 lalu Simpan';
    }, null);
    await p.fill('#hp', '0812');
    await p.click('#btn-simpan');
    await p.waitForShadow('[data-guard="held"]');
    const guard = (await p.shadowText('[data-guard]'))!;
    expect(guard).toContain('"Simpan"');
    expect(guard).not.toMatch(/PERINGATAN|passphrase Anda/);
    await p.close();
  });

  it('cannot read derived data off attributes: the passphrase checklist and findings carry only the test contract', async () => {
    const p = await browser.newPage();
    await p.goto('https://bsre.bssn.go.id/email/passphrase/9f3e?replica=step:buat-passphrase');
    await p.waitForHost({ page: 'bsre-passphrase', step: 'buat-passphrase' });
    await p.fill('#pass', 'Kelinci#2026');
    await p.waitForShadow('[data-field="passphrase"][data-verdict="ok"]');
    const attrs = await p.evaluate(() => {
      const root = document.querySelector('pemandu-tte')!.shadowRoot!;
      return [...new Set(Array.from(root.querySelectorAll('.pt-findings *, .pt-findings')).flatMap((el) => el.getAttributeNames().filter((a) => a.startsWith('data-'))))].sort();
    }, null);
    expect(attrs).toEqual(['data-field', 'data-verdict']);
    await p.close();
  });
});
