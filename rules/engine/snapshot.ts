/**
 * Collect, then decide: turns the live page into a plain snapshot of what the user can see, so
 * detection and field matching are pure functions over data. Reads attributes and visible text
 * only; never an input's value.
 */
import { norm } from './text';

/** The tag of the overlay's host. Naming only: the extension knows its own host by reference, and any element the page names so is the page's. */
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
  /** The ids of the page's visible forms (Keycloak's `kc-form-login`): software's own names, not its wording. */
  forms?: string[];
  /** A visible element says the page is busy (aria-busy, an indeterminate progress bar): see loading.ts. */
  busy?: boolean;
}

/** Not read as page text: code, embedded documents, option lists, and TEXTAREA (its text can be what the user typed). */
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'CANVAS', 'IFRAME', 'OPTION', 'TEXTAREA']);
const MAX_TEXT = 60_000;
const MAX_CONTROLS = 200;
const BUTTON_SELECTOR = 'button, [role="button"], input[type="submit"], input[type="button"], a';

/**
 * Visibility: attributes first (hidden, aria-hidden, closed dialogs; cached per element), then the
 * browser's own checkVisibility() where it exists (one native call, no style object per element),
 * else computed display/visibility up the tree.
 */
export function createVisibility(win: Window = window, own?: Element): (el: Element | null) => boolean {
  const attrCache = new Map<Element, boolean>();
  const styleCache = new Map<Element, boolean>();
  const attrVisible = (el: Element | null): boolean => {
    if (!el || el.nodeType !== 1) return true;
    const hit = attrCache.get(el);
    if (hit !== undefined) return hit;
    const v =
      !el.hasAttribute('hidden') &&
      el.getAttribute('aria-hidden') !== 'true' &&
      el !== own &&
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

/** Form controls a user fills in (also the controls the content script reads). */
export const CONTROL_SELECTOR = 'input:not([type="hidden"]), textarea, select';
/** Controls that hold their own label-worthy data; a neighbour of this kind ends the label search. */
export const DATA_CONTROL =
  'input:not([type="hidden"]):not([type="submit"]):not([type="button"]):not([type="reset"]):not([type="image"]), textarea, select';
export const TEXT_SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'canvas', 'iframe', 'option', 'select', 'textarea', 'button']);
/** Label search: ancestor levels climbed, neighbours looked at per level, longest text taken as a label. */
const LABEL_LEVELS = 4;
const LABEL_SIBLINGS = 6;
const LABEL_MAX = 80;
/** Where a field's label can no longer be: the form or group itself, or the page. */
export const LABEL_STOP = new Set(['form', 'fieldset', 'body', 'html', 'dialog', 'table', 'tr', 'ul', 'ol']);
const HEADING = /^h[1-6]$/;
/** Input-group addons: "+62", "Rp", "@", "kg", "https://", "@pns.go.id", "/ bulan". */
export const ADDON = /^(?:[^\p{L}]*|rp\.?|idr|usd|kg|cm|mm|m|km|gr?|https?:\/\/|www\.?|[@./].*)$/iu;
/** Help text under or beside a label: "16 digit nomor KTP", "Contoh: 0812…", "(opsional)", "Maks. 50 karakter". */
const HELP = /^(?:\(|contoh\b|cth\b|mis(?:al|alnya)?\b|format\b|e\.g\.|example\b|maks(?:imal|imum)?\b|min(?:imal|imum)?\b|opsional\b|optional\b|wajib diisi\b|harus\b|\d+\s*(?:digit|karakter|angka|huruf|characters?)\b)/i;

/** Text of a node as a person reads it: text nodes joined by spaces, skipping scripts, option lists
 * and hidden parts; stops once past `max` characters. Attributes only, never computed style. */
export function readText(node: Node, max = 200): string {
  const out: string[] = [];
  let size = 0;
  const walk = (n: Node): void => {
    if (size > max) return;
    if (n.nodeType === 3) {
      const t = n.nodeValue?.trim();
      if (t) {
        out.push(t);
        size += t.length + 1;
      }
      return;
    }
    if (n.nodeType !== 1) return;
    const el = n as Element;
    if (TEXT_SKIP.has(el.localName) || el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return;
    for (let c = el.firstChild; c && size <= max; c = c.nextSibling) walk(c);
  };
  if (node.nodeType === 1) for (let c = node.firstChild; c && size <= max; c = c.nextSibling) walk(c);
  else walk(node);
  return out.join(' ').replace(/\s+/g, ' ').trim();
}

function elementText(doc: Document, id: string): string {
  const el = doc.getElementById(id);
  return el ? readText(el) : '';
}

export const isControl = (el: Element): boolean => el.matches(DATA_CONTROL) || !!el.querySelector(DATA_CONTROL);

/** What one neighbour of a control says about its label. */
type Look = { label: string } | 'stop' | 'skip';

function lookAt(node: Node, control: Element, describedBy: ReadonlySet<string>): Look {
  if (node.nodeType === 3) {
    const t = readText(node);
    return t ? textLook(t) : 'skip';
  }
  if (node.nodeType !== 1) return 'skip';
  const el = node as Element;
  const tag = el.localName;
  if (el.hasAttribute('hidden')) return 'skip';
  if (isControl(el) || HEADING.test(tag) || el.getAttribute('role') === 'heading') return 'stop';
  if (TEXT_SKIP.has(tag) || el.getAttribute('aria-hidden') === 'true') return 'skip';
  if (el.id && describedBy.has(el.id)) return 'skip';
  // A label that names another control belongs to that control.
  const forId = tag === 'label' ? el.getAttribute('for') : null;
  if (forId && forId !== control.id && el.ownerDocument.getElementById(forId)) return 'stop';
  if (tag === 'label' || tag === 'legend') {
    const t = readText(el);
    return t && t.length <= LABEL_MAX * 1.5 && !HELP.test(t) ? { label: t } : 'skip';
  }
  if (tag === 'small') return 'skip';
  const t = readText(el, LABEL_MAX * 2);
  if (!t) return 'skip';
  // A column that holds the label: <div class="col-3"><label>NIP / NRP</label></div>.
  const inner = el.querySelector('label, legend');
  if (inner && t.length <= LABEL_MAX) {
    const innerFor = inner.getAttribute('for');
    if (innerFor && innerFor !== control.id && el.ownerDocument.getElementById(innerFor)) return 'stop';
    const it = readText(inner);
    if (it && !HELP.test(it)) return { label: it };
  }
  return textLook(t);
}

function textLook(t: string): Look {
  if (t.length > LABEL_MAX || ADDON.test(t) || HELP.test(t)) return 'skip';
  // A sentence ("Isi sesuai KTP Anda.") is help, not a name.
  if (/[.!?]$/.test(t) && t.split(' ').length >= 4) return 'skip';
  return { label: t };
}

/**
 * The label of a control that has no label[for], wrapping label or aria: the nearest label-like
 * text before it, in its own container or up to LABEL_LEVELS containers up. Stops at a form,
 * fieldset, heading, or a container that holds another control (its text belongs to that control).
 */
function implicitLabel(el: Element): string | null {
  const describedBy = new Set((el.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean));
  let node: Element = el;
  for (let level = 0; level <= LABEL_LEVELS; level++) {
    let seen = 0;
    for (let prev = node.previousSibling; prev && seen < LABEL_SIBLINGS; prev = prev.previousSibling) {
      const look = lookAt(prev, el, describedBy);
      if (look === 'stop') return null;
      if (look !== 'skip') return look.label;
      if (prev.nodeType === 1 || prev.nodeValue?.trim()) seen++;
    }
    if (seen >= LABEL_SIBLINGS) return null;
    const parent = node.parentElement;
    if (!parent || LABEL_STOP.has(parent.localName)) return null;
    // A container with another control after this one is that group's, not this field's.
    let after = 0;
    for (let next = node.nextElementSibling; next; next = next.nextElementSibling) {
      if (++after > LABEL_SIBLINGS * 2 || (!next.hasAttribute('hidden') && isControl(next))) return null;
    }
    node = parent;
  }
  return null;
}

/**
 * The labels of a form control, from the most to the least reliable source: label[for] or a
 * wrapping label, aria-labelledby, aria-label; else the nearest label-like text before it (see
 * implicitLabel). The one implementation for the snapshot and the content script's field lookup.
 */
export function controlLabels(el: Element, doc: Document = el.ownerDocument): string[] {
  const labels: string[] = [];
  const push = (t: string | null | undefined) => {
    const v = t?.replace(/\s+/g, ' ').trim();
    if (v && !labels.includes(v)) labels.push(v.slice(0, 200));
  };
  try {
    const own = (el as HTMLInputElement).labels;
    if (own) for (const l of Array.from(own)) push(readText(l));
    else if (el.id) {
      // No .labels (an element that is not labelable by the browser's rules): look them up.
      for (const l of Array.from(doc.querySelectorAll('label[for]'))) if (l.getAttribute('for') === el.id) push(readText(l));
    }
    // A label wrapping several controls labels only the first one for the browser.
    const wrap = labels.length === 0 ? el.parentElement?.closest('label') : null;
    if (wrap) push(readText(wrap));
    const by = el.getAttribute('aria-labelledby');
    if (by) for (const id of by.split(/\s+/)) if (id) push(elementText(doc, id));
    push(el.getAttribute('aria-label'));
    if (labels.length === 0) push(implicitLabel(el));
  } catch {
    // A hostile or half-built DOM: whatever was found so far.
  }
  return labels;
}

/** The human-facing names of a form control: labels (see controlLabels), name, id, placeholder. */
export function describeControl(el: Element, doc: Document = el.ownerDocument): ControlInfo {
  const labels = controlLabels(el, doc);
  const title = el.getAttribute('title');
  if (title) labels.push(title.slice(0, 200));
  const names = [el.getAttribute('name'), el.id, el.getAttribute('autocomplete')].filter((x): x is string => !!x);
  const placeholder = el.getAttribute('placeholder');
  return {
    labels,
    names,
    placeholders: placeholder ? [placeholder] : [],
    type: (el.getAttribute('type') ?? el.localName).toLowerCase(),
  };
}

export function buttonText(el: Element): string {
  const t = el.localName === 'input' ? (el as HTMLInputElement).value : el.textContent;
  return (t || el.getAttribute('aria-label') || '').replace(/\s+/g, ' ').trim().slice(0, 120);
}

/** `own`: the overlay's host (by reference), never read as the page's. */
export function takeSnapshot(doc: Document = document, own?: Element): Snapshot {
  const root: Element = doc.body ?? doc.documentElement;
  const visible = createVisibility(doc.defaultView ?? window, own);
  const parts: string[] = [];
  let size = 0;
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode(node) {
      if (node.nodeType === 1) {
        const el = node as Element;
        if (SKIP.has(el.tagName.toUpperCase()) || el === own) return NodeFilter.FILTER_REJECT;
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
  const forms: string[] = [];
  for (const f of Array.from(root.querySelectorAll('form[id]'))) if (forms.length < 20 && visible(f)) forms.push(f.id);
  return { text: norm(parts.join(' | ')), rawText, buttons, controls, forms, busy: showsBusy(root, visible) };
}

/** Loading signs by role, not by look: aria-busy="true", a progress bar with no value (spinners). */
const BUSY = '[aria-busy="true"], [role="progressbar"]:not([aria-valuenow]), progress:not([value])';

function showsBusy(root: Element, visible: (el: Element | null) => boolean): boolean {
  if (root.matches(BUSY) && visible(root)) return true;
  return Array.from(root.querySelectorAll(BUSY)).some((el) => visible(el));
}
