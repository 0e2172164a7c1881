/** Starts the content script's Controller on a happy-dom page, with a stand-in WXT context. */
import { vi } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import css from '../../../components/panel.css?inline';
import { Controller } from '../../../entrypoints/content/controller';

let cleanups: Array<() => void> = [];

export function startController(url: string, html: string, opts: { collapsed?: boolean | null } = {}): Controller {
  (window as unknown as { happyDOM: { setURL(u: string): void } }).happyDOM.setURL(url);
  document.body.innerHTML = html;
  const ctx = {
    addEventListener(target: EventTarget, type: string, handler: EventListener, options?: AddEventListenerOptions) {
      target.addEventListener(type, handler, options);
      cleanups.push(() => target.removeEventListener(type, handler, options));
    },
    isInvalid: false,
    onInvalidated: (fn: () => void) => cleanups.push(fn),
  } as unknown as ContentScriptContext;
  const c = new Controller(ctx, document, {
    css,
    settings: { locale: 'id', collapsed: opts.collapsed ?? false, agencyId: 'magelang' },
    saveCollapsed: vi.fn(),
    saveLocale: vi.fn(),
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
