/**
 * happy-dom has no layout: every box is 0×0 and hit tests find nothing, so the submit guard (which
 * holds a click only when "Tetap lanjutkan" is visibly there to click) would never hold. This gives
 * the page the layout a browser would: every element a box in the viewport, and the panel's button
 * on top at its own centre. Tests of each guard mechanism then take one piece of it away.
 */
import { vi } from 'vitest';

export const BOX = { x: 900, y: 500, width: 140, height: 36 };

export function fakeLayout(box: Partial<typeof BOX> = {}) {
  const b = { ...BOX, ...box };
  const rect = { ...b, left: b.x, top: b.y, right: b.x + b.width, bottom: b.y + b.height, toJSON: () => b };
  vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(() => rect as DOMRect);
  // Our host is the one with a shadow root (a page's element of the same name has none).
  const host = () => Array.from(document.querySelectorAll('pemandu-tte')).find((e) => e.shadowRoot) ?? null;
  const efp = vi.spyOn(document, 'elementFromPoint').mockImplementation(() => host());
  const shadowHit = (root: ShadowRoot) => root.querySelector('[data-action="submit-anyway"]');
  Object.defineProperty(ShadowRoot.prototype, 'elementFromPoint', {
    configurable: true,
    value(this: ShadowRoot) {
      return shadowHit(this);
    },
  });
  return {
    rect,
    /** What a click at the panel's button would hit in the page (a page overlay, a modal's backdrop …). */
    pageHit: (el: Element | null) => efp.mockImplementation(() => el),
    restore() {
      delete (ShadowRoot.prototype as { elementFromPoint?: unknown }).elementFromPoint;
    },
  };
}

/** happy-dom does not match `:modal`; a browser does for a dialog opened with showModal() until it closes. */
export function fakeModalSelector() {
  const modal = new Set<Element>();
  const showModal = HTMLDialogElement.prototype.showModal;
  const close = HTMLDialogElement.prototype.close;
  vi.spyOn(HTMLDialogElement.prototype, 'showModal').mockImplementation(function (this: HTMLDialogElement) {
    showModal.call(this);
    modal.add(this);
  });
  vi.spyOn(HTMLDialogElement.prototype, 'close').mockImplementation(function (this: HTMLDialogElement, v?: string) {
    close.call(this, v);
    modal.delete(this);
  });
  const qsa = document.querySelectorAll;
  vi.spyOn(document, 'querySelectorAll').mockImplementation(function (this: Document, sel: string) {
    if (sel === ':modal') return [...modal].filter((d) => d.isConnected && (d as HTMLDialogElement).open) as unknown as NodeListOf<Element>;
    return qsa.call(this, sel);
  } as typeof qsa);
}
