/**
 * What the page shows in a box right in front of a form control: an input-group addon such as
 * `<span>+62</span><input>`. The label reader (snapshot.ts) skips such boxes; the phone check needs
 * them, because "812…" after a "+62" box is a whole number. Page text only, never a value.
 */
import { ADDON, DATA_CONTROL, isControl, LABEL_STOP, readText, TEXT_SKIP } from './snapshot';

/** An addon box is short: "+62", "(+62)", "🇮🇩 +62", "Rp", "@". */
const PREFIX_MAX = 16;
/** Wrapper levels climbed to find a box in front of an input that sits alone in its wrapper. */
const PREFIX_LEVELS = 2;

/**
 * The text of the box in front of a control, recognised as the label reader recognises addons
 * (ADDON). Undefined when nothing is in front, or what is in front is a label, a sentence or
 * another control. Climbs out of a wrapper only while the control is alone in it.
 */
export function controlPrefix(el: Element): string | undefined {
  try {
    let node: Element = el;
    for (let level = 0; level <= PREFIX_LEVELS; level++) {
      for (let prev = node.previousSibling; prev; prev = prev.previousSibling) {
        if (prev.nodeType === 1) {
          const p = prev as Element;
          if (p.hasAttribute('hidden') || TEXT_SKIP.has(p.localName)) continue;
          if (isControl(p)) return undefined;
        } else if (prev.nodeType !== 3) continue;
        const t = readText(prev, PREFIX_MAX * 2);
        // An empty element (an icon) is not what the user reads; look further back.
        if (!t) continue;
        return t.length <= PREFIX_MAX && ADDON.test(t) ? t : undefined;
      }
      // Nothing in front inside this wrapper: the box may be in front of the wrapper itself.
      const parent = node.parentElement;
      if (!parent || LABEL_STOP.has(parent.localName) || parent.localName === 'label') return undefined;
      if (parent.querySelectorAll(DATA_CONTROL).length > 1) return undefined;
      node = parent;
    }
  } catch {
    // A hostile or half-built DOM: no box.
  }
  return undefined;
}

