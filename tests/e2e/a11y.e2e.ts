/**
 * Accessible to everyone (issue 12 §2), in both browsers: axe-core with every rule finds nothing
 * on the overlay in each of its states (tips, findings with errors, the held submit, a status
 * explanation, the collapsed button, the phone-size sheet) nor on any of the extension's pages.
 * Overlay runs are limited to our <pemandu-tte> host: the replica portal pages are not ours.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { URLS } from '../fixtures/cases';
import { BROWSERS, launchBrowser, type AxeViolation, type E2EBrowser, type E2EPage } from './harness';

const SHOTS = join(__dirname, 'screenshots');
const OVERLAY = [['pemandu-tte']];
const KONTAK = 'https://myasn.bkn.go.id/profil/update#kontak-pribadi';

/** One line per failing node, so a failure names the rule, the impact and the element. */
function report(violations: AxeViolation[]): string[] {
  return violations.flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}): ${v.help} — ${JSON.stringify(n.target)} ${n.html}\n    ${n.summary}`));
}

async function wrongKontak(p: E2EPage): Promise<void> {
  await p.goto(KONTAK);
  await p.waitForHost({ page: 'myasn-kontak-pribadi', step: 'form' });
  await p.fill('input[name="email_dinas"]', 'budi@gmail.com');
  await p.waitForShadow('[data-field="email-dinas"][data-verdict="error"]', 5000);
}

describe.each(BROWSERS)('%s: axe-core finds no violation', (name) => {
  let browser: E2EBrowser;
  beforeAll(async () => {
    browser = await launchBrowser(name);
  });
  afterAll(async () => {
    await browser?.close();
  });

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

  for (const [path, ready] of [
    ['/popup.html', '[data-testid="popup-not-portal"]'],
    ['/options.html', '[data-testid="options"]'],
    ['/guide.html', '[data-testid="guide"]'],
    ['/helpdesk.html', '[data-testid="helpdesk"]'],
  ] as const) {
    it(`the extension page ${path} (whole document)`, async () => {
      const p = await browser.extensionPage(path, ready);
      expect(report(await p.axe())).toEqual([]);
      await p.close();
    });
  }
});
