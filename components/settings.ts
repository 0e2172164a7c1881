/**
 * The only things Pemandu TTE stores: UI preferences. Never a field value, never page text.
 * Same code path in Chrome and Firefox (extension storage through WXT's storage wrapper).
 */
import { storage } from 'wxt/utils/storage';
import type { Locale } from '../rules/locales';

export const localeItem = storage.defineItem<Locale>('local:locale', { fallback: 'id' });
/** null = never chosen: the overlay picks a default for the window size. */
export const collapsedItem = storage.defineItem<boolean | null>('local:panelCollapsed', { fallback: null });
export const agencyItem = storage.defineItem<string>('local:agencyId', { fallback: 'magelang' });
