import { fieldMessages } from '../rules/fields/messages';
import type { Finding } from '../rules/fields/types';
import { format, type Locale } from '../rules/locales';

/** The sentence for a finding: its reason's message with the finding's (value-free) params. */
export function findingText(f: Finding, locale: Locale): string {
  const template = fieldMessages[locale][f.reason] ?? fieldMessages.id[f.reason] ?? f.reason;
  return format(template, f.params);
}
