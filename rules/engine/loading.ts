/**
 * Is the page still loading? A slow portal (common at busy hours) shows "Memuat…" for seconds; a
 * page that is loading is not a page that looks different from the guide, so the content script
 * waits while this says yes. Pure over the snapshot: a visible element that says it is busy
 * (aria-busy="true", an indeterminate progress bar: see snapshot.ts), or a short block of visible
 * text that is a loading message.
 */
import type { Snapshot } from './snapshot';

/** "Memuat…", "Sedang memuat data", "Loading...", "Mohon tunggu", "Harap tunggu", "Please wait". */
/** The loading messages' words (also what a busy page's hint looks for: changeHint.ts). */
export const LOADING_WORDS = 'memuat|loading|mohon\\s+tunggu|harap\\s+tunggu|please\\s+wait';
const LOADING_TEXT = new RegExp(`^(?:sedang\\s+)?(?:${LOADING_WORDS})(?![\\p{L}\\p{N}])`, 'u');
/** Longer than this, the block is a sentence that happens to contain the word, not a loading sign. */
const MAX_SIGN = 40;

export function hasLoadingText(text: string): boolean {
  return text.split(' | ').some((block) => block.length <= MAX_SIGN && LOADING_TEXT.test(block.trim()));
}

export function isLoading(snap: Pick<Snapshot, 'text' | 'busy'>): boolean {
  return snap.busy === true || hasLoadingText(snap.text);
}
