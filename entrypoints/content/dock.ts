/**
 * Docks the overlay where it covers none of the page's own controls: a free strip along the right
 * (or left) edge, measured from the controls' rectangles; a bottom sheet on a phone when the user
 * opened the panel and nothing is free.
 */
import { findSlot, MARGIN, type Rect } from '../../components/placement';

const OBSTACLES = 'a[href], button, input:not([type="hidden"]), select, textarea, summary, [role="button"], [role="link"], [role="tab"], [contenteditable="true"]';
const PANEL_W = 340;
const PANEL_MIN_H = 240;
export const NARROW = 600;

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

export function dock(root: HTMLElement, doc: Document): void {
  const win = doc.defaultView;
  if (!win) return;
  const viewport = { w: win.innerWidth, h: win.innerHeight };
  const collapsed = root.dataset.collapsed === 'true';
  const width = collapsed ? root.offsetWidth || 64 : Math.min(PANEL_W, viewport.w - 2 * MARGIN);
  const minHeight = collapsed ? root.offsetHeight || 48 : PANEL_MIN_H;
  const slot = findSlot(viewport, pageObstacles(doc, viewport), width, minHeight, root.dataset.side === 'left' ? 'left' : 'right');
  const panel = root.querySelector<HTMLElement>('.pt-panel');
  root.removeAttribute('data-sheet');
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
  }
  // Otherwise nowhere is free: the default corner; the panel scrolls and can be collapsed.
}
