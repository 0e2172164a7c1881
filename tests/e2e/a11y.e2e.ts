/**
 * Accessible to everyone, in both browsers: axe-core with every rule finds nothing
 * on the overlay in each of its states (tips, findings with errors, the held submit, a status
 * explanation, the collapsed button, the phone-size sheet) nor on any of the extension's pages.
 * Overlay runs are limited to our <pemandu-tte> host: the replica portal pages are not ours.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { URLS } from '../fixtures/cases';
import { BROWSERS, EXTENSION_PAGES, KONTAK_URL, typePublicEmailDinas, withBrowser, type AxeViolation, type E2EPage } from './harness';

const SHOTS = join(__dirname, 'screenshots');
const OVERLAY = [['pemandu-tte']];

/** One line per failing node, so a failure names the rule, the impact and the element. */
function report(violations: AxeViolation[]): string[] {
  return violations.flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}): ${v.help} — ${JSON.stringify(n.target)} ${n.html}\n    ${n.summary}`));
}

async function wrongKontak(p: E2EPage): Promise<void> {
  await p.goto(KONTAK_URL);
  // Folded into the TTE button, the panel shows the error as a count on it.
  await typePublicEmailDinas(p, '[data-field="email-dinas"][data-verdict="error"], [data-action="expand"] .pt-badge');
}

describe.each(BROWSERS)('%s: axe-core finds no violation', (name) => {
  const browser = withBrowser(name);

  it('the check reaches inside our shadow root (a planted image without alt text is reported)', async () => {
    const p = await browser.newPage();
    await p.goto(URLS.SERTIFIKAT);
    await p.waitForHost({ status: 'NOT_REGISTERED' });
    await p.evaluate(() => {
      const img = document.createElement('img');
      img.src = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
      document.querySelector('pemandu-tte')!.shadowRoot!.querySelector('.pt-body')!.append(img);
    }, null);
    const found = await p.axe(OVERLAY);
    expect(found.map((v) => v.id)).toContain('image-alt');
    expect(JSON.stringify(found.find((v) => v.id === 'image-alt')!.nodes[0]!.target)).toContain('pemandu-tte');
    await p.close();
  });

  it('tips and a status explanation (the certificate page)', async () => {
    const p = await browser.newPage();
    await p.goto(URLS.SERTIFIKAT);
    await p.waitForHost({ status: 'NOT_REGISTERED' });
    await p.waitForShadow('[data-status-explained="NOT_REGISTERED"]');
    expect(report(await p.axe(OVERLAY))).toEqual([]);
    await p.close();
  });

  it('findings with errors, and the held submit with "Tetap lanjutkan"', async () => {
    const p = await browser.newPage();
    await wrongKontak(p);
    expect(report(await p.axe(OVERLAY))).toEqual([]);
    await p.click('#btn-simpan');
    await p.waitForShadow('[data-action="submit-anyway"]', 5000);
    expect(report(await p.axe(OVERLAY))).toEqual([]);
    await p.close();
  });

  it('the collapsed button', async () => {
    const p = await browser.newPage();
    await p.goto(URLS.SERTIFIKAT);
    await p.waitForHost({ status: 'NOT_REGISTERED' });
    await p.shadowClick('[data-action="collapse"]');
    await p.waitForShadow('[data-action="expand"]');
    expect(report(await p.axe(OVERLAY))).toEqual([]);
    await p.shadowClick('[data-action="expand"]');
    await p.waitForShadow('.pt-panel');
    await p.close();
  });

  it('the phone-size sheet (360×640) with a finding', async () => {
    const p = await browser.newPage({ width: 360, height: 640 });
    await wrongKontak(p);
    await p.waitForShadow('[data-sheet="true"]', 5000);
    expect(report(await p.axe(OVERLAY))).toEqual([]);
    await p.close();
  });

  it('the helpdesk page showing a decoded help code (whole document, with its reproduced overlay)', async () => {
    const user = await browser.newPage();
    await wrongKontak(user);
    await user.shadowClick('[data-action="copy-code"]');
    await user.waitForShadow('[data-help-code]');
    const code = (await user.shadowText('[data-help-code]'))!.trim();
    await user.close();
    const staff = await browser.extensionPage(`/helpdesk.html?code=${encodeURIComponent(code)}`, '[data-testid="helpdesk"]');
    await staff.waitForHost({ page: 'myasn-kontak-pribadi', step: 'form' });
    await staff.waitForShadow('[data-field="email-dinas"][data-verdict="error"]');
    expect(report(await staff.axe())).toEqual([]);
    await staff.close();
  });

  it('the Profil instansi page with a problem under a box and a help desk in use (whole document)', async () => {
    const p = await browser.extensionPage('/profil-instansi.html', '[data-testid="agency-form"]');
    await p.fill('input[data-path="agencyProfile.id"]', 'Kab Contoh');
    await p.click('input[data-desk-use="persandian"]');
    await p.fill('input[data-path="agencyProfile.helpDesks.0.whatsapp"]', '081200000000');
    await p.evaluate(() => new Promise((r) => setTimeout(r, 300)), null);
    expect(await p.evaluate(() => document.querySelectorAll('[data-problem-for]').length, null)).toBeGreaterThan(0);
    expect(report(await p.axe())).toEqual([]);
    await p.close();
  });

  for (const [path, ready] of EXTENSION_PAGES) {
    it(`the extension page ${path} (whole document)`, async () => {
      const p = await browser.extensionPage(path, ready);
      expect(report(await p.axe())).toEqual([]);
      await p.close();
    });
  }
});

/** Page-world: what makes the overlay hard to read: clipped text, hidden controls, off-screen parts. */
function layoutProblems(): string[] {
  const root = document.querySelector('pemandu-tte')!.shadowRoot!;
  const box = root.querySelector<HTMLElement>('.pt-panel, .pt-fab');
  if (!box) return ['no overlay'];
  const problems: string[] = [];
  const r = box.getBoundingClientRect();
  if (r.left < 0 || r.top < 0 || r.right > innerWidth + 0.5 || r.bottom > innerHeight + 0.5) problems.push(`overlay outside the viewport: ${JSON.stringify(r)}`);
  // The panel clips (rounded corners): its header and scroll box must fit in it.
  if (box.scrollHeight > box.clientHeight + 1) problems.push(`panel clips its content (${box.scrollHeight} > ${box.clientHeight})`);
  const body = root.querySelector<HTMLElement>('.pt-body');
  if (body) {
    if (!/auto|scroll/.test(getComputedStyle(body).overflowY)) problems.push('panel body does not scroll');
    if (body.clientHeight < 60) problems.push(`panel body only ${body.clientHeight}px high`);
    if (body.scrollWidth > body.clientWidth + 1) problems.push(`panel body wider than the panel (${body.scrollWidth} > ${body.clientWidth})`);
  }
  for (const el of Array.from(root.querySelectorAll<HTMLElement>('button, a[href], h2, h3, p, li'))) {
    if (!el.getClientRects().length || el.closest('.pt-sr')) continue;
    if (el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX !== 'visible') problems.push(`cut off: ${el.tagName} ${el.textContent!.slice(0, 30)}`);
    const c = el.getBoundingClientRect();
    // Outside the scroll box only: each control is inside the overlay's box.
    if (!el.closest('.pt-body') && (c.left < r.left - 0.5 || c.right > r.right + 0.5 || c.top < r.top - 0.5 || c.bottom > r.bottom + 0.5)) problems.push(`outside the panel: ${el.tagName} ${el.textContent!.slice(0, 30)}`);
  }
  return problems;
}

/** Page-world: the page's own visible controls that the overlay covers. */
function coveredControls(): string[] {
  const box = document.querySelector('pemandu-tte')!.shadowRoot!.querySelector('.pt-panel, .pt-fab')!.getBoundingClientRect();
  const hits: string[] = [];
  for (const el of Array.from(document.querySelectorAll('a[href], button, input:not([type="hidden"]), select, textarea, summary, [role="button"]'))) {
    const c = el.getBoundingClientRect();
    if (!c.width || !c.height || c.bottom <= 0 || c.top >= innerHeight || c.right <= 0 || c.left >= innerWidth) continue;
    if (c.left < box.right && box.left < c.right && c.top < box.bottom && box.top < c.bottom) hits.push((el.textContent || el.getAttribute('name') || el.tagName).trim().slice(0, 40));
  }
  return hits;
}

/** Page-world: every element of the overlay that moves: its animation or transition. */
function motion(): string[] {
  const root = document.querySelector('pemandu-tte')!.shadowRoot!;
  return Array.from(root.querySelectorAll<HTMLElement>('*')).flatMap((el) => {
    const cs = getComputedStyle(el);
    const moving = cs.animationName !== 'none' || cs.transitionDuration.split(',').some((d) => parseFloat(d) > 0);
    return moving ? [`${el.className || el.tagName}: animation ${cs.animationName}, transition ${cs.transitionDuration}`] : [];
  });
}

const settle = (p: E2EPage) => p.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 300))), null);

/** The overlay states worth looking at in a display setting: a status explanation and findings with errors. */
const DISPLAY_PAGES: [string, (p: E2EPage) => Promise<void>][] = [
  [
    'certificate',
    async (p) => {
      await p.goto(URLS.SERTIFIKAT);
      await p.waitForHost({ status: 'NOT_REGISTERED' });
    },
  ],
  ['kontak', wrongKontak],
];

describe.each(BROWSERS)('%s: 200% zoom', (name) => {
  const browser = withBrowser(name, { zoom: 2 });

  for (const [what, open] of DISPLAY_PAGES) {
    it(`${what}: the TTE button covers none of the page's controls; opened, the panel is readable; both pass axe`, async () => {
      const p = await browser.newPage();
      await open(p);
      await settle(p);
      expect(await p.evaluate(() => ({ w: innerWidth, h: innerHeight, dpr: devicePixelRatio }), null)).toEqual({ w: 683, h: 384, dpr: 2 });
      // 384 CSS px high: no strip beside the page's controls fits the panel, so it starts small.
      await p.waitForShadow('[data-action="expand"]');
      await p.screenshot(join(SHOTS, `${name}-zoom200-${what}-button.png`));
      expect(await p.evaluate(layoutProblems, null)).toEqual([]);
      expect(await p.evaluate(coveredControls, null)).toEqual([]);
      expect(report(await p.axe(OVERLAY))).toEqual([]);
      // Opened by the user, it goes over the page (as on a phone) and all of it can be read.
      await p.shadowClick('[data-action="expand"]');
      await p.waitForShadow('.pt-panel');
      await settle(p);
      await p.screenshot(join(SHOTS, `${name}-zoom200-${what}-open.png`));
      expect(await p.evaluate(layoutProblems, null)).toEqual([]);
      expect(report(await p.axe(OVERLAY))).toEqual([]);
      // Without a reduced-motion wish the panel fades in (so the reduced-motion check below can fail).
      expect((await p.evaluate(motion, null)).join()).toContain('pt-in');
      // Folded again, so the next page starts from the same default.
      await p.shadowClick('[data-action="collapse"]');
      await p.waitForShadow('[data-action="expand"]');
      await p.close();
    });
  }
});

describe.each(BROWSERS)('%s: forced colours (Windows high contrast) and reduced motion', (name) => {
  const browser = withBrowser(name, { forcedColors: true, reducedMotion: true });

  for (const [what, open] of DISPLAY_PAGES) {
    it(`${what}: readable, covers none of the page's controls, passes axe, and nothing moves`, async () => {
      const p = await browser.newPage();
      await open(p);
      await settle(p);
      expect(await p.evaluate(() => [matchMedia('(forced-colors: active)').matches, matchMedia('(prefers-reduced-motion: reduce)').matches], null)).toEqual([true, true]);
      await p.screenshot(join(SHOTS, `${name}-forced-colors-${what}.png`));
      expect(await p.evaluate(layoutProblems, null)).toEqual([]);
      expect(await p.evaluate(coveredControls, null)).toEqual([]);
      expect(report(await p.axe(OVERLAY))).toEqual([]);
      expect(await p.evaluate(motion, null)).toEqual([]);
      await p.close();
    });
  }
});
