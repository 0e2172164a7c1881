/**
 * Collect, then decide: turns the live page into a plain snapshot of what the user can see, so
 * detection and field matching are pure functions over data. Reads attributes and visible text
 * only; never an input's value.
 */
import { norm } from './text';

export const HOST_TAG = 'pemandu-tte';

export interface ControlInfo {
  /** Everything that names the control for a human or a script: label, aria, placeholder, name, id. */
  labels: string[];
  names: string[];
  placeholders: string[];
  type: string;
}

export interface Snapshot {
  /** Visible text, normalised (lower case), joined with " | " between blocks. */
  text: string;
  /** Visible text with its original case, for reading codes such as `Status: ACTIVE`. */
  rawText: string;
  buttons: string[];
  controls: ControlInfo[];
}

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'CANVAS', 'IFRAME', 'OPTION']);
const MAX_TEXT = 60_000;
const MAX_CONTROLS = 200;
const BUTTON_SELECTOR = 'button, [role="button"], input[type="submit"], input[type="button"], a';
const CONTROL_SELECTOR = 'input:not([type="hidden"]), textarea, select';

/**
 * Visibility: attributes first (hidden, aria-hidden, closed dialogs; cached per element), then the
 * browser's own checkVisibility() where it exists (one native call, no style object per element),
 * else computed display/visibility up the tree.
 */
export function createVisibility(win: Window = window): (el: Element | null) => boolean {
  const attrCache = new Map<Element, boolean>();
  const styleCache = new Map<Element, boolean>();
  const attrVisible = (el: Element | null): boolean => {
    if (!el || el.nodeType !== 1) return true;
    const hit = attrCache.get(el);
    if (hit !== undefined) return hit;
    const v =
      !el.hasAttribute('hidden') &&
      el.getAttribute('aria-hidden') !== 'true' &&
      el.localName !== HOST_TAG &&
      !(el.localName === 'dialog' && !el.hasAttribute('open')) &&
      attrVisible(el.parentElement);
    attrCache.set(el, v);
    return v;
  };
  const styleVisible = (el: Element | null): boolean => {
    if (!el || el.nodeType !== 1) return true;
    const hit = styleCache.get(el);
    if (hit !== undefined) return hit;
    let v: boolean;
    if (typeof el.checkVisibility === 'function') v = el.checkVisibility({ visibilityProperty: true });
    else {
      const cs = win.getComputedStyle(el);
      v = cs.display !== 'none' && cs.visibility !== 'hidden' && cs.contentVisibility !== 'hidden' && styleVisible(el.parentElement);
    }
    styleCache.set(el, v);
    return v;
  };
  return (el) => attrVisible(el) && styleVisible(el);
}

function elementText(doc: Document, id: string): string {
  return doc.getElementById(id)?.textContent?.trim() ?? '';
}

/** The human-facing names of a form control, from the most to the least reliable source. */
export function describeControl(el: Element, doc: Document = el.ownerDocument): ControlInfo {
  const labels: string[] = [];
  const input = el as HTMLInputElement;
  for (const l of Array.from(input.labels ?? [])) {
    const t = l.textContent?.trim();
    if (t) labels.push(t);
  }
  const aria = el.getAttribute('aria-label');
  if (aria) labels.push(aria);
  const by = el.getAttribute('aria-labelledby');
  if (by) for (const id of by.split(/\s+/)) labels.push(elementText(doc, id));
  if (labels.length === 0) {
    // Frameworks often render <div><span>NIK</span><input></div> with no <label> at all.
    let prev = el.previousElementSibling;
    for (let i = 0; prev && i < 2; i++, prev = prev.previousElementSibling) {
      const t = prev.textContent?.trim();
      if (t && t.length <= 80) {
        labels.push(t);
        break;
      }
    }
    const parentLabel = el.parentElement?.closest('label');
    if (parentLabel?.textContent) labels.push(parentLabel.textContent.trim());
  }
  const title = el.getAttribute('title');
  if (title) labels.push(title);
  const names = [el.getAttribute('name'), el.id, el.getAttribute('autocomplete')].filter((x): x is string => !!x);
  const placeholder = el.getAttribute('placeholder');
  return {
    labels: labels.filter(Boolean).map((l) => l.slice(0, 200)),
    names,
    placeholders: placeholder ? [placeholder] : [],
    type: (el.getAttribute('type') ?? el.localName).toLowerCase(),
  };
}

export function buttonText(el: Element): string {
  const t = el.localName === 'input' ? (el as HTMLInputElement).value : el.textContent;
  return (t || el.getAttribute('aria-label') || '').replace(/\s+/g, ' ').trim().slice(0, 120);
}

export function takeSnapshot(doc: Document = document): Snapshot {
  const root: Element = doc.body ?? doc.documentElement;
  const visible = createVisibility(doc.defaultView ?? window);
  const parts: string[] = [];
  let size = 0;
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode(node) {
      if (node.nodeType === 1) {
        const el = node as Element;
        if (SKIP.has(el.tagName.toUpperCase()) || el.localName === HOST_TAG) return NodeFilter.FILTER_REJECT;
        return NodeFilter.FILTER_SKIP;
      }
      return NodeFilter.FILTER_ACCEPT;
    },
  });
  for (let n = walker.nextNode(); n && size < MAX_TEXT; n = walker.nextNode()) {
    const t = n.nodeValue?.trim();
    if (!t || !visible(n.parentElement)) continue;
    parts.push(t);
    size += t.length + 1;
  }
  const rawText = parts.join(' ').replace(/\s+/g, ' ');

  const buttons: string[] = [];
  for (const b of Array.from(root.querySelectorAll(BUTTON_SELECTOR))) {
    if (buttons.length >= MAX_CONTROLS) break;
    if (!visible(b)) continue;
    const t = buttonText(b);
    if (t) buttons.push(t);
  }
  const controls: ControlInfo[] = [];
  for (const c of Array.from(root.querySelectorAll(CONTROL_SELECTOR))) {
    if (controls.length >= MAX_CONTROLS) break;
    if (visible(c)) controls.push(describeControl(c, doc));
  }
  return { text: norm(parts.join(' | ')), rawText, buttons, controls };
}
