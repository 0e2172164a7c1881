// @vitest-environment happy-dom
/**
 * Each way the guard's "Tetap lanjutkan" can be out of the user's reach makes guardUnusable say so
 * (so the click goes through instead of being held), and so does not being able to tell.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { guardUnusable } from '../../../platform/content/guardCheck';
import { mountHost, type Mounted } from '../../../components/mount';
import { fakeLayout, fakeModalSelector } from './layout';

let m: Mounted;
let layout: ReturnType<typeof fakeLayout>;

function renderGuard(withButton = true) {
  const section = document.createElement('section');
  section.setAttribute('data-guard', 'held');
  const body = document.createElement('div');
  body.append(section);
  if (withButton) {
    const b = document.createElement('button');
    b.setAttribute('data-action', 'submit-anyway');
    b.textContent = 'Tetap lanjutkan';
    section.append(b);
  }
  m.container.replaceChildren(body);
}
const check = () => guardUnusable(m.host, m.root);
const anyway = () => m.container.querySelector<HTMLButtonElement>('[data-action="submit-anyway"]')!;

beforeEach(() => {
  document.body.innerHTML = '<main><form><button id="go">Simpan</button></form></main>';
  m = mountHost(document, '', 'panel', true);
  renderGuard();
  layout = fakeLayout();
});
afterEach(() => {
  layout.restore();
  document.querySelectorAll('pemandu-tte, style[data-test], dialog').forEach((e) => e.remove());
  document.documentElement.removeAttribute('inert');
  document.body.innerHTML = '';
});

function pageCss(css: string) {
  const s = document.createElement('style');
  s.setAttribute('data-test', '');
  s.textContent = css;
  document.head.append(s);
}

describe('guardUnusable', () => {
  it('lets the guard hold when the panel is connected, visible, on top and has its button', () => {
    expect(check()).toBeNull();
  });

  it('not while our host is detached (the page removed it)', () => {
    m.host.remove();
    expect(check()).toBe('detached');
  });

  it('not before the guard is rendered, or when rendering left no "Tetap lanjutkan"', () => {
    renderGuard(false);
    expect(check()).toBe('not-rendered');
    m.container.replaceChildren();
    expect(check()).toBe('not-rendered');
  });

  it('not under inert (the page made everything else inert)', () => {
    document.documentElement.setAttribute('inert', '');
    expect(check()).toBe('inert');
  });

  it('not while a modal dialog outside our host is open; again once it closes', () => {
    fakeModalSelector();
    const dialog = document.createElement('dialog');
    dialog.append(document.createElement('button'));
    document.body.append(dialog);
    dialog.showModal();
    expect(check()).toBe('modal');
    dialog.close();
    expect(check()).toBeNull();
  });

  it('a dialog opened without showModal() does not block', () => {
    fakeModalSelector();
    const dialog = document.createElement('dialog');
    document.body.append(dialog);
    dialog.show();
    expect(check()).toBeNull();
  });

  it('where :modal is not understood, any open dialog outside counts as modal (unsure: let it through)', () => {
    const qsa = document.querySelectorAll;
    vi.spyOn(document, 'querySelectorAll').mockImplementation(function (this: Document, sel: string) {
      if (sel === ':modal') throw new SyntaxError('unknown pseudo-class');
      return qsa.call(this, sel);
    } as typeof qsa);
    const dialog = document.createElement('dialog');
    document.body.append(dialog);
    dialog.show();
    expect(check()).toBe('modal');
  });

  it.each([
    ['display: none', 'pemandu-tte { display: none !important; }'],
    ['visibility: hidden', 'pemandu-tte { visibility: hidden !important; }'],
    ['opacity: 0', 'pemandu-tte { opacity: 0 !important; }'],
    ['pointer-events: none', 'pemandu-tte { pointer-events: none !important; }'],
  ])('not when page CSS hides our host (%s)', (_, css) => {
    pageCss(css);
    expect(check()).toBe('hidden');
  });

  it('our own fade-in (opacity inside the shadow root) does not count; only what the page does to our host', () => {
    (m.container.firstElementChild as HTMLElement).style.opacity = '0';
    expect(check()).toBeNull();
    (m.host as HTMLElement).style.opacity = '0.05';
    expect(check()).toBe('hidden');
  });

  it('not when our button has no size (collapsed away)', () => {
    layout.restore();
    layout = fakeLayout({ width: 0, height: 0 });
    expect(check()).toBe('hidden');
  });

  it('not when the panel sits off-screen', () => {
    layout.restore();
    layout = fakeLayout({ x: -2000 });
    expect(check()).toBe('off-screen');
    layout.restore();
    layout = fakeLayout({ y: window.innerHeight + 10 });
    expect(check()).toBe('off-screen');
  });

  it('not when something of the page covers the button', () => {
    const cover = document.createElement('div');
    document.body.append(cover);
    layout.pageHit(cover);
    expect(check()).toBe('covered');
  });

  it('not when the browser cannot say what is on top (no hit test)', () => {
    layout.pageHit(null);
    expect(check()).toBe('covered');
  });

  it('not when the button is disabled', () => {
    anyway().disabled = true;
    expect(check()).toBe('inert');
  });

  it('not when measuring throws', () => {
    vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(() => {
      throw new Error('hostile page');
    });
    expect(check()).toBe('unknown');
  });

  it('without any layout (an engine that cannot measure) it says no, so nothing is ever trapped', () => {
    layout.restore();
    vi.restoreAllMocks();
    expect(check()).not.toBeNull();
  });

  it('scrolls only our own panel body to bring the button into view', () => {
    const body = m.container.firstElementChild as HTMLElement;
    Object.defineProperty(body, 'scrollHeight', { configurable: true, value: 800 });
    Object.defineProperty(body, 'clientHeight', { configurable: true, value: 200 });
    const page = vi.spyOn(window, 'scrollTo');
    // The body's box ends above the button: scrolled down by the difference.
    const bodyRect = { x: 900, y: 100, width: 340, height: 200, left: 900, top: 100, right: 1240, bottom: 300 } as DOMRect;
    Object.defineProperty(body, 'getBoundingClientRect', { configurable: true, value: () => bodyRect });
    body.scrollTop = 0;
    expect(check()).toBeNull();
    expect(body.scrollTop).toBe(536 - 300);
    expect(page).not.toHaveBeenCalled();
  });
});
