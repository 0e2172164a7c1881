/**
 * The text of what a batch of mutations touched: added and removed subtrees, elements whose
 * attributes changed (shown or hidden), and the element around edited text. Read with
 * textContent: no layout and no style, hidden text included (a hint may say yes too often, never
 * too rarely); uncapped, since a marker can sit anywhere in a subtree an app adds at once.
 */

export function* changedTexts(records: readonly MutationRecord[], own: Node | undefined): Generator<string> {
  for (const r of records) {
    if (own && (r.target === own || own.contains(r.target))) continue;
    if (r.type === 'childList') {
      // Indexed, not Array.from: thousands of records a second on a busy page.
      for (let i = 0; i < r.addedNodes.length; i++) yield text(r.addedNodes[i]!);
      for (let i = 0; i < r.removedNodes.length; i++) yield text(r.removedNodes[i]!);
    } else if (r.type === 'characterData') {
      // Joined with its neighbours: a marker may be split over several text nodes of one element.
      yield text(r.target.parentNode ?? r.target);
    } else {
      yield text(r.target);
    }
  }
}

function text(n: Node): string {
  return n.textContent ?? '';
}
