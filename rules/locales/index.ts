import type { Localized } from '../schema';
import { en } from './en';
import { id, type Messages } from './id';

export type Locale = 'id' | 'en';
export const messages: Record<Locale, Messages> = { id, en };

/** Fills `{name}` placeholders; unknown placeholders stay visible so a missing param is noticed. */
export function format(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in params ? String(params[k]) : m));
}

export function t(locale: Locale, key: keyof Messages, params?: Record<string, string | number>): string {
  return format(messages[locale][key], params);
}

export function loc(locale: Locale, text: Localized): string {
  return text[locale];
}
