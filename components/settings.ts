/**
 * The only things Pemandu TTE stores: UI preferences. Never a field value, never page text.
 * Same code path in Chrome and Firefox (extension storage through webextension-polyfill). A tiny
 * typed wrapper instead of a storage library keeps the content script small.
 */
import { browser } from 'wxt/browser';
import type { Locale } from '../rules/locales';

export interface Item<T> {
  key: string;
  fallback: T;
  getValue(): Promise<T>;
  setValue(value: T): Promise<void>;
  /** Calls back when another extension page or tab changes the value. Returns an unsubscribe. */
  watch(cb: (value: T) => void): () => void;
}

export function defineItem<T>(key: string, fallback: T): Item<T> {
  return {
    key,
    fallback,
    async getValue() {
      try {
        const got = await browser.storage.local.get(key);
        return (got[key] as T | undefined) ?? fallback;
      } catch {
        return fallback;
      }
    },
    async setValue(value) {
      await browser.storage.local.set({ [key]: value });
    },
    watch(cb) {
      const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
        if (area === 'local' && key in changes) cb((changes[key]!.newValue as T | undefined) ?? fallback);
      };
      browser.storage.onChanged.addListener(listener);
      return () => browser.storage.onChanged.removeListener(listener);
    },
  };
}

export const localeItem = defineItem<Locale>('locale', 'id');
/** null = never chosen: the overlay picks a default for the window size. */
export const collapsedItem = defineItem<boolean | null>('panelCollapsed', null);
export const agencyItem = defineItem<string>('agencyId', 'magelang');
