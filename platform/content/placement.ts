/**
 * Where the overlay may sit without covering the page's own controls. Pure geometry over the
 * rectangles of the page's visible interactive elements, so it is unit-tested without a browser.
 * Not UI: it lives beside its only user, the content script's dock (dock.ts).
 */
export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}
export interface Size {
  w: number;
  h: number;
}
export type Side = 'right' | 'left';
export interface Slot {
  side: Side;
  top: number;
  /** Height available in this slot (the panel's max-height). */
  height: number;
}

export const MARGIN = 12;

function intersects(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

/**
 * The tallest free vertical run in a strip of `width` along one side of the viewport.
 * Obstacles that do not cross the strip are ignored.
 */
function freeRuns(viewport: Size, obstacles: readonly Rect[], side: Side, width: number): Array<{ top: number; height: number }> {
  const x = side === 'right' ? viewport.w - width - MARGIN : MARGIN;
  const strip: Rect = { x: x - 4, y: 0, w: width + 8, h: viewport.h };
  const blocks = obstacles
    .filter((o) => intersects(o, strip))
    .map((o) => [Math.max(0, o.y - 4), Math.min(viewport.h, o.y + o.h + 4)] as const)
    .sort((a, b) => a[0] - b[0]);
  const runs: Array<{ top: number; height: number }> = [];
  let cursor = MARGIN;
  for (const [start, end] of blocks) {
    if (start > cursor) runs.push({ top: cursor, height: start - cursor });
    cursor = Math.max(cursor, end);
  }
  const bottom = viewport.h - MARGIN;
  if (bottom > cursor) runs.push({ top: cursor, height: bottom - cursor });
  return runs;
}

/**
 * A slot for a box of `width` and at least `minHeight`, preferring `prefer`'s side and the run
 * nearest the bottom (where the overlay usually docks). null: nowhere is free.
 */
export function findSlot(viewport: Size, obstacles: readonly Rect[], width: number, minHeight: number, prefer: Side = 'right'): Slot | null {
  const sides: Side[] = prefer === 'right' ? ['right', 'left'] : ['left', 'right'];
  for (const side of sides) {
    const runs = freeRuns(viewport, obstacles, side, width).filter((r) => r.height >= minHeight);
    if (runs.length === 0) continue;
    // The lowest run that fits keeps the overlay docked near a bottom corner.
    const run = runs[runs.length - 1]!;
    return { side, top: run.top, height: run.height };
  }
  return null;
}

/** Does a box at this slot, of this height, cover any obstacle? (Used by tests and the e2e check.) */
export function covers(box: Rect, obstacles: readonly Rect[]): Rect[] {
  return obstacles.filter((o) => intersects(box, o));
}
