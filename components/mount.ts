/**
 * The <pemandu-tte> host: a shadow root so page CSS cannot reach the overlay, closed in what ships
 * so the page's scripts (its analytics, a session recorder) cannot read it either; the e2e build
 * keeps it open for tests and tooling (platform/build.ts). The reference stays with whoever mounted
 * it. Styles go in through a constructed stylesheet, which a page's `style-src` CSP does not block;
 * a <style> element is the fallback where adopting fails.
 */
import { HOST_TAG } from '../rules/engine/snapshot';

export interface Mounted {
  host: HTMLElement;
  /** The host's shadow root: the only way in when it is closed. */
  root: ShadowRoot;
  container: HTMLElement;
}

function applyStyles(doc: Document, shadow: ShadowRoot, css: string): void {
  try {
    const Sheet = (doc.defaultView ?? window).CSSStyleSheet;
    const sheet = new Sheet();
    sheet.replaceSync(css);
    shadow.adoptedStyleSheets = [sheet];
    if (shadow.adoptedStyleSheets.length === 1) return;
  } catch {
    // Fall through to a <style> element.
  }
  const style = doc.createElement('style');
  style.textContent = css;
  shadow.prepend(style);
}

/** The mark inside a host's shadow root that says which extension made it (ownedHosts). */
const OWNER = 'data-owner';

/**
 * `open`: readable from outside (the e2e build and the helpdesk's own page); else closed. `owner`:
 * this extension's own URL, kept inside the shadow root, where the page cannot read it (closed), so
 * a later instance of this extension can tell its predecessor's host from the page's elements.
 */
export function mountHost(doc: Document, css: string, role: string, open: boolean, owner?: string): Mounted {
  const host = doc.createElement(HOST_TAG);
  if (open) host.setAttribute('data-role', role);
  const root = host.attachShadow({ mode: open ? 'open' : 'closed' });
  applyStyles(doc, root, css);
  if (owner) {
    const mark = doc.createElement('meta');
    mark.setAttribute(OWNER, owner);
    root.append(mark);
  }
  const container = doc.createElement('div');
  root.append(container);
  // On <html>, not <body>: pages that replace their whole body keep the overlay.
  doc.documentElement.append(host);
  return { host, root, container };
}

/** A shadow root whatever its mode, as an extension may read it (Firefox: on the element; Chrome: chrome.dom). */
type RootReader = (el: Element) => ShadowRoot | null;
const defaultReader: RootReader = (el) => {
  const firefox = (el as Element & { openOrClosedShadowRoot?: ShadowRoot | null }).openOrClosedShadowRoot;
  if (firefox !== undefined) return firefox;
  const chromeDom = (globalThis as { chrome?: { dom?: { openOrClosedShadowRoot?(e: Element): ShadowRoot | null } } }).chrome?.dom;
  return chromeDom?.openOrClosedShadowRoot?.(el) ?? el.shadowRoot;
};

/**
 * Hosts an earlier instance of this same extension left (it was unloaded by an update or a reload,
 * as Firefox does, before it could remove them): those whose shadow root holds this extension's
 * mark. Any other element named <pemandu-tte> is the page's and is left alone.
 */
export function ownedHosts(doc: Document, owner: string, read: RootReader = defaultReader): Element[] {
  return Array.from(doc.querySelectorAll(HOST_TAG)).filter((el) => {
    try {
      return read(el)?.querySelector(`meta[${OWNER}]`)?.getAttribute(OWNER) === owner;
    } catch {
      return false;
    }
  });
}
