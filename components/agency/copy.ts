/** Copy of the policy state (options page) and the Profil instansi page, per language. */
import { BUILT_IN_IDS, type PolicyProblem } from '../../rules/agencyPolicy';
import { byLocale, format, type Copy, type Locale } from '../../rules/locales';

export type AgencyCopy = Copy['agencyPage'];
export const agencyCopy = byLocale('agencyPage');

/** A policy problem's reason in words (numbers, expected kinds and the built-in profiles' ids filled in). */
export function reasonText(p: PolicyProblem, locale: Locale): string {
  return format(agencyCopy[locale][`reason-${p.reason}`], { ids: BUILT_IN_IDS.join(', '), ...p.params });
}
