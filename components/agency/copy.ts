/** Copy of the policy state (options page) and the Profil instansi page, per language. */
import { byLocale, type Copy } from '../../rules/locales';

export type AgencyCopy = Copy['agencyPage'];
export const agencyCopy = byLocale('agencyPage');
