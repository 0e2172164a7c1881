// WRITTEN by scripts/registry.mjs (npm run registry): do not edit; change the files it lists.
/** Every agency profile, by id: one file each in this folder. */
import { magelang } from './magelang';
import { umum } from './umum';

export const AGENCIES = {
  magelang,
  umum,
} as const;
