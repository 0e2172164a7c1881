/** Normalises visible text so markers match however the portal spaces or capitalises it. */
export function norm(s: string): string {
  return s
    .normalize('NFKC')
    .replace(/[\u200B-\u200F\u202A-\u202E\u2060-\u2064\uFEFF]/g, '')
    .replace(/\s*\/\s*/g, '/')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** How many of `needles` occur in `haystack` (both normalised with `norm`). */
export function countHits(haystack: string, needles: readonly string[]): number {
  let n = 0;
  for (const needle of needles) if (haystack.includes(norm(needle))) n++;
  return n;
}
