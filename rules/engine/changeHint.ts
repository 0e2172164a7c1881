/**
 * Whether a change on a page where no rule matched could make one match, so such a page is not
 * re-read at every mutation (a busy portal page that is none of the guide's pages must
 * cost next to nothing). Pure over text: the content script passes the text of what changed
 * (added, removed, re-shown or re-hidden subtrees, edited text) and the host's page markers.
 * A page matches by its URL or by its markers (rules/engine/detect.ts): with the URL unchanged,
 * only text holding one of the host's page markers appearing, or a veto (`none`) going away, can
 * change the answer. It is a hint: a false "yes" costs one read, a "no" must never miss a page.
 */
import type { PageRule } from '../schema';
import { LOADING_WORDS } from './loading';
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
  const shortest = Math.min(...markers.map((m) => m.length));
  for (const t of texts) {
    // Most changes on a busy page are short texts (a counter, a cell): plain ASCII text shorter than
    // every marker cannot hold one, since norm() never lengthens ASCII. Skipping norm() for them is
    // most of what the hint costs (measured on the 10,000-element page).
    if (!t || (t.length < shortest && !NON_ASCII.test(t))) continue;
    const n = norm(t);
    for (const m of markers) if (n.includes(m)) return true;
  }
  return false;
}

const NON_ASCII = /[^\x00-\x7f]/;

/**
 * Every word the reading of a known page on this host looks for (a busy known page is not
 * re-read for changes that cannot alter what it says): page and step markers and vetoes, field
 * labels, submit buttons and the status label, normalised.
 */
export function hostWords(rules: readonly PageRule[], hostname: string): string[] {
  const out = new Set(hostMarkers(rules, hostname));
  for (const r of rules) {
    if (!r.hosts.includes(hostname)) continue;
    const words = (r.steps ?? []).flatMap((s) => [...s.markers.any, ...(s.markers.none ?? [])]);
    for (const screen of [r, ...(r.steps ?? [])]) words.push(...screen.fields.flatMap((f) => f.labels), ...screen.submitButtons);
    if (r.status) words.push(r.status.label);
    for (const w of words) out.add(norm(w));
  }
  return [...out];
}

/**
 * What the reading of a host's pages takes from text besides words, as one case-insensitive pattern
 * built from the readers' own: a loading message (loading.ts) everywhere, and what the host's other
 * readers give (`values`: where a page checks a field, a NIP, employee.ts; where a page shows a
 * certificate status, codes however written, validity words and dates, an address, readStatus.ts).
 */
export function hostValues(values: readonly string[]): RegExp {
  return new RegExp([LOADING_WORDS, ...values].map((p) => `(?:${p})`).join('|'), 'i');
}

/**
 * Every value `values` finds in a page's text, in order: a print of them (a pause's end compares two).
 * The text is `textContent`, which runs neighbouring elements' text together ("Status" "ACTIVE"
 * "Berlaku" → "StatusACTIVEBerlaku"), so the print matches without the patterns' word boundaries:
 * a value found inside a word too many only costs a read, a value missed would go unseen.
 */
export function valuePrint(text: string, values: RegExp): string {
  // A fresh global twin each time, not one kept: V8 reuses the compiled pattern while it is in use
  // (its compilation cache), and a kept one held ≈ 46 kB of compiled code on every portal tab (heap).
  return (text.match(new RegExp(values.source.replace(/(?<!\\)\\b/g, ''), 'gi')) ?? []).join(',');
}

/**
 * Could changed text alter what a known page says (its page, step, fields, status, validity, Email
 * BSrE, loading)? A hint like mayMatch: a false "yes" costs one read. A wrong "no" is caught when
 * the print read at the end of the pause it starts differs (platform/content/readPolicy.ts), for what
 * the print sees, and at the latest by the full read the watch makes every few seconds.
 */
export function mayChangeReading(texts: readonly string[], words: readonly string[], values: RegExp): boolean {
  for (const t of texts) if (t && values.test(t)) return true;
  return mayMatch(texts, words);
}

/**
 * Where each marker occurs in a page's text, as one comparable string: how many times each marker
 * occurs (whitespace ignored, so text split over elements without a space still counts). For a page
 * no rule matched: the same print before and after a pause in watching means no marker appeared or
 * went in the text (what was shown or hidden meanwhile is seen by the attribute observer).
 */
export function markerPrint(text: string, markers: readonly string[]): string {
  if (markers.length === 0) return '';
  const flat = squash(text);
  return markers
    .map((m) => {
      const needle = squash(m);
      let n = 0;
      for (let at = flat.indexOf(needle); at !== -1 && needle; at = flat.indexOf(needle, at + needle.length)) n++;
      return n;
    })
    .join();
}

/** norm() without any whitespace; plain ASCII text skips the Unicode steps, which change nothing there. */
function squash(s: string): string {
  return (NON_ASCII.test(s) ? norm(s) : s.toLowerCase()).replace(/\s+/g, '');
}

