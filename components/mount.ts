/**
 * The <pemandu-tte> host: an open shadow root so page CSS cannot reach the overlay. Styles go in
 * through a constructed stylesheet, which a page's `style-src` CSP does not block; a <style>
 * element is the fallback where adopting fails.
 */
import { HOST_TAG } from '../rules/engine/snapshot';

export interface Mounted {
  host: HTMLElement;
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

export function mountHost(doc: Document, css: string, role: string): Mounted {
  const host = doc.createElement(HOST_TAG);
  host.setAttribute('data-role', role);
  const shadow = host.attachShadow({ mode: 'open' });
  applyStyles(doc, shadow, css);
  const container = doc.createElement('div');
  shadow.append(container);
  // On <html>, not <body>: pages that replace their whole body keep the overlay.
  doc.documentElement.append(host);
  return { host, container };
}

/** Hosts left by an earlier instance (extension reloaded or updated while the page was open). */
export function removeStaleHosts(doc: Document): void {
  for (const el of Array.from(doc.querySelectorAll(HOST_TAG))) el.remove();
}
