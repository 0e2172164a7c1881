/**
 * Agency profiles: what differs between instansi (email domains, help desks, webmail). Each
 * built-in agency is a file in rules/agencies/ (npm run registry lists it); with none chosen, the
 * generic profile names no agency's domains or desks. Schema: rules/schema.ts.
 */
import { format, loc, words as copyOf, type Locale } from './locales/overlay';
import { NATIONAL_DESK_IDS } from './ids';
import type { AgencyProfile, Contact } from './schema';

export type { AgencyProfile, Contact } from './schema';
export { CONTACT_IDS, type ContactId } from './ids';
export { NATIONAL_DESK_IDS } from './ids';
export type NationalDeskId = (typeof NATIONAL_DESK_IDS)[number];
/** Who chose the profile in force: the agency's IT by policy, the user, or nobody (the generic one). */
export type AgencySource = 'managed' | 'local' | 'default';

/**
 * National help desks, the same for every agency (guide, sections E.6 and G). Their names and what
 * to call them about are in rules/locales/<lang>/contacts.ts (`desks`); an agency's own desks are
 * worded in its profile.
 */
export const nationalContacts = {
  // The guide names the desk and shows its link on the MyASN page, but not its address.
  'helpdesk-bkn': { source: 'guide:E.6' },
  bsre: { telegram: '@infobsre', source: 'guide:E.6' },
} as const satisfies Record<NationalDeskId, Contact>;

/**
 * Placeholders that tips, status explanations and page copy may use, filled from the agency
 * profile, so no text names another agency's domains or desks: `{emailDinasExample}`,
 * `{tteOffice}`, `{tteDesk}`, `{personnelOffice}` (see AgencyProfile.names in rules/schema.ts).
 */
export function agencyTipParams(agency: AgencyProfile, locale: Locale): Record<string, string> {
  const names = {
    tteOffice: loc(locale, agency.names.tteOffice),
    tteDesk: loc(locale, agency.names.tteDesk),
    personnelOffice: loc(locale, agency.names.personnelOffice),
  };
  const words = copyOf(locale).contacts.emailDinas;
  const { pns, pppk } = agency.emailDomains;
  if (agency.emailDomainMatch === 'suffix') return { ...names, emailDinasExample: format(words.suffix, { domain: pns }) };
  const address = (domain: string) => `${words.localPart}@${domain}`;
  const example = pns === pppk ? address(pns) : format(words.pair, { pns: address(pns), pppk: address(pppk) });
  return { ...names, emailDinasExample: format(words.example, { example }) };
}
