/**
 * Agency profiles: what differs between instansi (email domains, help desks, webmail). Kota
 * Magelang is the default because the guide is theirs; another agency adds a file in
 * rules/agencies/ and registers it in rules/agencies/index.ts. Schema: rules/schema.ts.
 */
import type { AgencyProfile, Contact, ContactId } from './schema';

export type { AgencyProfile, Contact } from './schema';
export { CONTACT_IDS, type ContactId } from './ids';

/** National help desks, the same for every agency (guide, sections E.6 and G). */
export const nationalContacts = {
  'helpdesk-bkn': {
    name: { id: 'Helpdesk BKN', en: 'BKN Helpdesk' },
    about: {
      id: 'Verifikasi NIP atau data kepegawaian di MyASN, email verifikasi MyASN yang tidak datang.',
      en: 'NIP or personnel data problems in MyASN, a MyASN verification email that never arrives.',
    },
    url: 'https://helpdesk.bkn.go.id/',
  },
  bsre: {
    name: { id: 'Layanan informasi BSrE', en: 'BSrE information service' },
    about: {
      id: 'Swafoto (foto diri) dan kendala lain di portal BSrE.',
      en: 'Selfie (foto diri) and other BSrE portal problems.',
    },
    telegram: '@infobsre',
  },
} as const satisfies Partial<Record<ContactId, Contact>>;

/**
 * Placeholders a page rule's tip may use, filled from the agency profile, so a tip never names
 * another agency's domains: `{emailDinasExample}`.
 */
export function agencyTipParams(agency: AgencyProfile, locale: 'id' | 'en'): Record<string, string> {
  const { pns, pppk } = agency.emailDomains;
  if (agency.emailDomainMatch === 'suffix') {
    return { emailDinasExample: locale === 'id' ? `alamat di domain .${pns} instansi Anda` : `an address on your agency's .${pns} domain` };
  }
  const name = locale === 'id' ? 'nama' : 'name';
  const forWord = locale === 'id' ? 'untuk' : 'for';
  const example = pns === pppk ? `${name}@${pns}` : `${name}@${pns} ${forWord} PNS, ${name}@${pppk} ${forWord} PPPK`;
  return { emailDinasExample: locale === 'id' ? `misalnya ${example}` : `e.g. ${example}` };
}
