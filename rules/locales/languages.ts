// WRITTEN by scripts/registry.mjs (npm run registry): do not edit; change the files it lists.
/**
 * The one list of languages: each key is a folder rules/locales/<lang>/ (the whole copy of that
 * language), each value the letters that stand for it in help codes, its folder name in capitals
 * without the underscore (FROZEN once shipped, as the folder name is: codes already given to a
 * helpdesk must keep decoding). Indonesian, the default, first.
 */
export const LANGUAGES = { id: 'ID', en: 'EN' } as const;

export type Locale = keyof typeof LANGUAGES;
/** Every language, Indonesian (the default) first. */
export const LOCALES = Object.keys(LANGUAGES) as [Locale, ...Locale[]];
