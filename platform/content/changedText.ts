import { mayChangeReading } from '../../rules/engine/changeHint';

/**
 * The text of what a batch of mutations touched: text put in or taken out (with the element around
 * it, where a marker split over several text nodes is whole again), edited text (its old value and
 * its element), added and removed subtrees, and elements whose attributes changed (shown or
 * hidden). Read with textContent: no layout and no style, hidden text included (a hint may say yes
 * too often, never too rarely); uncapped, since a marker can sit anywhere in a subtree an app adds
 * at once. With `structure`: null as soon as the batch shows or hides something or puts in or takes
 * out an element, which alone may change a known page's reading. One pass, indexed rather than
 * Array.from: a busy page sends hundreds of batches a second, and each DOM read from the
 * extension's world costs.
 */
export function changedTexts(records: readonly MutationRecord[], own: Node | undefined): string[];
export function changedTexts(records: readonly MutationRecord[], own: Node | undefined, structure: true): string[] | null;
export function changedTexts(records: readonly MutationRecord[], own: Node | undefined, structure = false): string[] | null {
  const out: string[] = [];
  // Many records of one batch often share an element: read its text once (a long log or list).
  const read = new Set<Node>();
  const around = (n: Node) => {
    if (read.has(n)) return;
    read.add(n);
    out.push(text(n));
  };
  for (const r of records) {
    if (r.target === own) continue;
    if (r.type === 'attributes') {
      if (structure) return null;
      out.push(text(r.target));
    } else if (r.type === 'characterData') {
      out.push(r.oldValue ?? '');
      around(r.target.parentNode ?? r.target);
    } else {
      let textIn = false;
      for (let i = 0; i < r.addedNodes.length; i++) {
        const n = r.addedNodes[i]!;
        if (n === own) continue;
        if (n.nodeType === TEXT) textIn = true;
        else if (structure) return null;
        else out.push(text(n));
      }
      for (let i = 0; i < r.removedNodes.length; i++) {
        const n = r.removedNodes[i]!;
        // Our host taken out by the page is a change to answer: the next read puts it back.
        if (n === own && structure) return null;
        if (n === own) continue;
        if (structure && n.nodeType !== TEXT) return null;
        out.push(text(n));
      }
      if (textIn) around(r.target);
    }
  }
  return out;
}

/**
 * For a known page, given the words and values its reading looks for (rules/engine/changeHint.ts
 * hostWords, hostValues):
 * whether a batch may alter what the page says (its page, step, fields, status). Batches it says
 * no to pause the observer (readPolicy.ts).
 */
export function readingHint(words: readonly string[], values: RegExp): (records: readonly MutationRecord[], own: Node | undefined) => boolean {
  return (records, own) => {
    const texts = changedTexts(records, own, true);
    return texts === null || mayChangeReading(texts, words, values);
  };
}

const TEXT = 3;

function text(n: Node): string {
  return n.textContent ?? '';
}
