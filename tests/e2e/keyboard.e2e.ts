/**
 * Keyboard only, in both browsers: Tab from the page reaches the panel and every
 * control in it, in order, each with a visible focus ring; Escape folds the panel and focus goes
 * back to the page element it came from; the "TTE" button opens it again from the keyboard; a
 * held submit is let through with "Tetap lanjutkan" by Enter and by Space.
 */
import { describe, expect, it } from 'vitest';
import { waitUntil } from './harness/common';
import { BROWSERS, EXTENSION_PAGES, KONTAK_URL, typePublicEmailDinas, withBrowser, type E2EPage } from './harness';

const saved = (p: E2EPage) => p.evaluate(() => (window as unknown as { replicaSaved?: number }).replicaSaved ?? 0, null);

interface Focused {
  /** Where focus is: 'panel' (inside our shadow root), 'page' or 'none' (body or nothing). */
  where: 'panel' | 'page' | 'none';
  /** A control's name: its data-action, or tag and text. */
  name: string;
  focusVisible: boolean;
  /** An outline at least 2px wide (a box-shadow alone vanishes in forced colours). */
  ring: boolean;
}

/** Page-world: the element that has focus, looking into our shadow root. */
function focused(): Focused {
  const active = document.activeElement;
  const host = active?.tagName === 'PEMANDU-TTE' ? active : null;
  const el = (host ? host.shadowRoot!.activeElement : active) as HTMLElement | null;
  if (!el || el === document.body || el === document.documentElement) return { where: 'none', name: '', focusVisible: false, ring: false };
  const cs = getComputedStyle(el);
  // Firefox makes a scrolling box a Tab stop of its own, so keyboard users can scroll it.
  const scrollBox = el.tagName === 'DIV' && !el.hasAttribute('tabindex') && el.scrollHeight > el.clientHeight;
  return {
    where: host ? 'panel' : 'page',
    name: scrollBox ? 'scroll-box' : (el.dataset.action ?? `${el.tagName.toLowerCase()}:${(el.textContent || el.getAttribute('name') || '').trim().slice(0, 30)}`),
    focusVisible: el.matches(':focus-visible'),
    ring: cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) >= 2,
  };
}

/** Page-world: every control in the open panel that Tab should reach, in document order. */
function panelControls(): string[] {
  const root = document.querySelector('pemandu-tte')!.shadowRoot!;
  return Array.from(root.querySelectorAll<HTMLElement>('button, a[href], input, select, textarea, [tabindex]'))
    .filter((el) => el.tabIndex >= 0 && el.getClientRects().length > 0)
    .map((el) => el.dataset.action ?? `${el.tagName.toLowerCase()}:${(el.textContent || el.getAttribute('name') || '').trim().slice(0, 30)}`);
}

/** Presses Tab until focus is inside the panel; marks the page element it came from as window.cameFrom. */
async function tabIntoPanel(p: E2EPage): Promise<void> {
  for (let i = 0; i < 80; i++) {
    await p.evaluate(() => void ((window as unknown as { cameFrom: Element | null }).cameFrom = document.activeElement), null);
    await p.press('Tab');
    if ((await p.evaluate(focused, null)).where === 'panel') return;
  }
  throw new Error('80 presses of Tab never reached the panel');
}

async function wrongEmailDinas(p: E2EPage): Promise<void> {
  await p.goto(KONTAK_URL);
  await typePublicEmailDinas(p);
}

