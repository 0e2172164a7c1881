// WRITTEN by scripts/registry.mjs (npm run registry): do not edit; change the files it lists.
/** Every language's whole copy (the overlay's words and the extension pages'), Indonesian first. */
import type { Locale } from './languages';
import type { Copy } from './types';
import { id } from './id';
import { en } from './en';

export const languages = { id, en } satisfies Record<Locale, Copy>;
