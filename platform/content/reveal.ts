/**
 * Scrolls our own scrolling boxes inside `root` (never the page) so that `el` is in view in each:
 * down until its bottom shows, but never so far that its top leaves the box.
 */
export function revealInside(el: HTMLElement, root: ParentNode): void {
  for (let box = el.parentElement; box && root.contains(box); box = box.parentElement) {
    if (box.scrollHeight <= box.clientHeight) continue;
    const r = el.getBoundingClientRect();
    const b = box.getBoundingClientRect();
    if (r.top < b.top) box.scrollTop -= b.top - r.top;
    else if (r.bottom > b.bottom) box.scrollTop += Math.min(r.bottom - b.bottom, r.top - b.top);
  }
}