describe.each(BROWSERS)('%s: keyboard only', (name) => {
  const browser = withBrowser(name);

  it('Tab reaches the panel and every control in it with a visible ring; Escape folds it and focus goes back; TTE opens it again', async () => {
    const p = await browser.newPage();
    await wrongEmailDinas(p);
    // Focus is in the email field the user just typed in; from there on only the keyboard.
    expect(await p.evaluate(focused, null)).toMatchObject({ where: 'page', name: 'input:email_dinas' });
    await tabIntoPanel(p);
    const cameFrom = await p.evaluate(() => {
      const el = (window as unknown as { cameFrom: HTMLElement }).cameFrom;
      return el.tagName !== 'BODY' && el.closest('pemandu-tte') === null;
    }, null);
    expect(cameFrom).toBe(true);

    const controls = await p.evaluate(panelControls, null);
    expect(controls).toEqual(expect.arrayContaining(['locale', 'collapse', 'copy-code']));
    const reached: Focused[] = [await p.evaluate(focused, null)];
    const controlsReached = () => reached.filter((f) => f.name !== 'scroll-box').length;
    for (let i = 0; i < controls.length + 2 && controlsReached() < controls.length; i++) {
      await p.press('Tab');
      reached.push(await p.evaluate(focused, null));
    }
    expect(reached.map((f) => f.name).filter((n) => n !== 'scroll-box')).toEqual(controls);
    // Every stop, the scroll box too where it is one, shows where focus is.
    for (const f of reached) expect(f, f.name).toMatchObject({ where: 'panel', focusVisible: true, ring: true });

    await p.press('Escape');
    await p.waitForShadow('[data-action="expand"]');
    expect(await p.evaluate(() => document.activeElement === (window as unknown as { cameFrom: Element }).cameFrom, null)).toBe(true);

    // The "TTE" button is on the Tab path too; Enter opens the panel and focus stays on its toggle.
    await tabIntoPanel(p);
    expect(await p.evaluate(focused, null)).toMatchObject({ name: 'expand', focusVisible: true, ring: true });
    await p.press('Enter');
    await p.waitForShadow('.pt-panel');
    await waitUntil(async () => (await p.evaluate(focused, null)).name === 'collapse', 3000, async () => `focus on the collapse button (have ${JSON.stringify(await p.evaluate(focused, null))})`);
    // Enter on "–" folds it again, and focus goes to "TTE" rather than the top of the page.
    await p.press('Enter');
    await p.waitForShadow('[data-action="expand"]');
    await waitUntil(async () => (await p.evaluate(focused, null)).name === 'expand', 3000, async () => `focus on the TTE button (have ${JSON.stringify(await p.evaluate(focused, null))})`);
    await p.press('Enter');
    await p.waitForShadow('.pt-panel');
    expect(p.errors).toEqual([]);
    await p.close();
  });

  it.each(['Enter', ' '])('a held submit: "Tetap lanjutkan" is reached by Tab and lets the click through with %j', async (key) => {
    // One page each: after "Tetap lanjutkan" the person's next click on Simpan passes too (for pages that ignore script clicks).
    const p = await browser.newPage();
    await wrongEmailDinas(p);
    {
      await p.evaluate(() => (document.getElementById('btn-simpan') as HTMLButtonElement).focus(), null);
      await p.press(key);
      await p.waitForShadow('[data-guard="held"]', 5000);
      const before = await saved(p);
      // The held guard takes focus, so the next Tabs walk its buttons.
      await waitUntil(async () => (await p.evaluate(focused, null)).where === 'panel', 3000, async () => 'focus on the held guard');
      for (let i = 0; i < 5 && (await p.evaluate(focused, null)).name !== 'submit-anyway'; i++) await p.press('Tab');
      expect(await p.evaluate(focused, null)).toMatchObject({ name: 'submit-anyway', focusVisible: true, ring: true });
      await p.press(key);
      await waitUntil(async () => (await saved(p)) === before + 1, 5000, async () => `Simpan to reach the portal after "Tetap lanjutkan" (${JSON.stringify(key)})`);
    }
    expect(await p.evaluate(() => (document.querySelector('input[name="email_dinas"]') as HTMLInputElement).value, null)).toBe('budi@gmail.com');
    expect(p.errors).toEqual([]);
    await p.close();
  });
});

describe.each(BROWSERS)('%s: keyboard focus on the extension pages', (name) => {
  const browser = withBrowser(name);

  for (const [path, ready] of EXTENSION_PAGES) {
    it(`${path}: Tab reaches its controls, each with a visible focus ring`, async () => {
      const p = await browser.extensionPage(path, ready);
      // Up to 40 stops (the helpdesk gallery and the agency form have many): each one shows a ring.
      const seen: Focused[] = [];
      for (let i = 0; i < 40; i++) {
        await p.press('Tab');
        const f = await p.evaluate(focused, null);
        // Back at an element already seen: Tab has gone round the whole page.
        const again = await p.evaluate(() => {
          const w = window as unknown as { tabbed?: Set<Element | null> };
          w.tabbed ??= new Set();
          const had = w.tabbed.has(document.activeElement);
          w.tabbed.add(document.activeElement);
          return had;
        }, null);
        if (f.where === 'none' || again) break;
        seen.push(f);
      }
      expect(seen.length).toBeGreaterThan(2);
      for (const f of seen) expect(f, f.name).toMatchObject({ focusVisible: true, ring: true });
      await p.close();
    });
  }
});
