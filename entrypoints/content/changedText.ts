import { hostWords, mayChangeReading } from '../../rules/engine/changeHint';
import { pageRules } from '../../rules/index';

/**
 * For a known page on this host: whether a batch of changes may alter what the page says (its
 * page, step, fields, status): it shows, hides, puts in or takes out an element, or its text holds
 * one of the words or values the reading looks for. Other batches are read calmly (scheduler.ts).
 */
export function readingHint(hostname: string): (records: readonly MutationRecord[], own: Node | undefined) => boolean {
  const words = hostWords(pageRules, hostname);
  return (records, own) => changesStructure(records, own) || mayChangeReading(changedTexts(records, own), words);
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
      yield text(r.target.parentNode ?? r.target);
    } else {
      yield text(r.target);
    }
  }
}

/** Did the batch show or hide something, or put in or take out an element (a field, a button, a part of the page)? */
export function changesStructure(records: readonly MutationRecord[], own: Node | undefined): boolean {
  for (const r of records) {
    if (own && (r.target === own || own.contains(r.target))) continue;
    if (r.type === 'attributes') return true;
    if (r.type !== 'childList') continue;
    for (let i = 0; i < r.addedNodes.length; i++) if (r.addedNodes[i]!.nodeType !== TEXT) return true;
    for (let i = 0; i < r.removedNodes.length; i++) if (r.removedNodes[i]!.nodeType !== TEXT) return true;
  }
  return false;
}

const TEXT = 3;

function text(n: Node): string {
  return n.textContent ?? '';
}
