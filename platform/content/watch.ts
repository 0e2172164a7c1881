/**
 * What the content script listens to, all registered through WXT's ContentScriptContext (so an
 * orphaned script stops listening): one MutationObserver, navigation events, layout changes,
 * typing, and clicks / submits at the earliest point (capture on window, before the page's handlers).
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

const WATCHED_ATTRIBUTES = ['hidden', 'style', 'class', 'open', 'aria-hidden', 'aria-current', 'aria-busy', 'disabled'];

export interface PageEvents {
  /** The DOM changed (`records`: what changed), or (`navigation`) history / hash / Navigation API moved to another entry. */
  changed(navigation?: boolean, records?: readonly MutationRecord[]): void;
  /** Our host: its own attributes, and its being put into the page, are not page changes. */
  own(): Node | undefined;
  /** Re-dock the panel: now (resize) or on the next frame (scroll, keyboard; `focus`: the focused field changed). */
  place(): void;
  placeSoon(focus?: boolean): void;
  input(e: Event): void;
  click(e: Event): void;
  submit(e: SubmitEvent): void;
  /** A key or pointer was let go (the guard tells a new activation from a repeating one). */
  activationEnded(e: Event): void;
}

/**
 * The DOM observer: `watchContent(false)` keeps watching attributes only (readPolicy.ts); `stop()`
 * ends it. `followPanel()`: also what moves the panel (resize, scroll, focus), once there is one.
 */
export interface PageWatch {
  watchContent(on: boolean): void;
  followPanel(): void;
  stop(): void;
}

/**
 * A record of our own doing: our host's attributes, or our host put into the page. Its removal is
 * the page's doing, and a read puts it back (PanelHost.ensureAttached).
 */
function ours(r: MutationRecord, own: Node | undefined): boolean {
  if (!own) return false;
  if (r.target === own) return true;
  return r.type === 'childList' && r.removedNodes.length === 0 && r.addedNodes.length === 1 && r.addedNodes[0] === own;
}

/** Starts listening; returns the DOM observer's switch. */
export function watchPage(ctx: ContentScriptContext, doc: Document, events: PageEvents): PageWatch {
  const win = doc.defaultView!;
  const deliver = (records: MutationRecord[]) => {
    const own = events.own();
    if (records.some((r) => !ours(r, own))) events.changed(false, records);
  };
  const observer = new MutationObserver(deliver);
  const attributes = { subtree: true, attributes: true, attributeFilter: WATCHED_ATTRIBUTES };
  // Re-registered rather than observe() again with other options (which happy-dom does not honour);
  // records not yet delivered are handed on first, so nothing observed is lost.
  const watchContent = (on: boolean) => {
    const pending = observer.takeRecords();
    observer.disconnect();
    // The old value of edited text: a word that went can change the reading (changedText.ts).
    observer.observe(doc.documentElement, on ? { ...attributes, childList: true, characterData: true, characterDataOldValue: true } : attributes);
    if (pending.length) deliver(pending);
  };
  watchContent(true);
  const on = ctx.addEventListener.bind(ctx) as (target: EventTarget, type: string, fn: (e: Event) => void, options?: AddEventListenerOptions) => void;
  const nav = () => events.changed(true);
  on(win, 'popstate', nav);
  on(win, 'hashchange', nav);
  // Settling waits for the document's load (readPolicy.ts).
  if (doc.readyState !== 'complete') on(win, 'load', () => events.changed());
  const navigation = (win as Window & { navigation?: EventTarget }).navigation;
  if (navigation) on(navigation, 'currententrychange', nav);
  on(doc, 'input', (e) => events.input(e), { capture: true });
  on(doc, 'change', (e) => events.input(e), { capture: true });
  on(win, 'click', (e) => events.click(e), { capture: true });
  on(win, 'submit', (e) => events.submit(e as SubmitEvent), { capture: true });
  on(win, 'keyup', (e) => events.activationEnded(e), { capture: true, passive: true });
  on(win, 'pointerup', (e) => events.activationEnded(e), { capture: true, passive: true });
  let following = false;
  const followPanel = () => {
    if (following) return;
    following = true;
    on(win, 'resize', () => events.place(), { passive: true });
    on(win, 'scroll', () => events.placeSoon(), { passive: true, capture: true });
    // On a phone the open sheet keeps clear of the field being typed in (and of the keyboard).
    on(doc, 'focusin', () => events.placeSoon(true), { capture: true });
    on(doc, 'focusout', () => events.placeSoon(true), { capture: true });
    if (win.visualViewport) on(win.visualViewport, 'resize', () => events.placeSoon());
  };
  return { watchContent, followPanel, stop: () => observer.disconnect() };
}
