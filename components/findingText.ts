import { reasonKey, type FieldMessages, type FieldNames } from '../rules/fields';
import type { FieldId, Finding } from '../rules/fields/types';
import { format, type Locale } from '../rules/locales';
import { fieldNames as enNames, fields as enFields } from '../rules/locales/en/fields';
import { fieldNames as idNames, fields as idFields } from '../rules/locales/id/fields';

const FIELD_WORDS: Record<Locale, { fields: FieldMessages; fieldNames: FieldNames }> = {
  id: { fields: idFields, fieldNames: idNames },
  en: { fields: enFields, fieldNames: enNames },
};

/** The sentence for a finding: its reason's message with the finding's (value-free) params. */
export function findingText(f: Finding, locale: Locale): string {
  const key = reasonKey(f.field, f.reason);
  const words = (lang: Locale) => (key === null ? undefined : (FIELD_WORDS[lang].fields[f.field] as Readonly<Record<string, string>>)[key]);
  return format(words(locale) ?? words('id') ?? f.reason, f.params);
}

/** How the overlay names a checked field, so "Nomor terlalu pendek" says which box. */
export function fieldName(field: FieldId, locale: Locale): string {
  return FIELD_WORDS[locale].fieldNames[field];
}
