/** Copy of the policy state (options page) and the Profil instansi page, per language. */
import { agencyPage as en } from '../../rules/locales/en/agencyPage';
import { agencyPage as id } from '../../rules/locales/id/agencyPage';
import type { Locale } from '../../rules/locales';

export type AgencyCopy = typeof id;
export const agencyCopy: Record<Locale, AgencyCopy> = { id, en };
