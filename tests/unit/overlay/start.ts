/** Starts the content script's Controller on a happy-dom page, with a stand-in WXT context. */
import { vi } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { ALL_KIT as kit, ALL_PARTS as parts } from '../../fixtures/kit';
import { Controller } from '../../../platform/content/controller';
import { magelang } from '../../../rules/agencies/magelang';

let cleanups: Array<() => void> = [];

/**
 * A stand-in for WXT's ContentScriptContext: listeners through it are removed, and its
 * onInvalidated callbacks run, when `invalidate` is called (the extension went away).
 */
export function fakeCtx(): { ctx: ContentScriptContext; invalidate: () => void } {
  const registered: Array<() => void> = [];
  const ctx = {
    addEventListener(target: EventTarget, type: string, handler: EventListener, options?: AddEventListenerOptions) {
      target.addEventListener(type, handler, options);
      registered.push(() => target.removeEventListener(type, handler, options));
    },
    setTimeout: (fn: () => void, ms: number) => window.setTimeout(fn, ms),
    isInvalid: false,
    onInvalidated: (fn: () => void) => registered.push(fn),
  };
  return { ctx: ctx as unknown as ContentScriptContext, invalidate: () => registered.splice(0).forEach((f) => f()) };
}

export function startController(url: string, html: string, opts: { collapsed?: boolean | null } = {}): Controller {
  (window as unknown as { happyDOM: { setURL(u: string): void } }).happyDOM.setURL(url);
  document.body.innerHTML = html;
  const { ctx, invalidate } = fakeCtx();
  cleanups.push(invalidate);
  const c = new Controller(ctx, document, {
    kit,
    parts,
    settings: { locale: 'id', collapsed: opts.collapsed ?? false, agency: magelang },
    saveCollapsed: vi.fn(),
    saveLocale: vi.fn(),
    // happy-dom makes no trusted event: its clicks stand for a person's.
    isPerson: () => true,
    // Typing is judged at once here; after the next paint in a browser (controller-typing.test.ts).
    afterPaint: (fn) => fn(),
  });
  c.start();
  return c;
}

/** Invalidates the context (the controller stops) and empties the page. */
export function stopController(): void {
  cleanups.splice(0).forEach((f) => f());
  cleanups = [];
  document.body.innerHTML = '';
  document.querySelectorAll('pemandu-tte, dialog').forEach((e) => e.remove());
}

export const shadow = () => document.querySelector('pemandu-tte')?.shadowRoot ?? null;

export function typeInto(el: HTMLInputElement | HTMLTextAreaElement, value: string) {
  el.value = value;
  el.dispatchEvent(new Event('input', { bubbles: true }));
}
