/**
 * May the submit guard hold a click? Only when the way through it offers ("Tetap lanjutkan") is,
 * right now, there for the user to click: our host connected and not under `inert`, no open modal
 * dialog (or fullscreen element) outside it, the button rendered, visible (page CSS can reach our
 * host: display, visibility, opacity, size, transforms off-screen) and the topmost thing at its
 * own centre. Every check answers "not usable" when it cannot tell (an engine without an API, a
 * throw): then the click goes through, which is never a trap.
 */
import { revealInside } from './reveal';

export const ANYWAY = '[data-action="submit-anyway"]';
export const GUARD_SECTION = '[data-guard]';

/** Why the guard may not hold (for tests and debugging); null = it may. */
export type Unusable = 'detached' | 'not-rendered' | 'inert' | 'modal' | 'hidden' | 'off-screen' | 'covered' | 'unknown';

/** `root`: our host's shadow root (closed in what ships, so it is handed over, never read off the host). */
export function guardUnusable(host: Element | null | undefined, root: ShadowRoot | null | undefined): Unusable | null {
  try {
    const doc = host?.ownerDocument;
    const win = doc?.defaultView;
    if (!host || !root || !doc || !win || !host.isConnected) return 'detached';
    const anyway = root.querySelector<HTMLElement>(ANYWAY);
    if (!anyway || !anyway.isConnected || !root.querySelector(GUARD_SECTION)) return 'not-rendered';
    if (host.closest('[inert]') || anyway.closest('[inert]') || (anyway as HTMLButtonElement).disabled) return 'inert';
    if (blockedByModal(host, doc)) return 'modal';
    revealInside(anyway, root);
    if (!looksVisible(anyway, host, win)) return 'hidden';
    const r = anyway.getBoundingClientRect();
    const x = r.left + r.width / 2;
    const y = r.top + r.height / 2;
    if (!(x >= 0 && y >= 0 && x < win.innerWidth && y < win.innerHeight)) return 'off-screen';
    if (!onTop(anyway, host, root, doc, x, y)) return 'covered';
    return null;
  } catch {
    return 'unknown';
  }
}

/**
 * An open modal dialog or a fullscreen element that does not contain our host makes the host inert
 * or hides it. Where `:modal` is not understood, any open dialog outside the host counts as modal.
 */
function blockedByModal(host: Element, doc: Document): boolean {
  const outside = (el: Element | null | undefined) => !!el && el !== host && !el.contains(host);
  if (outside(doc.fullscreenElement)) return true;
  let modal: Element[];
  try {
    modal = Array.from(doc.querySelectorAll(':modal'));
  } catch {
    modal = Array.from(doc.querySelectorAll('dialog[open]'));
  }
  return modal.some(outside);
}

/**
 * Styles along the flat tree from the button up through our host: what page CSS can do to it.
 * Opacity counts from our host up only: inside, our own fade-in starts at 0 for a moment.
 */
function looksVisible(el: HTMLElement, host: Element, win: Window): boolean {
  type Checkable = Element & { checkVisibility?(o: object): boolean };
  const visible = (x: Element, o: object) => typeof (x as Checkable).checkVisibility !== 'function' || (x as Checkable).checkVisibility!(o);
  if (!visible(el, { visibilityProperty: true, contentVisibilityAuto: true }) || !visible(host, { opacityProperty: true })) return false;
  let opacity = 1;
  // visibility and pointer-events inherit: the nearest value along the chain is the one in force
  // (a browser already reports it on the button; an engine that does not compute it has '').
  let visibility = '';
  let pointer = '';
  let ours = true;
  for (let node: Element | null = el; node; node = parentInFlatTree(node, host)) {
    const cs = win.getComputedStyle(node);
    if (cs.display === 'none' || cs.contentVisibility === 'hidden') return false;
    if (node === host) ours = false;
    const o = parseFloat(cs.opacity);
    if (!ours && !Number.isNaN(o)) opacity *= o;
    visibility ||= cs.visibility;
    pointer ||= cs.pointerEvents;
  }
  if (visibility === 'hidden' || visibility === 'collapse' || pointer === 'none' || opacity < 0.1) return false;
  const r = el.getBoundingClientRect();
  return r.width >= 4 && r.height >= 4;
}

/** Up the flat tree: out of our shadow root to its host, then the host's light-DOM ancestors. */
function parentInFlatTree(node: Element, host: Element): Element | null {
  if (node.parentElement) return node.parentElement;
  const root = node.parentNode as ShadowRoot | null;
  return root && root.host === host ? host : null;
}

/** The button is what a click at its centre would hit: the page's hit test returns our host, ours the button. */
function onTop(el: HTMLElement, host: Element, root: ShadowRoot, doc: Document, x: number, y: number): boolean {
  if (typeof doc.elementFromPoint !== 'function') return false;
  if (doc.elementFromPoint(x, y) !== host) return false;
  const shadow = root as ShadowRoot & { elementFromPoint?(x: number, y: number): Element | null };
  if (typeof shadow.elementFromPoint !== 'function') return true;
  const hit = shadow.elementFromPoint(x, y);
  return !!hit && (hit === el || el.contains(hit));
}
