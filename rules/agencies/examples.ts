// WRITTEN by scripts/registry.mjs (npm run registry): do not edit; change the files it lists.
/** Every agency profile's examples, by id (tests and the demo; nothing the extension is built from imports them). */
import { magelangExamples } from './magelang.examples';
import { umumExamples } from './umum.examples';

export const AGENCY_EXAMPLES = {
  magelang: magelangExamples,
  umum: umumExamples,
} as const;
