/**
 * Docks the overlay where it covers none of the page's own controls: a free strip along the right
 * (or left) edge, measured from the controls' rectangles; a bottom sheet on a phone when the user
 * opened the panel and nothing is free.
 */
import { findSlot, MARGIN, type Rect } from './placement';

const OBSTACLES = 'a[href], button, input:not([type="hidden"]), select, textarea, summary, [role="button"], [role="link"], [role="tab"], [contenteditable="true"]';
const PANEL_W = 340;
const PANEL_MIN_H = 240;
export const NARROW = 600;
/**
 * Below this height (a laptop zoomed to 200 % is 384 CSS px high) no strip beside the page's
 * controls fits the open panel, so it starts as the small TTE button, as on a phone.
 */
export const SHORT = 480;

/** A phone-sized window, where the panel starts folded. */
export function smallWindow(win: Window | null): boolean {
  return (win?.innerWidth ?? 1024) < NARROW || (win?.innerHeight ?? 768) < SHORT;
}

/** The viewport and the page's visible controls in it: what the overlay must keep clear of. */
export interface PageLayout {
  viewport: { w: number; h: number };
  obstacles: Rect[];
}

/**
 * Reads the page's controls' rectangles. Called before the panel is rendered (panelHost.ts): the
 * page's layout is then usually clean, so this forces no layout of the panel (measured:
 * reading them after the first render forced a layout of the new panel, ≈ 10 ms before first help).
 */
export function pageLayout(doc: Document): PageLayout | null {
  const win = doc.defaultView;
  if (!win) return null;
  const viewport = { w: win.innerWidth, h: win.innerHeight };
  return { viewport, obstacles: pageObstacles(doc, viewport) };
}

function pageObstacles(doc: Document, viewport: { w: number; h: number }): Rect[] {
  const out: Rect[] = [];
  for (const el of Array.from(doc.body?.querySelectorAll(OBSTACLES) ?? [])) {
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.height === 0 || r.bottom < 0 || r.top > viewport.h || r.right < 0 || r.left > viewport.w) continue;
    out.push({ x: r.left, y: r.top, w: r.width, h: r.height });
    if (out.length > 400) break;
  }
  return out;
}

const SIDES = ['top', 'bottom', 'left', 'right'] as const;

/** Focus is in our panel: the document's focused element is our own host (by reference, never by tag name). */
function focusInside(root: HTMLElement, doc: Document): boolean {
  const host = (root.getRootNode() as ShadowRoot).host;
  return !!host && doc.activeElement === host;
}

/** Docks `root` clear of the page's controls; `page`: read before this render, else read now. */
export function dock(root: HTMLElement, doc: Document, page: PageLayout | null = pageLayout(doc)): void {
  if (!page) return;
  const { viewport, obstacles } = page;
  const collapsed = root.dataset.collapsed === 'true';
  // Focus moved into the panel itself (a tap on its checklist or buttons): the sheet stays put.
  if (!collapsed && root.dataset.sheet === 'true' && focusInside(root, doc)) return;
  const width = collapsed ? root.offsetWidth || 64 : Math.min(PANEL_W, viewport.w - 2 * MARGIN);
  const minHeight = collapsed ? root.offsetHeight || 48 : PANEL_MIN_H;
  const slot = findSlot(viewport, obstacles, width, minHeight, root.dataset.side === 'left' ? 'left' : 'right');
  const panel = root.querySelector<HTMLElement>('.pt-panel');
  root.removeAttribute('data-sheet');
  root.removeAttribute('data-sheet-top');
  for (const p of SIDES) root.style.removeProperty(p);
  panel?.style.removeProperty('max-height');
  if (slot) {
    root.dataset.side = slot.side;
    root.style.setProperty('top', 'auto');
    root.style.setProperty('bottom', `${viewport.h - (slot.top + slot.height)}px`);
    root.style.setProperty(slot.side, `${MARGIN}px`);
    root.style.setProperty(slot.side === 'right' ? 'left' : 'right', 'auto');
    panel?.style.setProperty('max-height', `${Math.min(slot.height, 560)}px`);
  } else if (!collapsed && viewport.w < NARROW) {
    root.dataset.sheet = 'true';
    sheetAroundFocus(root, panel, doc);
  }
  // Otherwise nowhere is free: the default corner; the panel scrolls and can be collapsed.
}

const TYPING = 'input:not([type="hidden"]):not([type="checkbox"]):not([type="radio"]):not([type="button"]):not([type="submit"]), textarea, select, [contenteditable="true"]';
/** Less than this and the sheet would be useless: it stays where it is and can be folded away. */
const SHEET_MIN_H = 120;

/**
 * On a phone the open panel is a sheet across the bottom. While the user is typing in a page
 * field, the sheet moves to whichever side of that field has more room (above it or below it)
 * and stays out of the field, so the live checks stay in view next to what is being typed. The
 * visual viewport is used where there is one: the on-screen keyboard shrinks it, not innerHeight.
 */
function sheetAroundFocus(root: HTMLElement, panel: HTMLElement | null, doc: Document): void {
  const active = doc.activeElement;
  if (!panel || !active || focusInside(root, doc) || !active.matches(TYPING)) return;
  const vv = doc.defaultView?.visualViewport;
  const top = vv?.offsetTop ?? 0;
  const height = vv?.height ?? doc.defaultView!.innerHeight;
  const r = active.getBoundingClientRect();
  const above = r.top - top - 2 * MARGIN;
  const below = top + height - r.bottom - 2 * MARGIN;
  if (Math.max(above, below) < SHEET_MIN_H) return;
  if (above > below) {
    root.dataset.sheetTop = 'true';
    root.style.setProperty('top', `${top}px`);
    root.style.setProperty('bottom', 'auto');
    panel.style.setProperty('max-height', `${Math.floor(above)}px`);
  } else {
    root.style.setProperty('bottom', `${Math.max(0, doc.defaultView!.innerHeight - (top + height))}px`);
    panel.style.setProperty('max-height', `${Math.floor(below)}px`);
  }
}
