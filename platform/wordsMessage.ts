/**
 * Another language's overlay words for a portal page: the content script carries only Indonesian and
 * asks the background for the user's language the first time it is used. A message, not a file of
 * the extension, so nothing is web-accessible that a page could probe or read (Firefox MV2 has no
 * per-host list for such files). Types only from the copy: this module is in the content script.
 */
import type { Locale, OverlayCopy } from '../rules/locales/overlay';

export const WORDS_MESSAGE = 'pemandu:words';

export interface WordsRequest {
  type: typeof WORDS_MESSAGE;
  locale: Locale;
}

export const wordsRequest = (locale: Locale): WordsRequest => ({ type: WORDS_MESSAGE, locale });

export function isWordsRequest(msg: unknown): msg is WordsRequest {
  return (msg as { type?: unknown } | null)?.type === WORDS_MESSAGE && typeof (msg as { locale?: unknown }).locale === 'string';
}

/** The background's answer: that language's overlay words, or undefined for a language there is none of. */
export function answerWords(msg: WordsRequest, all: Readonly<Record<string, OverlayCopy>>): OverlayCopy | undefined {
  return Object.prototype.hasOwnProperty.call(all, msg.locale) ? all[msg.locale] : undefined;
}
