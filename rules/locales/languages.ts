/**
 * The one list of languages: each key is a folder beside this file (rules/locales/<lang>/, the whole
 * copy of that language), each value the two letters that stand for it in help codes (FROZEN once
 * shipped: codes already given to a helpdesk must keep decoding). Indonesian, the default, first.
 *
 * Adding a language: copy id/ to the new folder and translate it, add its line here, and add the
 * folder's copy to `languages` in index.ts (a compile error until it is there, and until every key
 * of the new folder matches Indonesian's). Agency profiles name their desks in Indonesian and
 * English; a new language shows a profile's Indonesian names until profiles carry its words.
 */
export const LANGUAGES = { id: 'ID', en: 'EN' } as const;

export type Locale = keyof typeof LANGUAGES;
/** Every language, Indonesian (the default) first (tests/unit/locales.test.ts: the list and the folders agree). */
export const LOCALES = Object.keys(LANGUAGES) as [Locale, ...Locale[]];
