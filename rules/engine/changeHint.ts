/**
 * Whether a change on a page where no rule matched could make one match, so such a page is not
 * re-read at every mutation (issue 11: a busy portal page that is none of the guide's pages must
 * cost next to nothing). Pure over text: the content script passes the text of what changed
 * (added, removed, re-shown or re-hidden subtrees, edited text) and the host's page markers.
 * A page matches by its URL or by its markers (rules/engine/detect.ts): with the URL unchanged,
 * only text holding one of the host's page markers appearing, or a veto (`none`) going away, can
 * change the answer. It is a hint: a false "yes" costs one read, a "no" must never miss a page.
 */
import type { PageRule } from '../schema';
import { norm } from './text';

/** Every page-level marker (`any` and `none`) of the rules for this host, normalised. */
export function hostMarkers(rules: readonly PageRule[], hostname: string): string[] {
  const out = new Set<string>();
  for (const r of rules) {
    if (!r.hosts.includes(hostname)) continue;
    for (const m of [...r.markers.any, ...(r.markers.none ?? [])]) out.add(norm(m));
  }
  return [...out];
}

/** Does any changed text hold one of the markers? Texts are normalised here (as snapshot text is). */
export function mayMatch(texts: Iterable<string>, markers: readonly string[]): boolean {
  if (markers.length === 0) return false;
  for (const t of texts) {
    if (!t) continue;
    const n = norm(t);
    for (const m of markers) if (n.includes(m)) return true;
  }
  return false;
}
