import type { PageRule } from '../schema';

/**
 * Declares a portal page: one file per page, rules/pages/<id>.ts, with its examples beside it
 * (<id>.examples.ts), its words in rules/locales/<lang>/pages.ts under its id, and a replica
 * (public/replicas/) its examples point at. scripts/registry.mjs lists the files and writes each
 * host's kit from their `hosts`.
 */
export const definePage = (rule: PageRule): PageRule => rule;
