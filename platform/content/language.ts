/**
 * The EN / ID switch: the next language in the list. The content script carries only Indonesian, so
 * another language's words are brought in first (a few ms, from a file of the extension); if they
 * cannot be, the language stays as it is.
 */
import { hasLanguage, nextLocale, type Locale } from '../../rules/locales/overlay';

export function switchLanguage(current: Locale, load: ((l: Locale) => Promise<boolean>) | undefined, apply: (l: Locale) => void): void {
  const next = nextLocale(current);
  if (hasLanguage(next) || !load) return apply(next);
  void load(next).then((ok) => ok && apply(next));
}
