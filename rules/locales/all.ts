// WRITTEN by scripts/registries.mjs from the files beside it: do not edit, add or remove those files instead.
/** Every language's whole copy (the overlay's words and the extension pages'), Indonesian first. */
import type { Locale } from './languages';
import type { Copy } from './types';
import { id } from './id';
import { en } from './en';

export const languages = { id, en } satisfies Record<Locale, Copy>;
