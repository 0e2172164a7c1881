import { reasonKey } from '../rules/fields';
import type { FieldId, Finding } from '../rules/fields/types';
import { format, words as copyOf, type Locale } from '../rules/locales/overlay';

/** The sentence for a finding: its reason's message with the finding's (value-free) params. */
export function findingText(f: Finding, locale: Locale): string {
  const key = reasonKey(f.field, f.reason);
  const words = (lang: Locale) => (key === null ? undefined : (copyOf(lang).fields[f.field] as Readonly<Record<string, string>>)[key]);
  return format(words(locale) ?? words('id') ?? f.reason, f.params);
}

/** How the overlay names a checked field, so "Nomor terlalu pendek" says which box. */
export function fieldName(field: FieldId, locale: Locale): string {
  return copyOf(locale).fieldNames[field];
}
