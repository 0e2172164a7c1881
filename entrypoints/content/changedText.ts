import { mayChangeReading } from '../../rules/engine/changeHint';

/**
 * For a known page, given the words its reading looks for (rules/engine/changeHint.ts hostWords): whether a batch of changes may alter what the page says (its
 * page, step, fields, status): it shows or hides something, puts in or takes out an element, or
 * text that appears or goes (edited text with its old value) holds one of the words or values the
 * reading looks for. Other batches pause the observer (idle.ts). One pass, returning at the
 * first yes: a busy page sends hundreds of batches a second, and each DOM read from the
 * extension's world costs.
 */
export function readingHint(words: readonly string[]): (records: readonly MutationRecord[], own: Node | undefined) => boolean {
  const texts: string[] = [];
  return (records, own) => {
    texts.length = 0;
    for (const r of records) {
      if (r.target === own) continue;
      if (r.type === 'attributes') return true;
      if (r.type === 'characterData') {
        texts.push(r.oldValue ?? '', text(r.target.parentNode ?? r.target));
        continue;
      }
      let textIn = false;
      for (let i = 0; i < r.addedNodes.length; i++) {
        const n = r.addedNodes[i]!;
        if (n === own) continue;
        if (n.nodeType !== TEXT) return true;
        textIn = true;
      }
      for (let i = 0; i < r.removedNodes.length; i++) {
        const n = r.removedNodes[i]!;
        if (n === own) continue;
        if (n.nodeType !== TEXT) return true;
        texts.push(text(n));
      }
      // Text put in is read with its element, where a marker split over several text nodes is whole again.
      if (textIn) texts.push(text(r.target));
    }
    return mayChangeReading(texts, words);
  };
}

/**
 * The text of what a batch of mutations touched: added and removed subtrees, text put in or taken
 * out (with the element around it, where a marker split over several text nodes is whole again),
 * elements whose attributes changed (shown or hidden), and the element around edited text. Read with
 * textContent: no layout and no style, hidden text included (a hint may say yes too often, never
 * too rarely); uncapped, since a marker can sit anywhere in a subtree an app adds at once.
 */

export function* changedTexts(records: readonly MutationRecord[], own: Node | undefined): Generator<string> {
  for (const r of records) {
    if (own && (r.target === own || own.contains(r.target))) continue;
    if (r.type === 'childList') {
      let textMoved = false;
      // Indexed, not Array.from: thousands of records a second on a busy page.
      for (let i = 0; i < r.addedNodes.length; i++) {
        const n = r.addedNodes[i]!;
        if (n.nodeType === TEXT) textMoved = true;
        else yield text(n);
      }
      for (let i = 0; i < r.removedNodes.length; i++) yield text(r.removedNodes[i]!);
      if (textMoved) yield text(r.target);
    } else if (r.type === 'characterData') {
      // Joined with its neighbours: a marker may be split over several text nodes of one element.
      // The old value too: a marker that went is a change.
      if (r.oldValue) yield r.oldValue;
      yield text(r.target.parentNode ?? r.target);
    } else {
      yield text(r.target);
    }
  }
}

const TEXT = 3;

function text(n: Node): string {
  return n.textContent ?? '';
}
