/**
 * The copy's public API. The words live per language in one folder each (rules/locales/id/,
 * rules/locales/en/, shaped by types.ts); rule data keeps ids, tone and sources and looks its words
 * up here by page id / step id / tip id, status explanation id, guide step id and desk id.
 * Adding a language is one folder beside id/ and en/, named by its browser locale code, with the
 * keys of id/ (types.ts); scripts/registries.mjs lists the folders in languages.ts and all.ts. The
 * portal pages' content script imports overlay.ts alone, the overlay's part of this API.
 */
import { languages } from './all';
import { addLanguage, LOCALES, type Locale } from './overlay';
import type { Copy, Messages } from './types';

export type { Copy, Messages, OverlayCopy } from './types';
export {
  deskWords,
  fieldName,
  findingWords,
  format,
  guideWords,
  hasLanguage,
  isLocale,
  loc,
  LOCALES,
  nextLocale,
  screenTitle,
  statusWords,
  t,
  tipText,
  type Locale,
} from './overlay';

/** Every language's whole copy (the overlay's words and the extension pages'), Indonesian first. */
export const copy: Record<Locale, Copy> = languages;
// The extension pages (and the tests) have every language at hand: the overlay's API reads them too.
for (const l of LOCALES) addLanguage(l, copy[l]);

/** The overlay's UI strings per language. */
export const messages = Object.fromEntries(LOCALES.map((l) => [l, copy[l].ui])) as Record<Locale, Messages>;

/** One part of the copy in every language, e.g. `byLocale('helpdesk')[locale]`. */
export function byLocale<K extends keyof Copy>(part: K): Record<Locale, Copy[K]> {
  return Object.fromEntries(LOCALES.map((l) => [l, copy[l][part]])) as Record<Locale, Copy[K]>;
}

